#include <windlass/api/core/v1/resource_health.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(ResourceHealth, d) {
  d.doc("Health of one allocated resource instance.");
  d.field("resourceID", &ResourceHealth::resource_id)
      .doc("The instance, as the plugin identifies it.").required().proto(1);
  d.field("health", &ResourceHealth::health).doc("Healthy, Unhealthy or Unknown.").proto(2);
}

}  // namespace windlass::api::core::v1
