// windlass/api/core/v1/linux_container_user.h — core/v1 LinuxContainerUser: the Linux user and
// groups of a container's first process.
//
//   core::v1::LinuxContainerUser v{.uid = 1};
#pragma once

#include <windlass/api/describe.h>

#include <cstdint>
#include <vector>

namespace windlass::api::core::v1 {

// The Linux user and groups of a container's first process (upstream `corev1.LinuxContainerUser`).
struct LinuxContainerUser {
  std::int64_t uid = 0;
  std::int64_t gid = 0;
  std::vector<std::int64_t> supplemental_groups;
  UnknownFields unknown_fields;
  bool operator==(const LinuxContainerUser&) const = default;
};
WINDLASS_API_DESCRIBED(LinuxContainerUser);

}  // namespace windlass::api::core::v1
