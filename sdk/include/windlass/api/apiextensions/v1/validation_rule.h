// windlass/api/apiextensions/v1/validation_rule.h — apiextensions/v1 ValidationRule, a CEL rule
// in a CRD schema's `x-kubernetes-validations`.
//
// `rule` is a CEL expression over `self` (the value at this schema node) and, for transition
// rules, `oldSelf`; the write is rejected when it evaluates to false. The error shown is
// `message`, or the string `messageExpression` computes; `reason` picks the HTTP error and
// `fieldPath` the field the error is reported on. The list is keyed by `rule`.
//
//   apiextensions::v1::ValidationRule r{.rule = "self.minReplicas <= self.maxReplicas",
//                                       .message = "minReplicas must not exceed maxReplicas"};
#pragma once

#include <windlass/api/describe.h>

#include <optional>
#include <string>

namespace windlass::api::apiextensions::v1 {

// A CEL validation rule of a schema node (upstream `apiextensionsv1.ValidationRule`).
struct ValidationRule {
  std::string rule;
  std::string message;
  std::string message_expression;
  std::optional<std::string> reason;  // FieldValueInvalid, FieldValueForbidden, …
  std::string field_path;
  std::optional<bool> optional_old_self;
  UnknownFields unknown_fields;
  bool operator==(const ValidationRule&) const = default;
};
WINDLASS_API_DESCRIBED(ValidationRule);

}  // namespace windlass::api::apiextensions::v1
