// windlass/api/events/v1/event.h — the events.k8s.io/v1 Event kind.
//
// The newer API for the same objects as core/v1 Event: `regarding` is the object the event is
// about, `note` the message, `reportingController` and `reportingInstance` name the reporter, and
// repeats are folded into `series`. Fields only older reporters fill are kept under `deprecated*`
// names. Reading an event either way returns the same data.
//
//   events::v1::Event ev{
//       .metadata = {.generate_name = "w1.", .namespace_ = "prod"},
//       .event_time = now,
//       .reporting_controller = "example.com/widget-operator",
//       .reporting_instance = "widget-operator-7f9c", .action = "Resize",
//       .reason = "Resized",
//       .regarding = {.kind = "Widget", .namespace_ = "prod", .name = "w1"},
//       .note = "grew to 3", .type = "Normal"};
#pragma once

#include <windlass/api/core/v1/event_source.h>
#include <windlass/api/core/v1/object_reference.h>
#include <windlass/api/describe.h>
#include <windlass/api/events/v1/event_series.h>
#include <windlass/api/meta/v1/object_meta.h>
#include <windlass/api/resource.h>
#include <windlass/core/time.h>

#include <cstdint>
#include <optional>
#include <string>

namespace windlass::api::events::v1 {

// A report of something that happened to an object, kept for a short time (upstream
// `eventsv1.Event`).
struct Event {
  std::string api_version = "events.k8s.io/v1";
  std::string kind = "Event";
  meta::v1::ObjectMeta metadata;
  MicroTime event_time;
  std::optional<EventSeries> series;
  std::string reporting_controller;
  std::string reporting_instance;
  std::string action;
  std::string reason;
  core::v1::ObjectReference regarding;
  std::optional<core::v1::ObjectReference> related;
  std::string note;
  std::string type;
  core::v1::EventSource deprecated_source;
  Time deprecated_first_timestamp;
  Time deprecated_last_timestamp;
  std::int32_t deprecated_count = 0;
  UnknownFields unknown_fields;
  bool operator==(const Event&) const = default;
};
WINDLASS_API_DESCRIBED(Event);
WINDLASS_API_RESOURCE(Event);

}  // namespace windlass::api::events::v1
