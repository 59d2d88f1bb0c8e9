#include <windlass/api/authorization/v1/subject_access_review_spec.h>

namespace windlass::api::authorization::v1 {

WINDLASS_API_DESCRIBE(SubjectAccessReviewSpec, d) {
  d.doc("The user and the action of an access review; exactly one of the attribute sets.");
  d.field("resourceAttributes", &SubjectAccessReviewSpec::resource_attributes)
      .doc("The action on an API resource; exclusive with nonResourceAttributes.").proto(1);
  d.field("nonResourceAttributes", &SubjectAccessReviewSpec::non_resource_attributes)
      .doc("The action on a non-resource URL; exclusive with resourceAttributes.").proto(2);
  d.field("user", &SubjectAccessReviewSpec::user)
      .doc("The user to check; with groups, at least one of the two is needed.").proto(3);
  d.field("groups", &SubjectAccessReviewSpec::groups)
      .doc("The groups of the user to check.").list_atomic().proto(4);
  // Protobuf: map<string, ExtraValue>, where ExtraValue is a message wrapping the list.
  d.field("extra", &SubjectAccessReviewSpec::extra)
      .doc("The user's extra attributes, as the authenticator would have set them.").proto(5);
  d.field("uid", &SubjectAccessReviewSpec::uid)
      .doc("The UID of the user to check.").proto(6);
}

}  // namespace windlass::api::authorization::v1
