#include <windlass/api/core/v1/service_status.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(ServiceStatus, d) {
  d.doc("What was last observed about a Service.");
  d.field("loadBalancer", &ServiceStatus::load_balancer)
      .doc("The load balancer's addresses, if there is one.").proto(1);
  d.field("conditions", &ServiceStatus::conditions)
      .doc("The latest observations about the service, one per type.")
      .list_map({"type"}).patch_merge("type").proto(2);
}

}  // namespace windlass::api::core::v1
