// windlass/api/apps/v1/replica_set_condition.h — apps/v1 ReplicaSetCondition: one observation about
// a ReplicaSet, such as ReplicaFailure.
//
//   apps::v1::ReplicaSetCondition c{.type = "ReplicaFailure", .status = "True",
//                                   .reason = "FailedCreate"};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/core/time.h>

#include <string>

namespace windlass::api::apps::v1 {

// One observation about a ReplicaSet, such as ReplicaFailure (upstream
// `appsv1.ReplicaSetCondition`).
struct ReplicaSetCondition {
  std::string type;
  std::string status;
  Time last_transition_time;
  std::string reason;
  std::string message;
  UnknownFields unknown_fields;
  bool operator==(const ReplicaSetCondition&) const = default;
};
WINDLASS_API_DESCRIBED(ReplicaSetCondition);

}  // namespace windlass::api::apps::v1
