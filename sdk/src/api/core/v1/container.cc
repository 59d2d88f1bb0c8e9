#include <windlass/api/core/v1/container.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(Container, d) {
  d.doc("One container of a pod: image, command, environment, resources, probes and security.");
  d.field("name", &Container::name)
      .doc("The container's DNS label name, unique within the pod.").required().proto(1);
  d.field("image", &Container::image).doc("The image reference to run.").proto(2);
  d.field("command", &Container::command)
      .doc("Replaces the image's entrypoint; $(VAR) references are expanded from env.")
      .list_atomic().proto(3);
  d.field("args", &Container::args)
      .doc("Replaces the image's cmd; $(VAR) references are expanded from env.")
      .list_atomic().proto(4);
  d.field("workingDir", &Container::working_dir)
      .doc("Working directory; the image's default when empty.").proto(5);
  d.field("ports", &Container::ports)
      .doc("Ports the container listens on; informational, plus names for them.")
      .list_map({"containerPort", "protocol"}).patch_merge("containerPort").proto(6);
  d.field("envFrom", &Container::env_from)
      .doc("Sources whose keys all become environment variables; env wins on conflicts.")
      .list_atomic().proto(19);
  d.field("env", &Container::env)
      .doc("Environment variables to set.").list_map({"name"}).patch_merge("name").proto(7);
  d.field("resources", &Container::resources)
      .doc("Compute resources the container requests and is limited to.").proto(8);
  d.field("resizePolicy", &Container::resize_policy)
      .doc("How each resource may be resized in place.").list_atomic().proto(23);
  d.field("restartPolicy", &Container::restart_policy)
      .doc("Only for init containers: Always makes it a sidecar that keeps running.").proto(24);
  d.field("volumeMounts", &Container::volume_mounts)
      .doc("Pod volumes mounted into the container's filesystem.")
      .list_map({"mountPath"}).patch_merge("mountPath").proto(9);
  d.field("volumeDevices", &Container::volume_devices)
      .doc("Pod block volumes exposed as devices.")
      .list_map({"devicePath"}).patch_merge("devicePath").proto(21);
  d.field("livenessProbe", &Container::liveness_probe)
      .doc("Check whose failure makes the kubelet restart the container.").proto(10);
  d.field("readinessProbe", &Container::readiness_probe)
      .doc("Check whose failure takes the container out of service endpoints.").proto(11);
  d.field("startupProbe", &Container::startup_probe)
      .doc("Check that must succeed before the other probes start.").proto(22);
  d.field("lifecycle", &Container::lifecycle)
      .doc("Hooks run right after start and right before stop.").proto(12);
  d.field("terminationMessagePath", &Container::termination_message_path)
      .doc("File whose content becomes the termination message; default /dev/termination-log.")
      .proto(13);
  d.field("terminationMessagePolicy", &Container::termination_message_policy)
      .doc("File (default) or FallbackToLogsOnError (use the log tail when the file is empty).")
      .proto(20);
  d.field("imagePullPolicy", &Container::image_pull_policy)
      .doc("Always, Never or IfNotPresent; Always for :latest, else IfNotPresent.").proto(14);
  d.field("securityContext", &Container::security_context)
      .doc("Security settings for this container, overriding the pod's.").proto(15);
  d.field("stdin", &Container::stdin_).doc("Keep a stdin buffer open for attach.").proto(16);
  d.field("stdinOnce", &Container::stdin_once)
      .doc("Close stdin after the first attach session ends.").proto(17);
  d.field("tty", &Container::tty).doc("Allocate a TTY (needs stdin).").proto(18);
}

}  // namespace windlass::api::core::v1
