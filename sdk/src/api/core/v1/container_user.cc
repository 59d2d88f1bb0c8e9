#include <windlass/api/core/v1/container_user.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(ContainerUser, d) {
  d.doc("The identity a container's first process runs as.");
  d.field("linux", &ContainerUser::linux_).doc("The Linux user and groups.").proto(1);
}

}  // namespace windlass::api::core::v1
