#include <windlass/api/core/v1/container_state_terminated.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(ContainerStateTerminated, d) {
  d.doc("A container that exited.");
  d.field("exitCode", &ContainerStateTerminated::exit_code)
      .doc("The exit status of its last run.").required().proto(1);
  d.field("signal", &ContainerStateTerminated::signal_)
      .doc("The signal that ended it, if any.").proto(2);
  d.field("reason", &ContainerStateTerminated::reason)
      .doc("Short cause, such as Completed, Error or OOMKilled.").proto(3);
  d.field("message", &ContainerStateTerminated::message)
      .doc("Human-readable detail, such as the termination message.").proto(4);
  d.field("startedAt", &ContainerStateTerminated::started_at)
      .doc("When that run started.").proto(5);
  d.field("finishedAt", &ContainerStateTerminated::finished_at)
      .doc("When that run ended.").proto(6);
  d.field("containerID", &ContainerStateTerminated::container_id)
      .doc("The runtime's ID of the exited container, as <type>://<id>.").proto(7);
}

}  // namespace windlass::api::core::v1
