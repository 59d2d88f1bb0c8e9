// windlass/api/core/v1/event_source.h — core/v1 EventSource: the component and host that reported
// an event.
//
//   core::v1::EventSource s{.component = "kubelet", .host = "worker-1"};
#pragma once

#include <windlass/api/describe.h>

#include <string>

namespace windlass::api::core::v1 {

// The component and host that reported an event (upstream `corev1.EventSource`).
struct EventSource {
  std::string component;
  std::string host;
  UnknownFields unknown_fields;
  bool operator==(const EventSource&) const = default;
};
WINDLASS_API_DESCRIBED(EventSource);

}  // namespace windlass::api::core::v1
