#include <windlass/api/authentication/v1/token_review_status.h>

namespace windlass::api::authentication::v1 {

WINDLASS_API_DESCRIBE(TokenReviewStatus, d) {
  d.doc("Whether a reviewed token is valid, and the user it authenticates.");
  d.field("authenticated", &TokenReviewStatus::authenticated)
      .doc("True when the token is valid for the requested audiences.").proto(1);
  d.field("user", &TokenReviewStatus::user)
      .doc("The user the token belongs to, when authenticated.").proto(2);
  d.field("audiences", &TokenReviewStatus::audiences)
      .doc("The requested audiences (or the API server's) the token is valid for.")
      .list_atomic().proto(4);
  d.field("error", &TokenReviewStatus::error)
      .doc("Why the token could not be checked; empty when the answer is definite.").proto(3);
}

}  // namespace windlass::api::authentication::v1
