#include <windlass/api/core/v1/daemon_endpoint.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(DaemonEndpoint, d) {
  d.doc("The port of a daemon on a node.");
  d.field("Port", &DaemonEndpoint::port).doc("The port number.").required().proto(1);
}

}  // namespace windlass::api::core::v1
