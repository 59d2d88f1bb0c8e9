#include <windlass/api/autoscaling/v1/scale_status.h>

namespace windlass::api::autoscaling::v1 {

WINDLASS_API_DESCRIBE(ScaleStatus, d) {
  d.doc("The observed size of a scalable resource.");
  d.field("replicas", &ScaleStatus::replicas)
      .doc("The number of replicas observed.").required().proto(1);
  d.field("selector", &ScaleStatus::selector)
      .doc("Label query, in string form, matching the resource's pods.").proto(2);
}

}  // namespace windlass::api::autoscaling::v1
