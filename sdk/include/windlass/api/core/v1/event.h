// windlass/api/core/v1/event.h — the core/v1 Event kind.
//
// An Event reports something that happened to an object (`involvedObject`): a pod scheduled, an
// image pulled, a probe failed. Events are kept for a short time (one hour by default). Repeats are
// folded into one object: older reporters bump `count` and `lastTimestamp`, newer ones fill
// `series`. Events written through events.k8s.io/v1 appear here too, with `eventTime` set and the
// legacy timestamps null; both APIs serve the same objects.
//
//   core::v1::Event ev{
//       .metadata = {.generate_name = "widget-", .namespace_ = "prod"},
//       .involved_object = {.kind = "Widget", .namespace_ = "prod", .name = "w1"},
//       .reason = "Resized", .message = "grew to 3", .type = "Normal"};
#pragma once

#include <windlass/api/core/v1/event_series.h>
#include <windlass/api/core/v1/event_source.h>
#include <windlass/api/core/v1/object_reference.h>
#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/object_meta.h>
#include <windlass/api/resource.h>
#include <windlass/core/time.h>

#include <cstdint>
#include <optional>
#include <string>

namespace windlass::api::core::v1 {

// A report of something that happened to an object, kept for a short time (upstream
// `corev1.Event`).
struct Event {
  std::string api_version = "v1";
  std::string kind = "Event";
  meta::v1::ObjectMeta metadata;
  ObjectReference involved_object;
  std::string reason;
  std::string message;
  EventSource source;
  Time first_timestamp;
  Time last_timestamp;
  std::int32_t count = 0;
  std::string type;
  MicroTime event_time;
  std::optional<EventSeries> series;
  std::string action;
  std::optional<ObjectReference> related;
  std::string reporting_component;
  std::string reporting_instance;
  UnknownFields unknown_fields;
  bool operator==(const Event&) const = default;
};
WINDLASS_API_DESCRIBED(Event);
WINDLASS_API_RESOURCE(Event);

}  // namespace windlass::api::core::v1
