#include <windlass/api/authorization/v1/subject_access_review_status.h>

namespace windlass::api::authorization::v1 {

WINDLASS_API_DESCRIBE(SubjectAccessReviewStatus, d) {
  d.doc("The decision of an access review.");
  d.field("allowed", &SubjectAccessReviewStatus::allowed)
      .doc("True when the action is allowed.").required().proto(1);
  d.field("denied", &SubjectAccessReviewStatus::denied)
      .doc("True when an authorizer denied the action outright, so no other authorizer was "
           "asked. Never true together with allowed.")
      .proto(4);
  d.field("reason", &SubjectAccessReviewStatus::reason)
      .doc("Why the action was allowed or denied, for humans.").proto(2);
  d.field("evaluationError", &SubjectAccessReviewStatus::evaluation_error)
      .doc("A failure to evaluate some authorization rules; the decision may still be "
           "definite, for instance when another rule allowed the action.")
      .proto(3);
}

}  // namespace windlass::api::authorization::v1
