#include <windlass/api/core/v1/ephemeral_container.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(EphemeralContainer, d) {
  d.doc("A debugging container added to a running pod; it has no ports, probes or resources.");
  d.field("name", &EphemeralContainer::name)
      .doc("The container's DNS label name, unique within the pod.").required().proto_embedded(1, 1);
  d.field("image", &EphemeralContainer::image).doc("The image reference to run.").proto_embedded(1, 2);
  d.field("command", &EphemeralContainer::command)
      .doc("Replaces the image's entrypoint; $(VAR) references are expanded from env.")
      .list_atomic().proto_embedded(1, 3);
  d.field("args", &EphemeralContainer::args)
      .doc("Replaces the image's cmd; $(VAR) references are expanded from env.").list_atomic().proto_embedded(1, 4);
  d.field("workingDir", &EphemeralContainer::working_dir)
      .doc("Working directory; the image's default when empty.").proto_embedded(1, 5);
  d.field("ports", &EphemeralContainer::ports)
      .doc("Ports the container listens on; informational, plus names for them.")
      .list_map({"containerPort", "protocol"}).patch_merge("containerPort").proto_embedded(1, 6);
  d.field("envFrom", &EphemeralContainer::env_from)
      .doc("Sources whose keys all become environment variables; env wins on conflicts.")
      .list_atomic().proto_embedded(1, 19);
  d.field("env", &EphemeralContainer::env)
      .doc("Environment variables to set.").list_map({"name"}).patch_merge("name").proto_embedded(1, 7);
  d.field("resources", &EphemeralContainer::resources)
      .doc("Compute resources the container requests and is limited to.").proto_embedded(1, 8);
  d.field("resizePolicy", &EphemeralContainer::resize_policy)
      .doc("How each resource may be resized in place.").list_atomic().proto_embedded(1, 23);
  d.field("restartPolicy", &EphemeralContainer::restart_policy)
      .doc("Only for init containers: Always makes it a sidecar that keeps running.").proto_embedded(1, 24);
  d.field("volumeMounts", &EphemeralContainer::volume_mounts)
      .doc("Pod volumes mounted into the container's filesystem.")
      .list_map({"mountPath"}).patch_merge("mountPath").proto_embedded(1, 9);
  d.field("volumeDevices", &EphemeralContainer::volume_devices)
      .doc("Pod block volumes exposed as devices.")
      .list_map({"devicePath"}).patch_merge("devicePath").proto_embedded(1, 21);
  d.field("livenessProbe", &EphemeralContainer::liveness_probe)
      .doc("Check whose failure makes the kubelet restart the container.").proto_embedded(1, 10);
  d.field("readinessProbe", &EphemeralContainer::readiness_probe)
      .doc("Check whose failure takes the container out of service endpoints.").proto_embedded(1, 11);
  d.field("startupProbe", &EphemeralContainer::startup_probe)
      .doc("Check that must succeed before the other probes start.").proto_embedded(1, 22);
  d.field("lifecycle", &EphemeralContainer::lifecycle)
      .doc("Hooks run right after start and right before stop.").proto_embedded(1, 12);
  d.field("terminationMessagePath", &EphemeralContainer::termination_message_path)
      .doc("File whose content becomes the termination message; default /dev/termination-log.").proto_embedded(1, 13);
  d.field("terminationMessagePolicy", &EphemeralContainer::termination_message_policy)
      .doc("File (default) or FallbackToLogsOnError (use the log tail when the file is empty).").proto_embedded(1, 20);
  d.field("imagePullPolicy", &EphemeralContainer::image_pull_policy)
      .doc("Always, Never or IfNotPresent; Always for :latest, else IfNotPresent.").proto_embedded(1, 14);
  d.field("securityContext", &EphemeralContainer::security_context)
      .doc("Security settings for this container, overriding the pod's.").proto_embedded(1, 15);
  d.field("stdin", &EphemeralContainer::stdin_).doc("Keep a stdin buffer open for attach.").proto_embedded(1, 16);
  d.field("stdinOnce", &EphemeralContainer::stdin_once)
      .doc("Close stdin after the first attach session ends.").proto_embedded(1, 17);
  d.field("tty", &EphemeralContainer::tty).doc("Allocate a TTY (needs stdin).").proto_embedded(1, 18);
  d.field("targetContainerName", &EphemeralContainer::target_container_name)
      .doc("Container whose namespaces (notably process) this one joins.").proto(2);
}

}  // namespace windlass::api::core::v1
