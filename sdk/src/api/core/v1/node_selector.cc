#include <windlass/api/core/v1/node_selector.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(NodeSelector, d) {
  d.doc("Node selection; any of its terms may match (OR).");
  d.field("nodeSelectorTerms", &NodeSelector::node_selector_terms)
      .doc("The terms, ORed.").required().list_atomic().proto(1);
}

}  // namespace windlass::api::core::v1
