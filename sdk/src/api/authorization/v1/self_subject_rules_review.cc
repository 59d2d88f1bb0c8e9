#include <windlass/api/authorization/v1/self_subject_rules_review.h>

namespace windlass::api::authorization::v1 {

WINDLASS_API_DESCRIBE(SelfSubjectRulesReview, d) {
  d.doc("Lists the actions the caller may perform in a namespace.");
  d.field("apiVersion", &SelfSubjectRulesReview::api_version)
      .doc("API version of this representation; \"authorization.k8s.io/v1\".");
  d.field("kind", &SelfSubjectRulesReview::kind)
      .doc("Kind of this representation; \"SelfSubjectRulesReview\".");
  d.field("metadata", &SelfSubjectRulesReview::metadata)
      .doc("Standard object metadata; usually empty, since reviews are not stored.").proto(1);
  d.field("spec", &SelfSubjectRulesReview::spec)
      .doc("The namespace whose rules to list.")
      .required().proto(2);
  d.field("status", &SelfSubjectRulesReview::status)
      .doc("The rules, filled in by the server.").proto(3);
}

WINDLASS_API_RESOURCE_INFO(SelfSubjectRulesReview) {
  return {.group = "authorization.k8s.io",
          .version = "v1",
          .kind = "SelfSubjectRulesReview",
          .plural = "selfsubjectrulesreviews",
          .singular = "selfsubjectrulesreview",
          .namespaced = false};
}

}  // namespace windlass::api::authorization::v1
