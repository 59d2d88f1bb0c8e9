// windlass/api/apps/v1/replica_set_status.h — apps/v1 ReplicaSetStatus: what the replica set
// controller last observed.
//
//   apps::v1::ReplicaSetStatus s{.replicas = 2, .fully_labeled_replicas = 2,
//                                .ready_replicas = 2, .available_replicas = 2,
//                                .observed_generation = 1};
#pragma once

#include <windlass/api/apps/v1/replica_set_condition.h>
#include <windlass/api/describe.h>

#include <cstdint>
#include <vector>

namespace windlass::api::apps::v1 {

// What the replica set controller last observed about a ReplicaSet's pods (upstream
// `appsv1.ReplicaSetStatus`).
struct ReplicaSetStatus {
  std::int32_t replicas = 0;
  std::int32_t fully_labeled_replicas = 0;
  std::int32_t ready_replicas = 0;
  std::int32_t available_replicas = 0;
  std::int64_t observed_generation = 0;
  std::vector<ReplicaSetCondition> conditions;
  UnknownFields unknown_fields;
  bool operator==(const ReplicaSetStatus&) const = default;
};
WINDLASS_API_DESCRIBED(ReplicaSetStatus);

}  // namespace windlass::api::apps::v1
