// windlass/api/core/v1/probe.h — core/v1 Probe: a periodic health check of a container; set exactly
// one action.
//
//   core::v1::Probe p{.http_get = core::v1::HTTPGetAction{.path = "/healthz",
//                                                        .port = IntOrString::of_string("http")},
//                     .period_seconds = 5};
#pragma once

#include <windlass/api/core/v1/exec_action.h>
#include <windlass/api/core/v1/grpc_action.h>
#include <windlass/api/core/v1/http_get_action.h>
#include <windlass/api/core/v1/tcp_socket_action.h>
#include <windlass/api/describe.h>

#include <cstdint>
#include <optional>

namespace windlass::api::core::v1 {

// A periodic health check of a container; set exactly one action (upstream `corev1.Probe`).
struct Probe {
  std::optional<ExecAction> exec;
  std::optional<HTTPGetAction> http_get;
  std::optional<TCPSocketAction> tcp_socket;
  std::optional<GRPCAction> grpc;
  std::int32_t initial_delay_seconds = 0;
  std::int32_t timeout_seconds = 0;
  std::int32_t period_seconds = 0;
  std::int32_t success_threshold = 0;
  std::int32_t failure_threshold = 0;
  std::optional<std::int64_t> termination_grace_period_seconds;
  UnknownFields unknown_fields;
  bool operator==(const Probe&) const = default;
};
WINDLASS_API_DESCRIBED(Probe);

}  // namespace windlass::api::core::v1
