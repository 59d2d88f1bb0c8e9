#include <windlass/api/core/v1/node_config_status.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(NodeConfigStatus, d) {
  d.doc("State of a node's dynamic kubelet configuration.");
  d.field("assigned", &NodeConfigStatus::assigned)
      .doc("The configuration the node was asked to use.").proto(1);
  d.field("active", &NodeConfigStatus::active).doc("The configuration the node is using.").proto(2);
  d.field("lastKnownGood", &NodeConfigStatus::last_known_good)
      .doc("The configuration the node falls back to on errors.").proto(3);
  d.field("error", &NodeConfigStatus::error)
      .doc("The problem with the configuration, if any.").proto(4);
}

}  // namespace windlass::api::core::v1
