#include <windlass/api/core/v1/pod_security_context.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(PodSecurityContext, d) {
  d.doc("Security settings applied to every container of a pod.");
  d.field("seLinuxOptions", &PodSecurityContext::se_linux_options)
      .doc("SELinux context for all containers.").proto(1);
  d.field("windowsOptions", &PodSecurityContext::windows_options)
      .doc("Windows-specific settings for all containers.").proto(8);
  d.field("runAsUser", &PodSecurityContext::run_as_user)
      .doc("UID of the containers' processes.").proto(2);
  d.field("runAsGroup", &PodSecurityContext::run_as_group)
      .doc("Primary GID of the containers' processes.").proto(6);
  d.field("runAsNonRoot", &PodSecurityContext::run_as_non_root)
      .doc("Refuse to start containers whose process would run as UID 0.").proto(3);
  d.field("supplementalGroups", &PodSecurityContext::supplemental_groups)
      .doc("Extra GIDs given to the first process of each container.").list_atomic().proto(4);
  d.field("supplementalGroupsPolicy", &PodSecurityContext::supplemental_groups_policy)
      .doc("Merge (default, adds the image's groups) or Strict.").proto(12);
  d.field("fsGroup", &PodSecurityContext::fs_group)
      .doc("GID owning volume files, added to every container's groups.").proto(5);
  d.field("sysctls", &PodSecurityContext::sysctls)
      .doc("Namespaced kernel parameters to set.").list_atomic().proto(7);
  d.field("fsGroupChangePolicy", &PodSecurityContext::fs_group_change_policy)
      .doc("OnRootMismatch or Always (default): when volume ownership is changed.").proto(9);
  d.field("seccompProfile", &PodSecurityContext::seccomp_profile)
      .doc("Seccomp profile for all containers.").proto(10);
  d.field("appArmorProfile", &PodSecurityContext::app_armor_profile)
      .doc("AppArmor profile for all containers.").proto(11);
  d.field("seLinuxChangePolicy", &PodSecurityContext::se_linux_change_policy)
      .doc("How volumes get their SELinux label: Recursive or MountOption.").proto(13);
}

}  // namespace windlass::api::core::v1
