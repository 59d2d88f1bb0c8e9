#include <windlass/api/meta/v1/label_selector_requirement.h>

namespace windlass::api::meta::v1 {

WINDLASS_API_DESCRIBE(LabelSelectorRequirement, d) {
  d.doc("A condition on one label: its key, an operator and the values it applies to.");
  d.field("key", &LabelSelectorRequirement::key)
      .doc("The label key the requirement is about.").required().proto(1);
  d.field("operator", &LabelSelectorRequirement::operator_)
      .doc("How the label relates to the values.")
      .enum_values({"In", "NotIn", "Exists", "DoesNotExist"}).required().proto(2);
  d.field("values", &LabelSelectorRequirement::values)
      .doc("Values for In and NotIn (at least one); must be empty for Exists and DoesNotExist.")
      .list_atomic().proto(3);
}

}  // namespace windlass::api::meta::v1
