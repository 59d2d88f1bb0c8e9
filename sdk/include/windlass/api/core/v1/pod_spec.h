// windlass/api/core/v1/pod_spec.h — core/v1 PodSpec: the desired shape of a pod: its containers,
// volumes, scheduling and security settings.
//
// List fields keyed by name (containers, volumes, ...) merge by that key under strategic merge
// patch and server-side apply. Optional Go pointers are std::optional: unset means "server
// default".
//
//   core::v1::PodSpec s{.containers = {{.name = "app", .image = "app:1"}},
//                       .restart_policy = "OnFailure",
//                       .node_selector = {{"kubernetes.io/os", "linux"}}};
#pragma once

#include <windlass/api/core/v1/affinity.h>
#include <windlass/api/core/v1/container.h>
#include <windlass/api/core/v1/ephemeral_container.h>
#include <windlass/api/core/v1/host_alias.h>
#include <windlass/api/core/v1/local_object_reference.h>
#include <windlass/api/core/v1/pod_dns_config.h>
#include <windlass/api/core/v1/pod_os.h>
#include <windlass/api/core/v1/pod_readiness_gate.h>
#include <windlass/api/core/v1/pod_resource_claim.h>
#include <windlass/api/core/v1/pod_scheduling_gate.h>
#include <windlass/api/core/v1/pod_security_context.h>
#include <windlass/api/core/v1/resource_requirements.h>
#include <windlass/api/core/v1/toleration.h>
#include <windlass/api/core/v1/topology_spread_constraint.h>
#include <windlass/api/core/v1/volume.h>
#include <windlass/api/describe.h>
#include <windlass/core/quantity.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace windlass::api::core::v1 {

// The desired shape of a pod: its containers, volumes, scheduling and security settings (upstream
// `corev1.PodSpec`).
struct PodSpec {
  std::vector<Volume> volumes;
  std::vector<Container> init_containers;
  std::vector<Container> containers;
  std::vector<EphemeralContainer> ephemeral_containers;
  std::string restart_policy;
  std::optional<std::int64_t> termination_grace_period_seconds;
  std::optional<std::int64_t> active_deadline_seconds;
  std::string dns_policy;
  std::map<std::string, std::string> node_selector;
  std::string service_account_name;
  std::string service_account;
  std::optional<bool> automount_service_account_token;
  std::string node_name;
  bool host_network = false;
  bool host_pid = false;
  bool host_ipc = false;
  std::optional<bool> share_process_namespace;
  std::optional<PodSecurityContext> security_context;
  std::vector<LocalObjectReference> image_pull_secrets;
  std::string hostname;
  std::string subdomain;
  std::optional<Affinity> affinity;
  std::string scheduler_name;
  std::vector<Toleration> tolerations;
  std::vector<HostAlias> host_aliases;
  std::string priority_class_name;
  std::optional<std::int32_t> priority;
  std::optional<PodDNSConfig> dns_config;
  std::vector<PodReadinessGate> readiness_gates;
  std::optional<std::string> runtime_class_name;
  std::optional<bool> enable_service_links;
  std::optional<std::string> preemption_policy;
  std::map<std::string, Quantity> overhead;
  std::vector<TopologySpreadConstraint> topology_spread_constraints;
  std::optional<bool> set_hostname_as_fqdn;
  std::optional<PodOS> os;
  std::optional<bool> host_users;
  std::vector<PodSchedulingGate> scheduling_gates;
  std::vector<PodResourceClaim> resource_claims;
  std::optional<ResourceRequirements> resources;
  UnknownFields unknown_fields;
  bool operator==(const PodSpec&) const = default;
};
WINDLASS_API_DESCRIBED(PodSpec);

}  // namespace windlass::api::core::v1
