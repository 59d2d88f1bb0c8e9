#include <windlass/api/networking/v1/service_backend_port.h>

namespace windlass::api::networking::v1 {

WINDLASS_API_DESCRIBE(ServiceBackendPort, d) {
  d.doc("A Service port, by name or by number (exactly one).");
  d.field("name", &ServiceBackendPort::name)
      .doc("Name of the Service port; exclusive with number.").proto(1);
  d.field("number", &ServiceBackendPort::number)
      .doc("Number of the Service port; exclusive with name.").proto(2);
}

}  // namespace windlass::api::networking::v1
