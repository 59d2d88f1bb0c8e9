// windlass/api/discovery/v1/for_zone.h — discovery.k8s.io/v1 ForZone: a zone an endpoint should
// serve.
//
//   discovery::v1::ForZone z{.name = "zone-a"};
#pragma once

#include <windlass/api/describe.h>

#include <string>

namespace windlass::api::discovery::v1 {

// A zone an endpoint should serve (upstream `discoveryv1.ForZone`).
struct ForZone {
  std::string name;
  UnknownFields unknown_fields;
  bool operator==(const ForZone&) const = default;
};
WINDLASS_API_DESCRIBED(ForZone);

}  // namespace windlass::api::discovery::v1
