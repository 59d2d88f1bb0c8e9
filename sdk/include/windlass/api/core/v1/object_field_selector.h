// windlass/api/core/v1/object_field_selector.h — core/v1 ObjectFieldSelector: a field of the pod,
// by path.
//
//   core::v1::ObjectFieldSelector f{.field_path = "status.podIP"};
#pragma once

#include <windlass/api/describe.h>

#include <string>

namespace windlass::api::core::v1 {

// A field of the pod, by path (upstream `corev1.ObjectFieldSelector`).
struct ObjectFieldSelector {
  std::string api_version;
  std::string field_path;
  UnknownFields unknown_fields;
  bool operator==(const ObjectFieldSelector&) const = default;
};
WINDLASS_API_DESCRIBED(ObjectFieldSelector);

}  // namespace windlass::api::core::v1
