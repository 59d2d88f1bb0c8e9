// windlass/api/apps/v1/daemon_set_status.h — apps/v1 DaemonSetStatus: what the daemon set
// controller last observed.
//
//   apps::v1::DaemonSetStatus s{.current_number_scheduled = 3, .desired_number_scheduled = 3,
//                               .number_ready = 3};
#pragma once

#include <windlass/api/apps/v1/daemon_set_condition.h>
#include <windlass/api/describe.h>

#include <cstdint>
#include <optional>
#include <vector>

namespace windlass::api::apps::v1 {

// What the daemon set controller last observed about a DaemonSet's pods and nodes (upstream
// `appsv1.DaemonSetStatus`).
struct DaemonSetStatus {
  std::int32_t current_number_scheduled = 0;
  std::int32_t number_misscheduled = 0;
  std::int32_t desired_number_scheduled = 0;
  std::int32_t number_ready = 0;
  std::int64_t observed_generation = 0;
  std::int32_t updated_number_scheduled = 0;
  std::int32_t number_available = 0;
  std::int32_t number_unavailable = 0;
  std::optional<std::int32_t> collision_count;
  std::vector<DaemonSetCondition> conditions;
  UnknownFields unknown_fields;
  bool operator==(const DaemonSetStatus&) const = default;
};
WINDLASS_API_DESCRIBED(DaemonSetStatus);

}  // namespace windlass::api::apps::v1
