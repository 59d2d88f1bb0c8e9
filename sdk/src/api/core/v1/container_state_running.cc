#include <windlass/api/core/v1/container_state_running.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(ContainerStateRunning, d) {
  d.doc("A running container.");
  d.field("startedAt", &ContainerStateRunning::started_at)
      .doc("When the container last (re)started.").proto(1);
}

}  // namespace windlass::api::core::v1
