#include <windlass/api/apiextensions/v1/validation_rule.h>

namespace windlass::api::apiextensions::v1 {

WINDLASS_API_DESCRIBE(ValidationRule, d) {
  d.doc("A CEL expression that values at a schema node must satisfy.");
  d.field("rule", &ValidationRule::rule)
      .doc("The CEL expression, over self (and oldSelf for transition rules); false rejects "
           "the write.")
      .required().proto(1);
  d.field("message", &ValidationRule::message)
      .doc("The error message when the rule fails.").proto(2);
  d.field("messageExpression", &ValidationRule::message_expression)
      .doc("A CEL expression computing the error message; takes precedence over message.")
      .proto(3);
  d.field("reason", &ValidationRule::reason)
      .doc("The kind of error reported when the rule fails; FieldValueInvalid when unset.")
      .enum_values({"FieldValueDuplicate", "FieldValueForbidden", "FieldValueInvalid",
                    "FieldValueRequired"})
      .proto(4);
  d.field("fieldPath", &ValidationRule::field_path)
      .doc("The field, relative to this node, that errors are reported on, such as .spec.size.")
      .proto(5);
  d.field("optionalOldSelf", &ValidationRule::optional_old_self)
      .doc("Evaluate a transition rule on create too, with oldSelf as an absent optional.")
      .proto(6);
}

}  // namespace windlass::api::apiextensions::v1
