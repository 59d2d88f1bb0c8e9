#include <windlass/api/core/v1/pod_status.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(PodStatus, d) {
  d.doc("What was last observed about a pod; it may lag behind reality.");
  d.field("phase", &PodStatus::phase)
      .doc("Coarse lifecycle stage: Pending, Running, Succeeded, Failed or Unknown.").proto(1);
  d.field("conditions", &PodStatus::conditions)
      .doc("Observations such as PodScheduled, Initialized, ContainersReady and Ready.")
      .list_map({"type"}).patch_merge("type").proto(2);
  d.field("message", &PodStatus::message)
      .doc("Human-readable detail on why the pod is in its state.").proto(3);
  d.field("reason", &PodStatus::reason)
      .doc("Short CamelCase cause of the pod's state, such as Evicted.").proto(4);
  d.field("nominatedNodeName", &PodStatus::nominated_node_name)
      .doc("Node on which preemption made room for this pod; not a binding.").proto(11);
  d.field("hostIP", &PodStatus::host_ip).doc("Primary IP of the node the pod runs on.").proto(5);
  d.field("hostIPs", &PodStatus::host_ips)
      .doc("All IPs of the node, primary first (at most one per family).")
      .list_atomic().patch_merge("ip").proto(16);
  d.field("podIP", &PodStatus::pod_ip).doc("Primary IP of the pod.").proto(6);
  d.field("podIPs", &PodStatus::pod_ips)
      .doc("All IPs of the pod, primary first (at most one per family).")
      .list_map({"ip"}).patch_merge("ip").proto(12);
  d.field("startTime", &PodStatus::start_time)
      .doc("When the kubelet accepted the pod, before images were pulled.").proto(7);
  d.field("initContainerStatuses", &PodStatus::init_container_statuses)
      .doc("Status of each init container.").list_atomic().proto(10);
  d.field("containerStatuses", &PodStatus::container_statuses)
      .doc("Status of each app container.").list_atomic().proto(8);
  d.field("qosClass", &PodStatus::qos_class)
      .doc("Quality-of-service class from the resources: Guaranteed, Burstable or BestEffort.")
      .proto(9);
  d.field("ephemeralContainerStatuses", &PodStatus::ephemeral_container_statuses)
      .doc("Status of each ephemeral container.").list_atomic().proto(13);
  d.field("resize", &PodStatus::resize)
      .doc("Progress of an in-place resource resize: Proposed, InProgress, Deferred or Infeasible.")
      .proto(14);
  d.field("resourceClaimStatuses", &PodStatus::resource_claim_statuses)
      .doc("The ResourceClaim generated for each claim of the pod from a template.")
      .list_map({"name"}).patch_merge("name").patch_strategy("merge,retainKeys").proto(15);
}

}  // namespace windlass::api::core::v1
