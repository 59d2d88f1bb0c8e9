// windlass/api/core/v1/endpoint_address.h — core/v1 EndpointAddress: one address behind a Service.
//
//   core::v1::EndpointAddress a{.ip = "10.244.1.5", .node_name = "worker-1"};
#pragma once

#include <windlass/api/core/v1/object_reference.h>
#include <windlass/api/describe.h>

#include <optional>
#include <string>

namespace windlass::api::core::v1 {

// One address behind a Service (upstream `corev1.EndpointAddress`).
struct EndpointAddress {
  std::string ip;
  std::string hostname;
  std::optional<std::string> node_name;
  std::optional<ObjectReference> target_ref;
  UnknownFields unknown_fields;
  bool operator==(const EndpointAddress&) const = default;
};
WINDLASS_API_DESCRIBED(EndpointAddress);

}  // namespace windlass::api::core::v1
