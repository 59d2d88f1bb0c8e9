#include <windlass/api/core/v1/container_state_waiting.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(ContainerStateWaiting, d) {
  d.doc("A container that is not running yet.");
  d.field("reason", &ContainerStateWaiting::reason)
      .doc("Why it waits, such as ContainerCreating or CrashLoopBackOff.").proto(1);
  d.field("message", &ContainerStateWaiting::message)
      .doc("Human-readable detail on the wait.").proto(2);
}

}  // namespace windlass::api::core::v1
