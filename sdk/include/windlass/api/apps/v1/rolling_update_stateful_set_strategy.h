// windlass/api/apps/v1/rolling_update_stateful_set_strategy.h — apps/v1
// RollingUpdateStatefulSetStrategy: which ordinals a StatefulSet rolling update touches and how
// many at once.
//
//   apps::v1::RollingUpdateStatefulSetStrategy r{.partition = 2};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/core/int_or_string.h>

#include <cstdint>
#include <optional>

namespace windlass::api::apps::v1 {

// Which ordinals a StatefulSet rolling update replaces, and how many pods may be down at once
// (upstream `appsv1.RollingUpdateStatefulSetStrategy`).
struct RollingUpdateStatefulSetStrategy {
  std::optional<std::int32_t> partition;
  std::optional<IntOrString> max_unavailable;
  UnknownFields unknown_fields;
  bool operator==(const RollingUpdateStatefulSetStrategy&) const = default;
};
WINDLASS_API_DESCRIBED(RollingUpdateStatefulSetStrategy);

}  // namespace windlass::api::apps::v1
