#include <windlass/api/core/v1/lifecycle.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(Lifecycle, d) {
  d.doc("Actions the kubelet runs around a container's start and stop.");
  d.field("postStart", &Lifecycle::post_start)
      .doc("Runs right after the container is created; failure restarts it.").proto(1);
  d.field("preStop", &Lifecycle::pre_stop)
      .doc("Runs before the stop signal when the container is terminated on purpose.").proto(2);
}

}  // namespace windlass::api::core::v1
