// windlass/api/meta/v1/preconditions.h — meta/v1 Preconditions, what must hold for a delete to
// go ahead.
//
// With `uid` set, the delete fails with Conflict if the object was replaced by a new one of the
// same name; with `resourceVersion`, if it changed since it was read.
//
//   meta::v1::Preconditions p{.uid = obj.metadata.uid,
//                             .resource_version = obj.metadata.resource_version};
#pragma once

#include <windlass/api/describe.h>

#include <optional>
#include <string>

namespace windlass::api::meta::v1 {

// Conditions on the object a delete applies to (upstream `metav1.Preconditions`).
struct Preconditions {
  std::optional<std::string> uid;
  std::optional<std::string> resource_version;
  UnknownFields unknown_fields;
  bool operator==(const Preconditions&) const = default;
};
WINDLASS_API_DESCRIBED(Preconditions);

}  // namespace windlass::api::meta::v1
