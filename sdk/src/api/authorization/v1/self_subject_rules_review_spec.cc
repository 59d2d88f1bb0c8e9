#include <windlass/api/authorization/v1/self_subject_rules_review_spec.h>

namespace windlass::api::authorization::v1 {

WINDLASS_API_DESCRIBE(SelfSubjectRulesReviewSpec, d) {
  d.doc("The namespace whose rules a SelfSubjectRulesReview lists.");
  d.field("namespace", &SelfSubjectRulesReviewSpec::namespace_)
      .doc("The namespace to list the caller's rules in.").proto(1);
}

}  // namespace windlass::api::authorization::v1
