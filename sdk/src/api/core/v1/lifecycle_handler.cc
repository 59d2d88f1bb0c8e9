#include <windlass/api/core/v1/lifecycle_handler.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(LifecycleHandler, d) {
  d.doc("One lifecycle hook action; set exactly one member.");
  d.field("exec", &LifecycleHandler::exec).doc("Run a command in the container.").proto(1);
  d.field("httpGet", &LifecycleHandler::http_get).doc("Send an HTTP GET.").proto(2);
  d.field("tcpSocket", &LifecycleHandler::tcp_socket)
      .doc("Deprecated and ignored; kept for compatibility.").proto(3);
  d.field("sleep", &LifecycleHandler::sleep).doc("Wait a while.").proto(4);
}

}  // namespace windlass::api::core::v1
