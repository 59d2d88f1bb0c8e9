// windlass/api/meta/v1/partial_object_metadata.h — meta/v1 PartialObjectMetadata, an object
// reduced to its metadata.
//
// Served for `Accept: application/json;as=PartialObjectMetadata;g=meta.k8s.io;v=v1` (and as the
// `object` of Table rows): the `apiVersion` and `kind` are meta.k8s.io/v1 PartialObjectMetadata,
// not the object's own, and `metadata` is the object's full ObjectMeta. Metadata-only informers
// use it to watch any kind cheaply. It is not a resource kind, so it has no ResourceInfo.
//
//   meta::v1::PartialObjectMetadata p{.metadata = pod.metadata};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/object_meta.h>

#include <string>

namespace windlass::api::meta::v1 {

// The metadata of an object of any kind (upstream `metav1.PartialObjectMetadata`).
struct PartialObjectMetadata {
  std::string api_version = "meta.k8s.io/v1";
  std::string kind = "PartialObjectMetadata";
  ObjectMeta metadata;
  UnknownFields unknown_fields;
  bool operator==(const PartialObjectMetadata&) const = default;
};
WINDLASS_API_DESCRIBED(PartialObjectMetadata);

}  // namespace windlass::api::meta::v1
