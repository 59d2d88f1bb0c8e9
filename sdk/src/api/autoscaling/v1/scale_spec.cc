#include <windlass/api/autoscaling/v1/scale_spec.h>

namespace windlass::api::autoscaling::v1 {

WINDLASS_API_DESCRIBE(ScaleSpec, d) {
  d.doc("The desired size of a scalable resource.");
  d.field("replicas", &ScaleSpec::replicas).doc("The desired number of replicas.").proto(1);
}

}  // namespace windlass::api::autoscaling::v1
