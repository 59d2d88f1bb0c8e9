#include <windlass/api/apps/v1/deployment_strategy.h>

namespace windlass::api::apps::v1 {

WINDLASS_API_DESCRIBE(DeploymentStrategy, d) {
  d.doc("How a Deployment replaces old pods with new ones.");
  d.field("type", &DeploymentStrategy::type)
      .doc("Recreate (kill all old pods first) or RollingUpdate (the default).")
      .enum_values({"Recreate", "RollingUpdate"}).proto(1);
  d.field("rollingUpdate", &DeploymentStrategy::rolling_update)
      .doc("Bounds of a rolling update; only with type RollingUpdate.").proto(2);
}

}  // namespace windlass::api::apps::v1
