#include <windlass/api/core/v1/app_armor_profile.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(AppArmorProfile, d) {
  d.doc("An AppArmor profile choice.");
  d.field("type", &AppArmorProfile::type)
      .doc("RuntimeDefault, Unconfined or Localhost.").required().proto(1);
  d.field("localhostProfile", &AppArmorProfile::localhost_profile)
      .doc("Name of a profile loaded on the node; only for Localhost.").proto(2);
}

}  // namespace windlass::api::core::v1
