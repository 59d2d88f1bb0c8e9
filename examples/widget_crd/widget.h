// A custom resource declared with Windlass: plain structs plus one description each.
#pragma once

#include <windlass/api/meta/v1/condition.h>
#include <windlass/api/meta/v1/object_meta.h>
#include <windlass/api/resource.h>

namespace example {

struct WidgetSpec {
  std::int32_t replicas = 1;
  std::string color;
  windlass::Quantity memory;
  windlass::api::UnknownFields unknown_fields;
};
WINDLASS_API_DESCRIBED(WidgetSpec);

struct WidgetStatus {
  std::int32_t ready_replicas = 0;
  std::vector<windlass::api::meta::v1::Condition> conditions;
  windlass::api::UnknownFields unknown_fields;
};
WINDLASS_API_DESCRIBED(WidgetStatus);

struct Widget {
  std::string api_version = "example.com/v1";
  std::string kind = "Widget";
  windlass::api::meta::v1::ObjectMeta metadata;
  WidgetSpec spec;
  WidgetStatus status;
  windlass::api::UnknownFields unknown_fields;
};
WINDLASS_API_DESCRIBED(Widget);
WINDLASS_API_RESOURCE(Widget);

}  // namespace example
