// windlass/api/apiextensions/v1/custom_resource_definition_condition.h — apiextensions/v1
// CustomResourceDefinitionCondition, one condition of a CRD.
//
// Like meta/v1 Condition but older: no observedGeneration, and reason and message are
// optional. Types include Established, NamesAccepted, NonStructuralSchema, Terminating and
// KubernetesAPIApprovalPolicyConformant.
//
//   apiextensions::v1::CustomResourceDefinitionCondition c{.type = "Established",
//                                                         .status = "True"};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/core/time.h>

#include <string>

namespace windlass::api::apiextensions::v1 {

// One observation about a CRD (upstream `apiextensionsv1.CustomResourceDefinitionCondition`).
struct CustomResourceDefinitionCondition {
  std::string type;
  std::string status;  // True, False, Unknown
  Time last_transition_time;
  std::string reason;
  std::string message;
  UnknownFields unknown_fields;
  bool operator==(const CustomResourceDefinitionCondition&) const = default;
};
WINDLASS_API_DESCRIBED(CustomResourceDefinitionCondition);

}  // namespace windlass::api::apiextensions::v1
