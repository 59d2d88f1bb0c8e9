// windlass/api/apps/v1/stateful_set_status.h — apps/v1 StatefulSetStatus: what the stateful set
// controller last observed.
//
// `replicas` and `availableReplicas` have no omitempty upstream and are always written.
//
//   apps::v1::StatefulSetStatus s{.observed_generation = 1, .replicas = 3,
//                                 .ready_replicas = 3, .current_replicas = 3,
//                                 .updated_replicas = 3, .available_replicas = 3};
#pragma once

#include <windlass/api/apps/v1/stateful_set_condition.h>
#include <windlass/api/describe.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace windlass::api::apps::v1 {

// What the stateful set controller last observed about a StatefulSet's pods (upstream
// `appsv1.StatefulSetStatus`).
struct StatefulSetStatus {
  std::int64_t observed_generation = 0;
  std::int32_t replicas = 0;
  std::int32_t ready_replicas = 0;
  std::int32_t current_replicas = 0;
  std::int32_t updated_replicas = 0;
  std::string current_revision;
  std::string update_revision;
  std::optional<std::int32_t> collision_count;
  std::vector<StatefulSetCondition> conditions;
  std::int32_t available_replicas = 0;
  UnknownFields unknown_fields;
  bool operator==(const StatefulSetStatus&) const = default;
};
WINDLASS_API_DESCRIBED(StatefulSetStatus);

}  // namespace windlass::api::apps::v1
