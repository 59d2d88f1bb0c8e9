#include <windlass/api/meta/v1/field_selector_requirement.h>

namespace windlass::api::meta::v1 {

WINDLASS_API_DESCRIBE(FieldSelectorRequirement, d) {
  d.doc("A condition on one field: its path, an operator and the values it applies to.");
  d.field("key", &FieldSelectorRequirement::key)
      .doc("The field path the requirement is about, such as metadata.name.").required().proto(1);
  d.field("operator", &FieldSelectorRequirement::operator_)
      .doc("How the field relates to the values.")
      .enum_values({"In", "NotIn", "Exists", "DoesNotExist"}).required().proto(2);
  d.field("values", &FieldSelectorRequirement::values)
      .doc("Values for In and NotIn (at least one); must be empty for Exists and DoesNotExist.")
      .list_atomic().proto(3);
}

}  // namespace windlass::api::meta::v1
