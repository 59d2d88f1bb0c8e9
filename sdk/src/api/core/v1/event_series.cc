#include <windlass/api/core/v1/event_series.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(EventSeries, d) {
  d.doc("The repetitions of an event.");
  d.field("count", &EventSeries::count).doc("How many times the event has occurred.").proto(1);
  d.field("lastObservedTime", &EventSeries::last_observed_time)
      .doc("When the event was last observed.").proto(2);
}

}  // namespace windlass::api::core::v1
