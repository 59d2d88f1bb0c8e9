// windlass/api/core/v1/namespace_status.h — core/v1 NamespaceStatus, the observed state of a
// Namespace.
//
// `phase` is "Active" until deletion starts and "Terminating" while its content and finalizers
// are being removed; `conditions` explain a deletion that is taking long.
//
//   bool terminating = ns.status.phase == "Terminating";
#pragma once

#include <windlass/api/core/v1/namespace_condition.h>
#include <windlass/api/describe.h>

#include <string>
#include <vector>

namespace windlass::api::core::v1 {

// The observed state of a Namespace (upstream `corev1.NamespaceStatus`).
struct NamespaceStatus {
  std::string phase;
  std::vector<NamespaceCondition> conditions;
  UnknownFields unknown_fields;
  bool operator==(const NamespaceStatus&) const = default;
};
WINDLASS_API_DESCRIBED(NamespaceStatus);

}  // namespace windlass::api::core::v1
