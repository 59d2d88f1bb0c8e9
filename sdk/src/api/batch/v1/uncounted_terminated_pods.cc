#include <windlass/api/batch/v1/uncounted_terminated_pods.h>

namespace windlass::api::batch::v1 {

WINDLASS_API_DESCRIBE(UncountedTerminatedPods, d) {
  d.doc("UIDs of finished pods the job controller has not yet added to the status counters.");
  d.field("succeeded", &UncountedTerminatedPods::succeeded)
      .doc("Succeeded pods not yet counted.").list_set().proto(1);
  d.field("failed", &UncountedTerminatedPods::failed)
      .doc("Failed pods not yet counted.").list_set().proto(2);
}

}  // namespace windlass::api::batch::v1
