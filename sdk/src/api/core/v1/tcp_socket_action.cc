#include <windlass/api/core/v1/tcp_socket_action.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(TCPSocketAction, d) {
  d.doc("A TCP connection attempt.");
  d.field("port", &TCPSocketAction::port)
      .doc("Port number or container port name.").required().proto(1);
  d.field("host", &TCPSocketAction::host)
      .doc("Host to connect to; the pod IP when empty.").proto(2);
}

}  // namespace windlass::api::core::v1
