// windlass/api/apps/v1/stateful_set_update_strategy.h — apps/v1 StatefulSetUpdateStrategy: how a
// StatefulSet replaces its pods when the template changes.
//
//   apps::v1::StatefulSetUpdateStrategy s{
//       .type = "RollingUpdate",
//       .rolling_update = apps::v1::RollingUpdateStatefulSetStrategy{.partition = 2}};
#pragma once

#include <windlass/api/apps/v1/rolling_update_stateful_set_strategy.h>
#include <windlass/api/describe.h>

#include <optional>
#include <string>

namespace windlass::api::apps::v1 {

// How a StatefulSet replaces its pods when the template changes (upstream
// `appsv1.StatefulSetUpdateStrategy`).
struct StatefulSetUpdateStrategy {
  std::string type;
  std::optional<RollingUpdateStatefulSetStrategy> rolling_update;
  UnknownFields unknown_fields;
  bool operator==(const StatefulSetUpdateStrategy&) const = default;
};
WINDLASS_API_DESCRIBED(StatefulSetUpdateStrategy);

}  // namespace windlass::api::apps::v1
