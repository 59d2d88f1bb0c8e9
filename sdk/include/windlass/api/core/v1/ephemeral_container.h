// windlass/api/core/v1/ephemeral_container.h — core/v1 EphemeralContainer: a debugging container
// added to a running pod; it has no ports, probes or resources.
//
// It cannot be removed or changed once added, and it is not restarted.
//
//   core::v1::EphemeralContainer dbg{.name = "debug", .image = "busybox:1.36", .stdin_ = true,
//                                    .tty = true, .target_container_name = "web"};
#pragma once

#include <windlass/api/core/v1/container_port.h>
#include <windlass/api/core/v1/container_resize_policy.h>
#include <windlass/api/core/v1/env_from_source.h>
#include <windlass/api/core/v1/env_var.h>
#include <windlass/api/core/v1/lifecycle.h>
#include <windlass/api/core/v1/probe.h>
#include <windlass/api/core/v1/resource_requirements.h>
#include <windlass/api/core/v1/security_context.h>
#include <windlass/api/core/v1/volume_device.h>
#include <windlass/api/core/v1/volume_mount.h>
#include <windlass/api/describe.h>

#include <optional>
#include <string>
#include <vector>

namespace windlass::api::core::v1 {

// A debugging container added to a running pod; it has no ports, probes or resources (upstream
// `corev1.EphemeralContainer`).
struct EphemeralContainer {
  std::string name;
  std::string image;
  std::vector<std::string> command;
  std::vector<std::string> args;
  std::string working_dir;
  std::vector<ContainerPort> ports;
  std::vector<EnvFromSource> env_from;
  std::vector<EnvVar> env;
  ResourceRequirements resources;
  std::vector<ContainerResizePolicy> resize_policy;
  std::optional<std::string> restart_policy;
  std::vector<VolumeMount> volume_mounts;
  std::vector<VolumeDevice> volume_devices;
  std::optional<Probe> liveness_probe;
  std::optional<Probe> readiness_probe;
  std::optional<Probe> startup_probe;
  std::optional<Lifecycle> lifecycle;
  std::string termination_message_path;
  std::string termination_message_policy;
  std::string image_pull_policy;
  std::optional<SecurityContext> security_context;
  bool stdin_ = false;  // `stdin` is a C++ keyword or macro
  bool stdin_once = false;
  bool tty = false;
  std::string target_container_name;
  UnknownFields unknown_fields;
  bool operator==(const EphemeralContainer&) const = default;
};
WINDLASS_API_DESCRIBED(EphemeralContainer);

}  // namespace windlass::api::core::v1
