// windlass/api/authorization/v1/self_subject_rules_review_spec.h — authorization/v1
// SelfSubjectRulesReviewSpec, the namespace whose rules to list.
//
//   authorization::v1::SelfSubjectRulesReviewSpec s{.namespace_ = "default"};
#pragma once

#include <windlass/api/describe.h>

#include <string>

namespace windlass::api::authorization::v1 {

// The namespace of a SelfSubjectRulesReview (upstream
// `authorizationv1.SelfSubjectRulesReviewSpec`).
struct SelfSubjectRulesReviewSpec {
  std::string namespace_;  // `namespace` is a C++ keyword
  UnknownFields unknown_fields;
  bool operator==(const SelfSubjectRulesReviewSpec&) const = default;
};
WINDLASS_API_DESCRIBED(SelfSubjectRulesReviewSpec);

}  // namespace windlass::api::authorization::v1
