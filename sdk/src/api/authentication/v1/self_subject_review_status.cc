#include <windlass/api/authentication/v1/self_subject_review_status.h>

namespace windlass::api::authentication::v1 {

WINDLASS_API_DESCRIBE(SelfSubjectReviewStatus, d) {
  d.doc("The caller's identity, as answered to a SelfSubjectReview.");
  d.field("userInfo", &SelfSubjectReviewStatus::user_info)
      .doc("The user the request authenticated as, after impersonation.").proto(1);
}

}  // namespace windlass::api::authentication::v1
