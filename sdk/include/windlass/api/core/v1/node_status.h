// windlass/api/core/v1/node_status.h — core/v1 NodeStatus: what the kubelet last reported about a
// Node.
//
// `capacity` is everything the node has; `allocatable` is what is left for pods after the system's
// reservations, and is what the scheduler uses. The Ready condition is the node's health as the
// node lifecycle controller sees it.
//
//   auto ready = std::ranges::find(node.status.conditions, "Ready",
//                                  &core::v1::NodeCondition::type);
#pragma once

#include <windlass/api/core/v1/attached_volume.h>
#include <windlass/api/core/v1/container_image.h>
#include <windlass/api/core/v1/node_address.h>
#include <windlass/api/core/v1/node_condition.h>
#include <windlass/api/core/v1/node_config_status.h>
#include <windlass/api/core/v1/node_daemon_endpoints.h>
#include <windlass/api/core/v1/node_features.h>
#include <windlass/api/core/v1/node_runtime_handler.h>
#include <windlass/api/core/v1/node_system_info.h>
#include <windlass/api/describe.h>
#include <windlass/core/quantity.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace windlass::api::core::v1 {

// What the kubelet last reported about a Node (upstream `corev1.NodeStatus`).
struct NodeStatus {
  std::map<std::string, Quantity> capacity;
  std::map<std::string, Quantity> allocatable;
  std::string phase;
  std::vector<NodeCondition> conditions;
  std::vector<NodeAddress> addresses;
  NodeDaemonEndpoints daemon_endpoints;
  NodeSystemInfo node_info;
  std::vector<ContainerImage> images;
  std::vector<std::string> volumes_in_use;
  std::vector<AttachedVolume> volumes_attached;
  std::optional<NodeConfigStatus> config;
  std::vector<NodeRuntimeHandler> runtime_handlers;
  std::optional<NodeFeatures> features;
  UnknownFields unknown_fields;
  bool operator==(const NodeStatus&) const = default;
};
WINDLASS_API_DESCRIBED(NodeStatus);

}  // namespace windlass::api::core::v1
