#include <windlass/api/core/v1/event_source.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(EventSource, d) {
  d.doc("The component and host that reported an event.");
  d.field("component", &EventSource::component).doc("The reporting component.").proto(1);
  d.field("host", &EventSource::host).doc("The node or host it runs on.").proto(2);
}

}  // namespace windlass::api::core::v1
