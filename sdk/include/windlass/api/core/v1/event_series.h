// windlass/api/core/v1/event_series.h — core/v1 EventSeries: the repetitions of an event.
//
//   core::v1::EventSeries s{.count = 4, .last_observed_time = now};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/core/time.h>

#include <cstdint>

namespace windlass::api::core::v1 {

// The repetitions of an event (upstream `corev1.EventSeries`).
struct EventSeries {
  std::int32_t count = 0;
  MicroTime last_observed_time;
  UnknownFields unknown_fields;
  bool operator==(const EventSeries&) const = default;
};
WINDLASS_API_DESCRIBED(EventSeries);

}  // namespace windlass::api::core::v1
