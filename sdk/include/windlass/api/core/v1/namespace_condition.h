// windlass/api/core/v1/namespace_condition.h — core/v1 NamespaceCondition, an entry of a
// Namespace's `status.conditions`.
//
// The namespace controller reports with these why a terminating namespace is not gone yet
// (content remaining, finalizers remaining, discovery or deletion failures). It predates
// meta/v1 Condition and has no observedGeneration.
//
//   for (const auto& c : ns.status.conditions)
//     if (c.type == "NamespaceContentRemaining" && c.status == "True") log(c.message);
#pragma once

#include <windlass/api/describe.h>
#include <windlass/core/time.h>

#include <string>

namespace windlass::api::core::v1 {

// One observation about a Namespace (upstream `corev1.NamespaceCondition`).
struct NamespaceCondition {
  std::string type;
  std::string status;  // "True", "False" or "Unknown"
  Time last_transition_time;
  std::string reason;
  std::string message;
  UnknownFields unknown_fields;
  bool operator==(const NamespaceCondition&) const = default;
};
WINDLASS_API_DESCRIBED(NamespaceCondition);

}  // namespace windlass::api::core::v1
