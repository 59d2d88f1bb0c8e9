#include <windlass/api/core/v1/security_context.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(SecurityContext, d) {
  d.doc("Security settings of one container; they win over the pod's.");
  d.field("capabilities", &SecurityContext::capabilities)
      .doc("Linux capabilities to add or drop.").proto(1);
  d.field("privileged", &SecurityContext::privileged)
      .doc("Run privileged, like root on the host.").proto(2);
  d.field("seLinuxOptions", &SecurityContext::se_linux_options)
      .doc("SELinux context; random per container when unset.").proto(3);
  d.field("windowsOptions", &SecurityContext::windows_options)
      .doc("Windows-specific settings.").proto(10);
  d.field("runAsUser", &SecurityContext::run_as_user)
      .doc("UID of the container's process.").proto(4);
  d.field("runAsGroup", &SecurityContext::run_as_group)
      .doc("Primary GID of the container's process.").proto(8);
  d.field("runAsNonRoot", &SecurityContext::run_as_non_root)
      .doc("Refuse to start when the process would run as UID 0.").proto(5);
  d.field("readOnlyRootFilesystem", &SecurityContext::read_only_root_filesystem)
      .doc("Mount the root filesystem read-only.").proto(6);
  d.field("allowPrivilegeEscalation", &SecurityContext::allow_privilege_escalation)
      .doc("Whether a process may gain more privileges than its parent (no_new_privs).").proto(7);
  d.field("procMount", &SecurityContext::proc_mount).doc("Default or Unmasked /proc.").proto(9);
  d.field("seccompProfile", &SecurityContext::seccomp_profile)
      .doc("Seccomp profile; overrides the pod's.").proto(11);
  d.field("appArmorProfile", &SecurityContext::app_armor_profile)
      .doc("AppArmor profile; overrides the pod's.").proto(12);
}

}  // namespace windlass::api::core::v1
