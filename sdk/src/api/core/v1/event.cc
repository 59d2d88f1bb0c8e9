#include <windlass/api/core/v1/event.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(Event, d) {
  d.doc("A report of something that happened to an object, kept for a short time.");
  d.field("apiVersion", &Event::api_version).doc("API version of this representation; \"v1\".");
  d.field("kind", &Event::kind).doc("Kind of this representation; \"Event\".");
  d.field("metadata", &Event::metadata).doc("Standard object metadata.").required().proto(1);
  d.field("involvedObject", &Event::involved_object)
      .doc("The object the event is about.").required().proto(2);
  d.field("reason", &Event::reason)
      .doc("Short CamelCase cause, such as Pulled or FailedScheduling.").proto(3);
  d.field("message", &Event::message).doc("Human-readable description.").proto(4);
  d.field("source", &Event::source)
      .doc("The component that reported it; empty for events written through events.k8s.io/v1.")
      .proto(5);
  d.field("firstTimestamp", &Event::first_timestamp)
      .doc("When the event was first recorded.").proto(6);
  d.field("lastTimestamp", &Event::last_timestamp)
      .doc("When the event was last recorded.").proto(7);
  d.field("count", &Event::count).doc("How often the event has occurred.").proto(8);
  d.field("type", &Event::type).doc("Normal or Warning.").proto(9);
  d.field("eventTime", &Event::event_time)
      .doc("When the event was first observed, to the microsecond; null for events from older "
           "reporters.")
      .proto(10);
  d.field("series", &Event::series)
      .doc("The repetitions of the event, for newer reporters.").proto(11);
  d.field("action", &Event::action)
      .doc("What was done or failed, such as Binding or Pulling.").proto(12);
  d.field("related", &Event::related).doc("A second object the event concerns, if any.").proto(13);
  d.field("reportingComponent", &Event::reporting_component)
      .doc("The controller that reported the event, such as kubelet or default-scheduler.")
      .always().proto(14);
  d.field("reportingInstance", &Event::reporting_instance)
      .doc("The instance of that controller, such as the node or host name.").always().proto(15);
}

WINDLASS_API_RESOURCE_INFO(Event) {
  return {.group = "",
          .version = "v1",
          .kind = "Event",
          .plural = "events",
          .singular = "event",
          .short_names = {"ev"},
          .printer_columns = {
              {.name = "Type", .type = "string", .json_path = ".type"},
              {.name = "Reason", .type = "string", .json_path = ".reason"},
              {.name = "Object", .type = "string", .json_path = ".involvedObject.name"},
              {.name = "Message", .type = "string", .json_path = ".message"}}};
}

}  // namespace windlass::api::core::v1
