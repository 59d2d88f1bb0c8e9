// windlass/api/core/v1/pod_security_context.h — core/v1 PodSecurityContext: security settings
// applied to every container of a pod.
//
//   core::v1::PodSecurityContext sc{.run_as_user = 1000, .run_as_non_root = true, .fs_group = 2000};
#pragma once

#include <windlass/api/core/v1/app_armor_profile.h>
#include <windlass/api/core/v1/se_linux_options.h>
#include <windlass/api/core/v1/seccomp_profile.h>
#include <windlass/api/core/v1/sysctl.h>
#include <windlass/api/core/v1/windows_security_context_options.h>
#include <windlass/api/describe.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace windlass::api::core::v1 {

// Security settings applied to every container of a pod (upstream `corev1.PodSecurityContext`).
struct PodSecurityContext {
  std::optional<SELinuxOptions> se_linux_options;
  std::optional<WindowsSecurityContextOptions> windows_options;
  std::optional<std::int64_t> run_as_user;
  std::optional<std::int64_t> run_as_group;
  std::optional<bool> run_as_non_root;
  std::vector<std::int64_t> supplemental_groups;
  std::optional<std::string> supplemental_groups_policy;
  std::optional<std::int64_t> fs_group;
  std::vector<Sysctl> sysctls;
  std::optional<std::string> fs_group_change_policy;
  std::optional<SeccompProfile> seccomp_profile;
  std::optional<AppArmorProfile> app_armor_profile;
  std::optional<std::string> se_linux_change_policy;
  UnknownFields unknown_fields;
  bool operator==(const PodSecurityContext&) const = default;
};
WINDLASS_API_DESCRIBED(PodSecurityContext);

}  // namespace windlass::api::core::v1
