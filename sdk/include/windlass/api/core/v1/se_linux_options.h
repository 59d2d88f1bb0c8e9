// windlass/api/core/v1/se_linux_options.h — core/v1 SELinuxOptions: an SELinux context label.
//
//   core::v1::SELinuxOptions v{.user = "example"};
#pragma once

#include <windlass/api/describe.h>

#include <string>

namespace windlass::api::core::v1 {

// An SELinux context label (upstream `corev1.SELinuxOptions`).
struct SELinuxOptions {
  std::string user;
  std::string role;
  std::string type;
  std::string level;
  UnknownFields unknown_fields;
  bool operator==(const SELinuxOptions&) const = default;
};
WINDLASS_API_DESCRIBED(SELinuxOptions);

}  // namespace windlass::api::core::v1
