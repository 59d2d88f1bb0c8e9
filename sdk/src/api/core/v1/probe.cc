#include <windlass/api/core/v1/probe.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(Probe, d) {
  d.doc("A periodic health check of a container; set exactly one action.");
  d.field("exec", &Probe::exec).doc("Run a command; exit code 0 passes.").proto_embedded(1, 1);
  d.field("httpGet", &Probe::http_get).doc("HTTP GET; a 2xx or 3xx status passes.").proto_embedded(1, 2);
  d.field("tcpSocket", &Probe::tcp_socket).doc("TCP connect; an open connection passes.").proto_embedded(1, 3);
  d.field("grpc", &Probe::grpc).doc("gRPC health check.").proto_embedded(1, 4);
  d.field("initialDelaySeconds", &Probe::initial_delay_seconds)
      .doc("Seconds after start before the first check.").proto(2);
  d.field("timeoutSeconds", &Probe::timeout_seconds)
      .doc("Seconds before a check times out; default 1.").proto(3);
  d.field("periodSeconds", &Probe::period_seconds)
      .doc("Seconds between checks; default 10.").proto(4);
  d.field("successThreshold", &Probe::success_threshold)
      .doc("Consecutive passes to count as healthy after a failure; default 1.").proto(5);
  d.field("failureThreshold", &Probe::failure_threshold)
      .doc("Consecutive failures to count as failed; default 3.").proto(6);
  d.field("terminationGracePeriodSeconds", &Probe::termination_grace_period_seconds)
      .doc("Grace period for a kill caused by this probe; overrides the pod's.").proto(7);
}

}  // namespace windlass::api::core::v1
