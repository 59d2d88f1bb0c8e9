#include <windlass/api/core/v1/topology_spread_constraint.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(TopologySpreadConstraint, d) {
  d.doc("How evenly matching pods must spread over the domains of a topology key.");
  d.field("maxSkew", &TopologySpreadConstraint::max_skew)
      .doc("Largest allowed difference in matching pods between two domains.").required().proto(1);
  d.field("topologyKey", &TopologySpreadConstraint::topology_key)
      .doc("Node label whose value defines a domain.").required().proto(2);
  d.field("whenUnsatisfiable", &TopologySpreadConstraint::when_unsatisfiable)
      .doc("DoNotSchedule or ScheduleAnyway.").required().proto(3);
  d.field("labelSelector", &TopologySpreadConstraint::label_selector)
      .doc("Pods counted in each domain.").proto(4);
  d.field("minDomains", &TopologySpreadConstraint::min_domains)
      .doc("Fewest eligible domains assumed, with DoNotSchedule.").proto(5);
  d.field("nodeAffinityPolicy", &TopologySpreadConstraint::node_affinity_policy)
      .doc("Whether nodeSelector and affinity limit the domains: Honor (default) or Ignore.")
      .proto(6);
  d.field("nodeTaintsPolicy", &TopologySpreadConstraint::node_taints_policy)
      .doc("Whether taints limit the domains: Honor or Ignore (default).").proto(7);
  d.field("matchLabelKeys", &TopologySpreadConstraint::match_label_keys)
      .doc("Label keys whose values, taken from this pod, narrow the pods counted.")
      .list_atomic().proto(8);
}

}  // namespace windlass::api::core::v1
