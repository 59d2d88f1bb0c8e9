// windlass/api/core/v1/lifecycle_handler.h — core/v1 LifecycleHandler: one lifecycle hook action;
// set exactly one member.
//
//   core::v1::LifecycleHandler h{.exec = core::v1::ExecAction{.command = {"/bin/drain"}}};
#pragma once

#include <windlass/api/core/v1/exec_action.h>
#include <windlass/api/core/v1/http_get_action.h>
#include <windlass/api/core/v1/sleep_action.h>
#include <windlass/api/core/v1/tcp_socket_action.h>
#include <windlass/api/describe.h>

#include <optional>

namespace windlass::api::core::v1 {

// One lifecycle hook action; set exactly one member (upstream `corev1.LifecycleHandler`).
struct LifecycleHandler {
  std::optional<ExecAction> exec;
  std::optional<HTTPGetAction> http_get;
  std::optional<TCPSocketAction> tcp_socket;
  std::optional<SleepAction> sleep;
  UnknownFields unknown_fields;
  bool operator==(const LifecycleHandler&) const = default;
};
WINDLASS_API_DESCRIBED(LifecycleHandler);

}  // namespace windlass::api::core::v1
