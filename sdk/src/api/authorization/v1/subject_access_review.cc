#include <windlass/api/authorization/v1/subject_access_review.h>

namespace windlass::api::authorization::v1 {

WINDLASS_API_DESCRIBE(SubjectAccessReview, d) {
  d.doc("Asks whether a given user may perform an action.");
  d.field("apiVersion", &SubjectAccessReview::api_version)
      .doc("API version of this representation; \"authorization.k8s.io/v1\".");
  d.field("kind", &SubjectAccessReview::kind)
      .doc("Kind of this representation; \"SubjectAccessReview\".");
  d.field("metadata", &SubjectAccessReview::metadata)
      .doc("Standard object metadata; usually empty, since reviews are not stored.").proto(1);
  d.field("spec", &SubjectAccessReview::spec)
      .doc("The user and the action to check.")
      .required().proto(2);
  d.field("status", &SubjectAccessReview::status)
      .doc("The decision, filled in by the server.").proto(3);
}

WINDLASS_API_RESOURCE_INFO(SubjectAccessReview) {
  return {.group = "authorization.k8s.io",
          .version = "v1",
          .kind = "SubjectAccessReview",
          .plural = "subjectaccessreviews",
          .singular = "subjectaccessreview",
          .namespaced = false};
}

}  // namespace windlass::api::authorization::v1
