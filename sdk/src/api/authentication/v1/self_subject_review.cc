#include <windlass/api/authentication/v1/self_subject_review.h>

namespace windlass::api::authentication::v1 {

WINDLASS_API_DESCRIBE(SelfSubjectReview, d) {
  d.doc("Asks the API server who the caller is authenticated as.");
  d.field("apiVersion", &SelfSubjectReview::api_version)
      .doc("API version of this representation; \"authentication.k8s.io/v1\".");
  d.field("kind", &SelfSubjectReview::kind)
      .doc("Kind of this representation; \"SelfSubjectReview\".");
  d.field("metadata", &SelfSubjectReview::metadata)
      .doc("Standard object metadata; usually empty, since the review is not stored.").proto(1);
  d.field("status", &SelfSubjectReview::status)
      .doc("The caller's identity, filled in by the server.").proto(2);
}

WINDLASS_API_RESOURCE_INFO(SelfSubjectReview) {
  return {.group = "authentication.k8s.io",
          .version = "v1",
          .kind = "SelfSubjectReview",
          .plural = "selfsubjectreviews",
          .singular = "selfsubjectreview",
          .namespaced = false};
}

}  // namespace windlass::api::authentication::v1
