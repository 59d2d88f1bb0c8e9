// A custom resource declared with Windlass: plain structs, one macro for the kind.
#pragma once

#include <windlass/api/custom_resource.h>
#include <windlass/api/meta/v1/condition.h>

namespace example {

struct WidgetSpec {
  std::int32_t replicas = 1;
  std::string color;
  windlass::Quantity memory;
  windlass::api::UnknownFields unknown_fields;
};

struct WidgetStatus {
  std::int32_t ready_replicas = 0;
  std::vector<windlass::api::meta::v1::Condition> conditions;
  windlass::api::UnknownFields unknown_fields;
};

WINDLASS_API_CUSTOM_RESOURCE(Widget, "example.com/v1", WidgetSpec, WidgetStatus);

}  // namespace example
