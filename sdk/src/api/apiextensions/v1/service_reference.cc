#include <windlass/api/apiextensions/v1/service_reference.h>

namespace windlass::api::apiextensions::v1 {

WINDLASS_API_DESCRIBE(ServiceReference, d) {
  d.doc("A Service in front of a webhook, and the path and port to call.");
  d.field("namespace", &ServiceReference::namespace_)
      .doc("Namespace of the Service.").required().proto(1);
  d.field("name", &ServiceReference::name).doc("Name of the Service.").required().proto(2);
  d.field("path", &ServiceReference::path).doc("URL path the webhook is called at.").proto(3);
  d.field("port", &ServiceReference::port)
      .doc("Service port to call, 1 to 65535; 443 when unset.").proto(4);
}

}  // namespace windlass::api::apiextensions::v1
