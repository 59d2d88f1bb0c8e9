// windlass/api/core/v1/toleration.h — core/v1 Toleration: permission for the pod to be placed on
// nodes with a matching taint.
//
//   core::v1::Toleration t{.key = "dedicated", .operator_ = "Equal", .value = "gpu",
//                          .effect = "NoSchedule"};
#pragma once

#include <windlass/api/describe.h>

#include <cstdint>
#include <optional>
#include <string>

namespace windlass::api::core::v1 {

// Permission for the pod to be placed on nodes with a matching taint (upstream
// `corev1.Toleration`).
struct Toleration {
  std::string key;
  std::string operator_;  // `operator` is a C++ keyword or macro
  std::string value;
  std::string effect;
  std::optional<std::int64_t> toleration_seconds;
  UnknownFields unknown_fields;
  bool operator==(const Toleration&) const = default;
};
WINDLASS_API_DESCRIBED(Toleration);

}  // namespace windlass::api::core::v1
