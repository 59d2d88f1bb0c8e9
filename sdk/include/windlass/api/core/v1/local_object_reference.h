// windlass/api/core/v1/local_object_reference.h — core/v1 LocalObjectReference, a reference by
// name to an object in the same namespace.
//
// The kind is implied by the field that holds it (an image pull secret is a Secret).
//
//   core::v1::LocalObjectReference pull{.name = "registry-creds"};
#pragma once

#include <windlass/api/describe.h>

#include <string>

namespace windlass::api::core::v1 {

// A same-namespace reference by name (upstream `corev1.LocalObjectReference`).
struct LocalObjectReference {
  std::string name;
  UnknownFields unknown_fields;
  bool operator==(const LocalObjectReference&) const = default;
};
WINDLASS_API_DESCRIBED(LocalObjectReference);

}  // namespace windlass::api::core::v1
