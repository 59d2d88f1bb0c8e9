#include <windlass/api/events/v1/event.h>

namespace windlass::api::events::v1 {

WINDLASS_API_DESCRIBE(Event, d) {
  d.doc("A report of something that happened to an object, kept for a short time.");
  d.field("apiVersion", &Event::api_version)
      .doc("API version of this representation; \"events.k8s.io/v1\".");
  d.field("kind", &Event::kind).doc("Kind of this representation; \"Event\".");
  d.field("metadata", &Event::metadata).doc("Standard object metadata.").always().proto(1);
  d.field("eventTime", &Event::event_time)
      .doc("When the event was first observed, to the microsecond.").required().proto(2);
  d.field("series", &Event::series)
      .doc("The repetitions of the event; absent for a single occurrence.").proto(3);
  d.field("reportingController", &Event::reporting_controller)
      .doc("The controller that reported the event, such as example.com/widget-operator; "
           "required for new events.")
      .proto(4);
  d.field("reportingInstance", &Event::reporting_instance)
      .doc("The instance of that controller; required for new events.").proto(5);
  d.field("action", &Event::action)
      .doc("What was done or failed, such as Binding; required for new events.").proto(6);
  d.field("reason", &Event::reason).doc("Short CamelCase cause; required for new events.").proto(7);
  d.field("regarding", &Event::regarding).doc("The object the event is about.").proto(8);
  d.field("related", &Event::related).doc("A second object the event concerns, if any.").proto(9);
  d.field("note", &Event::note).doc("Human-readable description, up to 1 kB.").proto(10);
  d.field("type", &Event::type).doc("Normal or Warning; required for new events.").proto(11);
  d.field("deprecatedSource", &Event::deprecated_source)
      .doc("The core/v1 source of events from older reporters.").proto(12);
  d.field("deprecatedFirstTimestamp", &Event::deprecated_first_timestamp)
      .doc("The core/v1 firstTimestamp of events from older reporters.").proto(13);
  d.field("deprecatedLastTimestamp", &Event::deprecated_last_timestamp)
      .doc("The core/v1 lastTimestamp of events from older reporters.").proto(14);
  d.field("deprecatedCount", &Event::deprecated_count)
      .doc("The core/v1 count of events from older reporters.").proto(15);
}

WINDLASS_API_RESOURCE_INFO(Event) {
  return {.group = "events.k8s.io",
          .version = "v1",
          .kind = "Event",
          .plural = "events",
          .singular = "event",
          .short_names = {"ev"},
          .printer_columns = {
              {.name = "Type", .type = "string", .json_path = ".type"},
              {.name = "Reason", .type = "string", .json_path = ".reason"},
              {.name = "Object", .type = "string", .json_path = ".regarding.name"},
              {.name = "Message", .type = "string", .json_path = ".note"}}};
}

}  // namespace windlass::api::events::v1
