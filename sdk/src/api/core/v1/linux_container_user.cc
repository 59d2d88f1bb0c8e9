#include <windlass/api/core/v1/linux_container_user.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(LinuxContainerUser, d) {
  d.doc("The Linux user and groups of a container's first process.");
  d.field("uid", &LinuxContainerUser::uid).doc("Its user ID.").required().proto(1);
  d.field("gid", &LinuxContainerUser::gid).doc("Its primary group ID.").required().proto(2);
  d.field("supplementalGroups", &LinuxContainerUser::supplemental_groups)
      .doc("Its supplementary group IDs.").list_atomic().proto(3);
}

}  // namespace windlass::api::core::v1
