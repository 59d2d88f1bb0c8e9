#include <windlass/api/batch/v1/pod_failure_policy.h>

namespace windlass::api::batch::v1 {

WINDLASS_API_DESCRIBE(PodFailurePolicy, d) {
  d.doc("How failed pods of a Job are handled beyond counting them toward backoffLimit.");
  d.field("rules", &PodFailurePolicy::rules)
      .doc("Rules, tried in order; at most 20.").required().list_atomic().proto(1);
}

}  // namespace windlass::api::batch::v1
