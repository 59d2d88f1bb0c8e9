#include <windlass/api/core/v1/node_selector_requirement.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(NodeSelectorRequirement, d) {
  d.doc("One requirement on a node label or field.");
  d.field("key", &NodeSelectorRequirement::key).doc("Label key or field name.").required().proto(1);
  d.field("operator", &NodeSelectorRequirement::operator_)
      .doc("In, NotIn, Exists, DoesNotExist, Gt or Lt.").required().proto(2);
  d.field("values", &NodeSelectorRequirement::values)
      .doc("Values to compare with; one integer for Gt and Lt, none for Exists.")
      .list_atomic().proto(3);
}

}  // namespace windlass::api::core::v1
