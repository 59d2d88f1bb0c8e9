// windlass/api/events/v1/event_series.h — events.k8s.io/v1 EventSeries: the repetitions of an
// event.
//
// Reporters fold repeats of an event into its series and update it only now and then (client-go's
// recorder every 30 minutes), so `count` may lag.
//
//   events::v1::EventSeries s{.count = 2, .last_observed_time = now};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/core/time.h>

#include <cstdint>

namespace windlass::api::events::v1 {

// The repetitions of an event (upstream `eventsv1.EventSeries`).
struct EventSeries {
  std::int32_t count = 0;
  MicroTime last_observed_time;
  UnknownFields unknown_fields;
  bool operator==(const EventSeries&) const = default;
};
WINDLASS_API_DESCRIBED(EventSeries);

}  // namespace windlass::api::events::v1
