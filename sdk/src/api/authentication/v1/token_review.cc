#include <windlass/api/authentication/v1/token_review.h>

namespace windlass::api::authentication::v1 {

WINDLASS_API_DESCRIBE(TokenReview, d) {
  d.doc("Asks the API server whether a bearer token is valid and whose it is.");
  d.field("apiVersion", &TokenReview::api_version)
      .doc("API version of this representation; \"authentication.k8s.io/v1\".");
  d.field("kind", &TokenReview::kind).doc("Kind of this representation; \"TokenReview\".");
  d.field("metadata", &TokenReview::metadata)
      .doc("Standard object metadata; usually empty, since TokenReviews are not stored.")
      .proto(1);
  d.field("spec", &TokenReview::spec).doc("The token to authenticate.").required().proto(2);
  d.field("status", &TokenReview::status)
      .doc("The answer, filled in by the server.").proto(3);
}

WINDLASS_API_RESOURCE_INFO(TokenReview) {
  return {.group = "authentication.k8s.io",
          .version = "v1",
          .kind = "TokenReview",
          .plural = "tokenreviews",
          .singular = "tokenreview",
          .namespaced = false};
}

}  // namespace windlass::api::authentication::v1
