#include <windlass/api/authorization/v1/subject_rules_review_status.h>

namespace windlass::api::authorization::v1 {

WINDLASS_API_DESCRIBE(SubjectRulesReviewStatus, d) {
  d.doc("The permissions a user has in a namespace, as far as the authorizers can list them.");
  d.field("resourceRules", &SubjectRulesReviewStatus::resource_rules)
      .doc("Allowed verbs on API resources; the order is not significant.")
      .required().list_atomic().proto(1);
  d.field("nonResourceRules", &SubjectRulesReviewStatus::non_resource_rules)
      .doc("Allowed verbs on non-resource URLs; the order is not significant.")
      .required().list_atomic().proto(2);
  d.field("incomplete", &SubjectRulesReviewStatus::incomplete)
      .doc("True when some authorizer cannot list its rules, so the lists may miss "
           "permissions.")
      .required().proto(3);
  d.field("evaluationError", &SubjectRulesReviewStatus::evaluation_error)
      .doc("A failure to evaluate some rules; the lists may be partial.").proto(4);
}

}  // namespace windlass::api::authorization::v1
