// windlass/api/apps/v1/daemon_set_condition.h — apps/v1 DaemonSetCondition: one observation about a
// DaemonSet.
//
//   apps::v1::DaemonSetCondition c{.type = "Healthy", .status = "True"};  // a made-up type
#pragma once

#include <windlass/api/describe.h>
#include <windlass/core/time.h>

#include <string>

namespace windlass::api::apps::v1 {

// One observation about a DaemonSet (upstream `appsv1.DaemonSetCondition`).
struct DaemonSetCondition {
  std::string type;
  std::string status;
  Time last_transition_time;
  std::string reason;
  std::string message;
  UnknownFields unknown_fields;
  bool operator==(const DaemonSetCondition&) const = default;
};
WINDLASS_API_DESCRIBED(DaemonSetCondition);

}  // namespace windlass::api::apps::v1
