#include <windlass/api/core/v1/se_linux_options.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(SELinuxOptions, d) {
  d.doc("An SELinux context label.");
  d.field("user", &SELinuxOptions::user).doc("SELinux user.").proto(1);
  d.field("role", &SELinuxOptions::role).doc("SELinux role.").proto(2);
  d.field("type", &SELinuxOptions::type).doc("SELinux type.").proto(3);
  d.field("level", &SELinuxOptions::level).doc("SELinux level.").proto(4);
}

}  // namespace windlass::api::core::v1
