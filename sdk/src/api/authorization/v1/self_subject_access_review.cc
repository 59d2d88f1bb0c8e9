#include <windlass/api/authorization/v1/self_subject_access_review.h>

namespace windlass::api::authorization::v1 {

WINDLASS_API_DESCRIBE(SelfSubjectAccessReview, d) {
  d.doc("Asks whether the caller may perform an action.");
  d.field("apiVersion", &SelfSubjectAccessReview::api_version)
      .doc("API version of this representation; \"authorization.k8s.io/v1\".");
  d.field("kind", &SelfSubjectAccessReview::kind)
      .doc("Kind of this representation; \"SelfSubjectAccessReview\".");
  d.field("metadata", &SelfSubjectAccessReview::metadata)
      .doc("Standard object metadata; usually empty, since reviews are not stored.").proto(1);
  d.field("spec", &SelfSubjectAccessReview::spec)
      .doc("The action to check; the user is the caller.")
      .required().proto(2);
  d.field("status", &SelfSubjectAccessReview::status)
      .doc("The decision, filled in by the server.").proto(3);
}

WINDLASS_API_RESOURCE_INFO(SelfSubjectAccessReview) {
  return {.group = "authorization.k8s.io",
          .version = "v1",
          .kind = "SelfSubjectAccessReview",
          .plural = "selfsubjectaccessreviews",
          .singular = "selfsubjectaccessreview",
          .namespaced = false};
}

}  // namespace windlass::api::authorization::v1
