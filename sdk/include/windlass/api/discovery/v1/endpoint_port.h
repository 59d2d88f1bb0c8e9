// windlass/api/discovery/v1/endpoint_port.h — discovery.k8s.io/v1 EndpointPort: one port open on
// the endpoints of an EndpointSlice.
//
// Every field is a Go pointer, so an unset one is absent from the JSON. The name is the Service
// port's name, unique within the slice; an unset `port` stands for all ports.
//
//   discovery::v1::EndpointPort p{.name = "http", .protocol = "TCP", .port = 8080};
#pragma once

#include <windlass/api/describe.h>

#include <cstdint>
#include <optional>
#include <string>

namespace windlass::api::discovery::v1 {

// One port open on the endpoints of an EndpointSlice (upstream `discoveryv1.EndpointPort`).
struct EndpointPort {
  std::optional<std::string> name;
  std::optional<std::string> protocol;
  std::optional<std::int32_t> port;
  std::optional<std::string> app_protocol;
  UnknownFields unknown_fields;
  bool operator==(const EndpointPort&) const = default;
};
WINDLASS_API_DESCRIBED(EndpointPort);

}  // namespace windlass::api::discovery::v1
