// windlass/api/authorization/v1/subject_access_review.h — the authorization/v1
// SubjectAccessReview kind.
//
// A SubjectAccessReview asks the API server's authorizers whether some user (`spec.user`,
// `spec.groups`, `spec.extra`) may perform an action: a verb on a resource
// (`spec.resourceAttributes`) or on a non-resource URL (`spec.nonResourceAttributes`). The
// answer is in `status.allowed`. It is cluster-scoped, create-only and never stored; webhook
// authorizers receive the same object. For the caller's own permissions use
// SelfSubjectAccessReview, within one namespace LocalSubjectAccessReview.
//
//   authorization::v1::SubjectAccessReview sar{.spec = {
//       .resource_attributes = authorization::v1::ResourceAttributes{
//           .namespace_ = "prod", .verb = "delete", .group = "apps", .resource = "deployments"},
//       .user = "alice", .groups = {"developers"}}};
//   // POST /apis/authorization.k8s.io/v1/subjectaccessreviews; then reply.status.allowed
#pragma once

#include <windlass/api/authorization/v1/subject_access_review_spec.h>
#include <windlass/api/authorization/v1/subject_access_review_status.h>
#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/object_meta.h>
#include <windlass/api/resource.h>

#include <string>

namespace windlass::api::authorization::v1 {

// Whether a given user may perform an action (upstream `authorizationv1.SubjectAccessReview`).
struct SubjectAccessReview {
  std::string api_version = "authorization.k8s.io/v1";
  std::string kind = "SubjectAccessReview";
  meta::v1::ObjectMeta metadata;
  SubjectAccessReviewSpec spec;
  SubjectAccessReviewStatus status;
  UnknownFields unknown_fields;
  bool operator==(const SubjectAccessReview&) const = default;
};
WINDLASS_API_DESCRIBED(SubjectAccessReview);
WINDLASS_API_RESOURCE(SubjectAccessReview);

}  // namespace windlass::api::authorization::v1
