#include <windlass/api/meta/v1/label_selector.h>

namespace windlass::api::meta::v1 {

WINDLASS_API_DESCRIBE(LabelSelector, d) {
  d.doc("A label query; every matchLabels pair and every matchExpressions entry must hold. An "
        "empty selector matches all objects.");
  d.field("matchLabels", &LabelSelector::match_labels)
      .doc("Labels that must be present with exactly these values.").proto(1);
  d.field("matchExpressions", &LabelSelector::match_expressions)
      .doc("Set-based requirements on labels.").list_atomic().proto(2);
}

}  // namespace windlass::api::meta::v1
