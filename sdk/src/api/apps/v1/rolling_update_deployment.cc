#include <windlass/api/apps/v1/rolling_update_deployment.h>

namespace windlass::api::apps::v1 {

WINDLASS_API_DESCRIBE(RollingUpdateDeployment, d) {
  d.doc("How far a Deployment's rolling update may go below and above the desired replica count.");
  d.field("maxUnavailable", &RollingUpdateDeployment::max_unavailable)
      .doc("Most pods that may be unavailable during the update, as a number or a percentage of "
           "the desired replicas.")
      .proto(1);
  d.field("maxSurge", &RollingUpdateDeployment::max_surge)
      .doc("Most pods that may be created above the desired replicas, as a number or a percentage.")
      .proto(2);
}

}  // namespace windlass::api::apps::v1
