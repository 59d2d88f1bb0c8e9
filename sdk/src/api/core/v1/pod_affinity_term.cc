#include <windlass/api/core/v1/pod_affinity_term.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(PodAffinityTerm, d) {
  d.doc("Pods, selected by labels and namespaces, relative to which a topology domain is chosen.");
  d.field("labelSelector", &PodAffinityTerm::label_selector)
      .doc("Labels of the pods considered; none when unset.").proto(1);
  d.field("namespaces", &PodAffinityTerm::namespaces)
      .doc("Namespaces searched, together with namespaceSelector; the pod's own when both are "
           "empty.").list_atomic().proto(2);
  d.field("topologyKey", &PodAffinityTerm::topology_key)
      .doc("Node label whose value defines the domain, such as topology.kubernetes.io/zone.")
      .required().proto(3);
  d.field("namespaceSelector", &PodAffinityTerm::namespace_selector)
      .doc("Labels of the namespaces searched; all namespaces when empty.").proto(4);
  d.field("matchLabelKeys", &PodAffinityTerm::match_label_keys)
      .doc("Label keys whose values, taken from this pod, are ANDed into labelSelector.")
      .list_atomic().proto(5);
  d.field("mismatchLabelKeys", &PodAffinityTerm::mismatch_label_keys)
      .doc("Label keys whose values, taken from this pod, must differ in the pods considered.")
      .list_atomic().proto(6);
}

}  // namespace windlass::api::core::v1
