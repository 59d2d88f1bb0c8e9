// windlass/api/core/v1/pod_status.h — core/v1 PodStatus: what was last observed about a pod; it may
// lag behind reality.
//
// Written by the kubelet and the scheduler through the status subresource; controllers read it.
//
//   bool ready = std::ranges::any_of(pod.status.conditions, [](const auto& c) {
//     return c.type == "Ready" && c.status == "True"; });
#pragma once

#include <windlass/api/core/v1/container_status.h>
#include <windlass/api/core/v1/host_ip.h>
#include <windlass/api/core/v1/pod_condition.h>
#include <windlass/api/core/v1/pod_ip.h>
#include <windlass/api/core/v1/pod_resource_claim_status.h>
#include <windlass/api/describe.h>
#include <windlass/core/time.h>

#include <optional>
#include <string>
#include <vector>

namespace windlass::api::core::v1 {

// What was last observed about a pod; it may lag behind reality (upstream `corev1.PodStatus`).
struct PodStatus {
  std::string phase;
  std::vector<PodCondition> conditions;
  std::string message;
  std::string reason;
  std::string nominated_node_name;
  std::string host_ip;
  std::vector<HostIP> host_ips;
  std::string pod_ip;
  std::vector<PodIP> pod_ips;
  std::optional<Time> start_time;
  std::vector<ContainerStatus> init_container_statuses;
  std::vector<ContainerStatus> container_statuses;
  std::string qos_class;
  std::vector<ContainerStatus> ephemeral_container_statuses;
  std::string resize;
  std::vector<PodResourceClaimStatus> resource_claim_statuses;
  UnknownFields unknown_fields;
  bool operator==(const PodStatus&) const = default;
};
WINDLASS_API_DESCRIBED(PodStatus);

}  // namespace windlass::api::core::v1
