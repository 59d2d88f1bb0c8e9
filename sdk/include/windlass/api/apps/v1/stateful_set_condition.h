// windlass/api/apps/v1/stateful_set_condition.h — apps/v1 StatefulSetCondition: one observation
// about a StatefulSet.
//
//   apps::v1::StatefulSetCondition c{.type = "Healthy", .status = "True"};  // a made-up type
#pragma once

#include <windlass/api/describe.h>
#include <windlass/core/time.h>

#include <string>

namespace windlass::api::apps::v1 {

// One observation about a StatefulSet (upstream `appsv1.StatefulSetCondition`).
struct StatefulSetCondition {
  std::string type;
  std::string status;
  Time last_transition_time;
  std::string reason;
  std::string message;
  UnknownFields unknown_fields;
  bool operator==(const StatefulSetCondition&) const = default;
};
WINDLASS_API_DESCRIBED(StatefulSetCondition);

}  // namespace windlass::api::apps::v1
