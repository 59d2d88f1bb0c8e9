// windlass/api/core/v1/namespace_spec.h — core/v1 NamespaceSpec, what a Namespace asks for.
//
// Its only field lists the finalizers (normally "kubernetes") that must run before the
// namespace's storage is removed; they are changed through the `finalize` subresource, not by
// ordinary updates.
//
//   core::v1::NamespaceSpec spec{.finalizers = {"kubernetes"}};
#pragma once

#include <windlass/api/describe.h>

#include <string>
#include <vector>

namespace windlass::api::core::v1 {

// The desired state of a Namespace (upstream `corev1.NamespaceSpec`).
struct NamespaceSpec {
  std::vector<std::string> finalizers;
  UnknownFields unknown_fields;
  bool operator==(const NamespaceSpec&) const = default;
};
WINDLASS_API_DESCRIBED(NamespaceSpec);

}  // namespace windlass::api::core::v1
