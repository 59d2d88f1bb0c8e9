#include <windlass/api/core/v1/affinity.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(Affinity, d) {
  d.doc("Scheduling preferences and constraints relative to nodes and other pods.");
  d.field("nodeAffinity", &Affinity::node_affinity).doc("Rules on node labels.").proto(1);
  d.field("podAffinity", &Affinity::pod_affinity)
      .doc("Rules to co-locate with matching pods.").proto(2);
  d.field("podAntiAffinity", &Affinity::pod_anti_affinity)
      .doc("Rules to keep away from matching pods.").proto(3);
}

}  // namespace windlass::api::core::v1
