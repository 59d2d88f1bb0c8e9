#include <windlass/api/authentication/v1/token_review_spec.h>

namespace windlass::api::authentication::v1 {

WINDLASS_API_DESCRIBE(TokenReviewSpec, d) {
  d.doc("The bearer token to authenticate and the audiences it must be valid for.");
  d.field("token", &TokenReviewSpec::token).doc("The opaque bearer token.").proto(1);
  d.field("audiences", &TokenReviewSpec::audiences)
      .doc("Audiences the token must be valid for, at least one of them; unset means the API "
           "server's audiences.")
      .list_atomic().proto(2);
}

}  // namespace windlass::api::authentication::v1
