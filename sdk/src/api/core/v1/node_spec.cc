#include <windlass/api/core/v1/node_spec.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(NodeSpec, d) {
  d.doc("What the control plane decided about a Node.");
  d.field("podCIDR", &NodeSpec::pod_cidr).doc("The node's primary range of pod IPs.").proto(1);
  d.field("podCIDRs", &NodeSpec::pod_cidrs)
      .doc("The node's ranges of pod IPs, at most one per family, the first equal to podCIDR.")
      .list_set().patch_merge().proto(7);
  d.field("providerID", &NodeSpec::provider_id)
      .doc("The cloud provider's ID of the machine, as <provider>://<id>.").proto(3);
  d.field("unschedulable", &NodeSpec::unschedulable)
      .doc("Whether new pods are kept off the node (cordoned).").proto(4);
  d.field("taints", &NodeSpec::taints)
      .doc("Taints that repel pods which do not tolerate them.").list_atomic().proto(5);
  d.field("configSource", &NodeSpec::config_source)
      .doc("Dynamic kubelet configuration; no longer used by the kubelet.").proto(6);
  d.field("externalID", &NodeSpec::external_id).doc("Deprecated and ignored.").proto(2);
}

}  // namespace windlass::api::core::v1
