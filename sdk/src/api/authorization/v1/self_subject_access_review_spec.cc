#include <windlass/api/authorization/v1/self_subject_access_review_spec.h>

namespace windlass::api::authorization::v1 {

WINDLASS_API_DESCRIBE(SelfSubjectAccessReviewSpec, d) {
  d.doc("The action of a SelfSubjectAccessReview; exactly one of the attribute sets.");
  d.field("resourceAttributes", &SelfSubjectAccessReviewSpec::resource_attributes)
      .doc("The action on an API resource; exclusive with nonResourceAttributes.").proto(1);
  d.field("nonResourceAttributes", &SelfSubjectAccessReviewSpec::non_resource_attributes)
      .doc("The action on a non-resource URL; exclusive with resourceAttributes.").proto(2);
}

}  // namespace windlass::api::authorization::v1
