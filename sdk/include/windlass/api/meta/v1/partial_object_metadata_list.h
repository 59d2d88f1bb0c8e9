// windlass/api/meta/v1/partial_object_metadata_list.h — meta/v1 PartialObjectMetadataList, a
// list reduced to its items' metadata.
//
// Served for `Accept: application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1` on list
// requests. Each item carries its own apiVersion and kind (meta.k8s.io/v1
// PartialObjectMetadata). `items` is always written, an empty list as `[]`.
//
//   for (const auto& item : list.items) names.push_back(item.metadata.name);
#pragma once

#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/list_meta.h>
#include <windlass/api/meta/v1/partial_object_metadata.h>

#include <string>
#include <vector>

namespace windlass::api::meta::v1 {

// A list of objects' metadata (upstream `metav1.PartialObjectMetadataList`).
struct PartialObjectMetadataList {
  std::string api_version = "meta.k8s.io/v1";
  std::string kind = "PartialObjectMetadataList";
  ListMeta metadata;
  std::vector<PartialObjectMetadata> items;
  UnknownFields unknown_fields;
  bool operator==(const PartialObjectMetadataList&) const = default;
};
WINDLASS_API_DESCRIBED(PartialObjectMetadataList);

}  // namespace windlass::api::meta::v1
