#include <windlass/api/core/v1/container_status.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(ContainerStatus, d) {
  d.doc("What was last observed about one container of a pod.");
  d.field("name", &ContainerStatus::name)
      .doc("The container's name, as in the spec.").required().proto(1);
  d.field("state", &ContainerStatus::state).doc("The container's current state.").proto(2);
  d.field("lastState", &ContainerStatus::last_state)
      .doc("The state the container was in before its last restart.").proto(3);
  d.field("ready", &ContainerStatus::ready)
      .doc("Whether the readiness probe last succeeded (or there is none and it runs).")
      .required().proto(4);
  d.field("restartCount", &ContainerStatus::restart_count)
      .doc("How many times the container has been restarted.").required().proto(5);
  d.field("image", &ContainerStatus::image)
      .doc("The image the container runs, as the runtime reports it.").required().proto(6);
  d.field("imageID", &ContainerStatus::image_id)
      .doc("The image's ID or digest as the runtime reports it.").required().proto(7);
  d.field("containerID", &ContainerStatus::container_id)
      .doc("The runtime's ID of the container, as <type>://<id>.").proto(8);
  d.field("started", &ContainerStatus::started)
      .doc("Whether the startup probe has succeeded (or there is none) and the container runs.")
      .proto(9);
  d.field("allocatedResources", &ContainerStatus::allocated_resources)
      .doc("Resources the node has set aside for the container.").proto(10);
  d.field("resources", &ContainerStatus::resources)
      .doc("Requests and limits applied to the running container.").proto(11);
  d.field("volumeMounts", &ContainerStatus::volume_mounts)
      .doc("Mounts as they are actually in place.")
      .list_map({"mountPath"}).patch_merge("mountPath").proto(12);
  d.field("user", &ContainerStatus::user)
      .doc("Identity of the container's first process as the runtime reports it.").proto(13);
  d.field("allocatedResourcesStatus", &ContainerStatus::allocated_resources_status)
      .doc("Health of the devices and other resources assigned to the container.")
      .list_map({"name"}).patch_merge("name").proto(14);
}

}  // namespace windlass::api::core::v1
