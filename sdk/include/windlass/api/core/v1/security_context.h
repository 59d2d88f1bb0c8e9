// windlass/api/core/v1/security_context.h — core/v1 SecurityContext: security settings of one
// container; they win over the pod's.
//
//   core::v1::SecurityContext sc{.capabilities = core::v1::Capabilities{.drop = {"ALL"}},
//                                .read_only_root_filesystem = true,
//                                .allow_privilege_escalation = false};
#pragma once

#include <windlass/api/core/v1/app_armor_profile.h>
#include <windlass/api/core/v1/capabilities.h>
#include <windlass/api/core/v1/se_linux_options.h>
#include <windlass/api/core/v1/seccomp_profile.h>
#include <windlass/api/core/v1/windows_security_context_options.h>
#include <windlass/api/describe.h>

#include <cstdint>
#include <optional>
#include <string>

namespace windlass::api::core::v1 {

// Security settings of one container; they win over the pod's (upstream `corev1.SecurityContext`).
struct SecurityContext {
  std::optional<Capabilities> capabilities;
  std::optional<bool> privileged;
  std::optional<SELinuxOptions> se_linux_options;
  std::optional<WindowsSecurityContextOptions> windows_options;
  std::optional<std::int64_t> run_as_user;
  std::optional<std::int64_t> run_as_group;
  std::optional<bool> run_as_non_root;
  std::optional<bool> read_only_root_filesystem;
  std::optional<bool> allow_privilege_escalation;
  std::optional<std::string> proc_mount;
  std::optional<SeccompProfile> seccomp_profile;
  std::optional<AppArmorProfile> app_armor_profile;
  UnknownFields unknown_fields;
  bool operator==(const SecurityContext&) const = default;
};
WINDLASS_API_DESCRIBED(SecurityContext);

}  // namespace windlass::api::core::v1
