// windlass/api/core/v1/seccomp_profile.h — core/v1 SeccompProfile: a seccomp profile choice.
//
//   core::v1::SeccompProfile v{.type = "example"};
#pragma once

#include <windlass/api/describe.h>

#include <optional>
#include <string>

namespace windlass::api::core::v1 {

// A seccomp profile choice (upstream `corev1.SeccompProfile`).
struct SeccompProfile {
  std::string type;
  std::optional<std::string> localhost_profile;
  UnknownFields unknown_fields;
  bool operator==(const SeccompProfile&) const = default;
};
WINDLASS_API_DESCRIBED(SeccompProfile);

}  // namespace windlass::api::core::v1
