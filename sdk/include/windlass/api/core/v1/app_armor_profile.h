// windlass/api/core/v1/app_armor_profile.h — core/v1 AppArmorProfile: an AppArmor profile choice.
//
//   core::v1::AppArmorProfile v{.type = "example"};
#pragma once

#include <windlass/api/describe.h>

#include <optional>
#include <string>

namespace windlass::api::core::v1 {

// An AppArmor profile choice (upstream `corev1.AppArmorProfile`).
struct AppArmorProfile {
  std::string type;
  std::optional<std::string> localhost_profile;
  UnknownFields unknown_fields;
  bool operator==(const AppArmorProfile&) const = default;
};
WINDLASS_API_DESCRIBED(AppArmorProfile);

}  // namespace windlass::api::core::v1
