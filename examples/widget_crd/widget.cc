#include "widget.h"

namespace example {

WINDLASS_API_DESCRIBE(WidgetSpec, d) {
  d.doc("The desired state of a Widget.");
  d.field("replicas", &WidgetSpec::replicas).doc("How many widgets to run.").minimum(0).default_value(1);
  d.field("color", &WidgetSpec::color).required().enum_values({"red", "green", "blue"});
  d.field("memory", &WidgetSpec::memory).doc("Memory for each widget, e.g. 64Mi.");
}

WINDLASS_API_DESCRIBE(WidgetStatus, d) {
  d.field("readyReplicas", &WidgetStatus::ready_replicas);
  d.field("conditions", &WidgetStatus::conditions).list_map({"type"}).patch_merge("type");
}

WINDLASS_API_CUSTOM_RESOURCE_INFO(Widget, "A Widget runs a number of coloured widgets.") {
  return {.group = "example.com", .version = "v1", .kind = "Widget", .plural = "widgets",
          .short_names = {"wd"}, .status_subresource = true,
          .scale = windlass::api::ScaleSubresource{},
          .printer_columns = {{.name = "Color", .type = "string", .json_path = ".spec.color"},
                              {.name = "Ready", .type = "integer", .json_path = ".status.readyReplicas"}}};
}

}  // namespace example
