#include <windlass/api/authorization/v1/local_subject_access_review.h>

namespace windlass::api::authorization::v1 {

WINDLASS_API_DESCRIBE(LocalSubjectAccessReview, d) {
  d.doc("Asks whether a given user may perform an action in the review's namespace.");
  d.field("apiVersion", &LocalSubjectAccessReview::api_version)
      .doc("API version of this representation; \"authorization.k8s.io/v1\".");
  d.field("kind", &LocalSubjectAccessReview::kind)
      .doc("Kind of this representation; \"LocalSubjectAccessReview\".");
  d.field("metadata", &LocalSubjectAccessReview::metadata)
      .doc("Standard object metadata; the namespace is the one checked.").proto(1);
  d.field("spec", &LocalSubjectAccessReview::spec)
      .doc("The user and the action to check; a resource namespace must match the review's.")
      .required().proto(2);
  d.field("status", &LocalSubjectAccessReview::status)
      .doc("The decision, filled in by the server.").proto(3);
}

WINDLASS_API_RESOURCE_INFO(LocalSubjectAccessReview) {
  return {.group = "authorization.k8s.io",
          .version = "v1",
          .kind = "LocalSubjectAccessReview",
          .plural = "localsubjectaccessreviews",
          .singular = "localsubjectaccessreview"};
}

}  // namespace windlass::api::authorization::v1
