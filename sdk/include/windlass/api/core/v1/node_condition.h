// windlass/api/core/v1/node_condition.h — core/v1 NodeCondition: one observation about a node.
//
//   core::v1::NodeCondition c{.type = "Ready", .status = "True", .reason = "KubeletReady"};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/core/time.h>

#include <string>

namespace windlass::api::core::v1 {

// One observation about a node (upstream `corev1.NodeCondition`).
struct NodeCondition {
  std::string type;
  std::string status;
  Time last_heartbeat_time;
  Time last_transition_time;
  std::string reason;
  std::string message;
  UnknownFields unknown_fields;
  bool operator==(const NodeCondition&) const = default;
};
WINDLASS_API_DESCRIBED(NodeCondition);

}  // namespace windlass::api::core::v1
