// windlass/api/core/v1/sysctl.h — core/v1 Sysctl: one kernel parameter.
//
//   core::v1::Sysctl v{.name = "example"};
#pragma once

#include <windlass/api/describe.h>

#include <string>

namespace windlass::api::core::v1 {

// One kernel parameter (upstream `corev1.Sysctl`).
struct Sysctl {
  std::string name;
  std::string value;
  UnknownFields unknown_fields;
  bool operator==(const Sysctl&) const = default;
};
WINDLASS_API_DESCRIBED(Sysctl);

}  // namespace windlass::api::core::v1
