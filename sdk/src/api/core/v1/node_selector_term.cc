#include <windlass/api/core/v1/node_selector_term.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(NodeSelectorTerm, d) {
  d.doc("Node requirements that must all hold (AND); an empty term matches nothing.");
  d.field("matchExpressions", &NodeSelectorTerm::match_expressions)
      .doc("Requirements on node labels.").list_atomic().proto(1);
  d.field("matchFields", &NodeSelectorTerm::match_fields)
      .doc("Requirements on node fields (metadata.name).").list_atomic().proto(2);
}

}  // namespace windlass::api::core::v1
