// windlass/api/core/v1/container_status.h — core/v1 ContainerStatus: what was last observed about
// one container of a pod.
//
//   for (const auto& cs : pod.status.container_statuses)
//     if (cs.state.waiting && cs.state.waiting->reason == "CrashLoopBackOff") alert(cs.name);
#pragma once

#include <windlass/api/core/v1/container_state.h>
#include <windlass/api/core/v1/container_user.h>
#include <windlass/api/core/v1/resource_requirements.h>
#include <windlass/api/core/v1/resource_status.h>
#include <windlass/api/core/v1/volume_mount_status.h>
#include <windlass/api/describe.h>
#include <windlass/core/quantity.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace windlass::api::core::v1 {

// What was last observed about one container of a pod (upstream `corev1.ContainerStatus`).
struct ContainerStatus {
  std::string name;
  ContainerState state;
  ContainerState last_state;
  bool ready = false;
  std::int32_t restart_count = 0;
  std::string image;
  std::string image_id;
  std::string container_id;
  std::optional<bool> started;
  std::map<std::string, Quantity> allocated_resources;
  std::optional<ResourceRequirements> resources;
  std::vector<VolumeMountStatus> volume_mounts;
  std::optional<ContainerUser> user;
  std::vector<ResourceStatus> allocated_resources_status;
  UnknownFields unknown_fields;
  bool operator==(const ContainerStatus&) const = default;
};
WINDLASS_API_DESCRIBED(ContainerStatus);

}  // namespace windlass::api::core::v1
