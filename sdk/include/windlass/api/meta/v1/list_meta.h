// windlass/api/meta/v1/list_meta.h — meta/v1 ListMeta, the `metadata` of list responses (and of
// Status).
//
// A list carries the resourceVersion to start a watch from and, when the server paginated, the
// `continue` token for the next page and an estimate of the items remaining.
//
//   std::string next = list.metadata.continue_;   // empty on the last page
#pragma once

#include <windlass/api/describe.h>

#include <cstdint>
#include <optional>
#include <string>

namespace windlass::api::meta::v1 {

// The metadata of a list (upstream `metav1.ListMeta`).
struct ListMeta {
  std::string self_link;
  std::string resource_version;
  std::string continue_;  // `continue` is a C++ keyword
  std::optional<std::int64_t> remaining_item_count;
  UnknownFields unknown_fields;
  bool operator==(const ListMeta&) const = default;
};
WINDLASS_API_DESCRIBED(ListMeta);

}  // namespace windlass::api::meta::v1
