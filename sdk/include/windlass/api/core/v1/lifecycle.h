// windlass/api/core/v1/lifecycle.h — core/v1 Lifecycle: actions the kubelet runs around a
// container's start and stop.
//
//   core::v1::Lifecycle l{.pre_stop = core::v1::LifecycleHandler{
//       .sleep = core::v1::SleepAction{.seconds = 5}}};
#pragma once

#include <windlass/api/core/v1/lifecycle_handler.h>
#include <windlass/api/describe.h>

#include <optional>

namespace windlass::api::core::v1 {

// Actions the kubelet runs around a container's start and stop (upstream `corev1.Lifecycle`).
struct Lifecycle {
  std::optional<LifecycleHandler> post_start;
  std::optional<LifecycleHandler> pre_stop;
  UnknownFields unknown_fields;
  bool operator==(const Lifecycle&) const = default;
};
WINDLASS_API_DESCRIBED(Lifecycle);

}  // namespace windlass::api::core::v1
