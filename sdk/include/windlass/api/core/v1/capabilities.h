// windlass/api/core/v1/capabilities.h — core/v1 Capabilities: linux capabilities added to and
// dropped from the runtime's default set.
//
//   core::v1::Capabilities v{.add = {"example"}};
#pragma once

#include <windlass/api/describe.h>

#include <string>
#include <vector>

namespace windlass::api::core::v1 {

// Linux capabilities added to and dropped from the runtime's default set (upstream
// `corev1.Capabilities`).
struct Capabilities {
  std::vector<std::string> add;
  std::vector<std::string> drop;
  UnknownFields unknown_fields;
  bool operator==(const Capabilities&) const = default;
};
WINDLASS_API_DESCRIBED(Capabilities);

}  // namespace windlass::api::core::v1
