// windlass/api/core/v1/container_user.h — core/v1 ContainerUser: the identity a container's first
// process runs as.
//
//   if (status.user && status.user->linux_) log(status.user->linux_->uid);
#pragma once

#include <windlass/api/core/v1/linux_container_user.h>
#include <windlass/api/describe.h>

#include <optional>

namespace windlass::api::core::v1 {

// The identity a container's first process runs as (upstream `corev1.ContainerUser`).
struct ContainerUser {
  std::optional<LinuxContainerUser> linux_;  // `linux` is a C++ keyword or macro
  UnknownFields unknown_fields;
  bool operator==(const ContainerUser&) const = default;
};
WINDLASS_API_DESCRIBED(ContainerUser);

}  // namespace windlass::api::core::v1
