#include <windlass/api/events/v1/event_series.h>

namespace windlass::api::events::v1 {

WINDLASS_API_DESCRIBE(EventSeries, d) {
  d.doc("The repetitions of an event.");
  d.field("count", &EventSeries::count)
      .doc("How many times the event has occurred so far.").required().proto(1);
  d.field("lastObservedTime", &EventSeries::last_observed_time)
      .doc("When the event was last observed.").required().proto(2);
}

}  // namespace windlass::api::events::v1
