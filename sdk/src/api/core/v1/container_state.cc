#include <windlass/api/core/v1/container_state.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(ContainerState, d) {
  d.doc("The state of a container; exactly one member is set (waiting when none is).");
  d.field("waiting", &ContainerState::waiting)
      .doc("Set while the container is not yet running.").proto(1);
  d.field("running", &ContainerState::running).doc("Set while the container runs.").proto(2);
  d.field("terminated", &ContainerState::terminated)
      .doc("Set after the container exited.").proto(3);
}

}  // namespace windlass::api::core::v1
