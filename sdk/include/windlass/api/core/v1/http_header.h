// windlass/api/core/v1/http_header.h — core/v1 HTTPHeader: one HTTP header.
//
//   core::v1::HTTPHeader v{.name = "example"};
#pragma once

#include <windlass/api/describe.h>

#include <string>

namespace windlass::api::core::v1 {

// One HTTP header (upstream `corev1.HTTPHeader`).
struct HTTPHeader {
  std::string name;
  std::string value;
  UnknownFields unknown_fields;
  bool operator==(const HTTPHeader&) const = default;
};
WINDLASS_API_DESCRIBED(HTTPHeader);

}  // namespace windlass::api::core::v1
