#include <windlass/api/core/v1/topology_selector_term.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(TopologySelectorTerm, d) {
  d.doc("One set of topology label requirements, all of which must hold.");
  d.field("matchLabelExpressions", &TopologySelectorTerm::match_label_expressions)
      .doc("Label requirements, ANDed.").list_atomic().proto(1);
}

}  // namespace windlass::api::core::v1
