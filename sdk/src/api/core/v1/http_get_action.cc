#include <windlass/api/core/v1/http_get_action.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(HTTPGetAction, d) {
  d.doc("An HTTP GET request.");
  d.field("path", &HTTPGetAction::path).doc("Path to request.").proto(1);
  d.field("port", &HTTPGetAction::port)
      .doc("Port number or container port name.").required().proto(2);
  d.field("host", &HTTPGetAction::host).doc("Host to connect to; the pod IP when empty.").proto(3);
  d.field("scheme", &HTTPGetAction::scheme).doc("HTTP (default) or HTTPS.").proto(4);
  d.field("httpHeaders", &HTTPGetAction::http_headers)
      .doc("Extra request headers.").list_atomic().proto(5);
}

}  // namespace windlass::api::core::v1
