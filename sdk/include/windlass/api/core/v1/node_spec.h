// windlass/api/core/v1/node_spec.h — core/v1 NodeSpec: what the control plane decided about a Node.
//
//   core::v1::NodeSpec s{.taints = {{.key = "dedicated", .value = "gpu",
//                                   .effect = "NoSchedule"}}};
#pragma once

#include <windlass/api/core/v1/node_config_source.h>
#include <windlass/api/core/v1/taint.h>
#include <windlass/api/describe.h>

#include <optional>
#include <string>
#include <vector>

namespace windlass::api::core::v1 {

// What the control plane decided about a Node (upstream `corev1.NodeSpec`).
struct NodeSpec {
  std::string pod_cidr;
  std::vector<std::string> pod_cidrs;
  std::string provider_id;
  bool unschedulable = false;
  std::vector<Taint> taints;
  std::optional<NodeConfigSource> config_source;
  std::string external_id;
  UnknownFields unknown_fields;
  bool operator==(const NodeSpec&) const = default;
};
WINDLASS_API_DESCRIBED(NodeSpec);

}  // namespace windlass::api::core::v1
