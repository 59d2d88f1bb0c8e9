// windlass/api/core/v1/taint.h — core/v1 Taint: a mark on a node that repels pods without a
// matching toleration.
//
//   core::v1::Taint t{.key = "node.kubernetes.io/unreachable", .effect = "NoExecute"};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/core/time.h>

#include <optional>
#include <string>

namespace windlass::api::core::v1 {

// A mark on a node that repels pods without a matching toleration (upstream `corev1.Taint`).
struct Taint {
  std::string key;
  std::string value;
  std::string effect;
  std::optional<Time> time_added;
  UnknownFields unknown_fields;
  bool operator==(const Taint&) const = default;
};
WINDLASS_API_DESCRIBED(Taint);

}  // namespace windlass::api::core::v1
