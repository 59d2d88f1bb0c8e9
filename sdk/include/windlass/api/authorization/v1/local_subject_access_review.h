// windlass/api/authorization/v1/local_subject_access_review.h — the authorization/v1
// LocalSubjectAccessReview kind.
//
// A SubjectAccessReview confined to one namespace: it is created in that namespace, and
// `spec.resourceAttributes.namespace` must be that namespace (or empty). This lets namespace
// administrators be allowed to check access in their own namespace only. Create-only, never
// stored.
//
//   authorization::v1::LocalSubjectAccessReview lsar{
//       .metadata = {.namespace_ = "team-a"},
//       .spec = {.resource_attributes = authorization::v1::ResourceAttributes{
//                    .namespace_ = "team-a", .verb = "get", .resource = "secrets"},
//                .user = "bob"}};
//   // POST /apis/authorization.k8s.io/v1/namespaces/team-a/localsubjectaccessreviews
#pragma once

#include <windlass/api/authorization/v1/subject_access_review_spec.h>
#include <windlass/api/authorization/v1/subject_access_review_status.h>
#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/object_meta.h>
#include <windlass/api/resource.h>

#include <string>

namespace windlass::api::authorization::v1 {

// Whether a given user may perform an action in one namespace (upstream
// `authorizationv1.LocalSubjectAccessReview`).
struct LocalSubjectAccessReview {
  std::string api_version = "authorization.k8s.io/v1";
  std::string kind = "LocalSubjectAccessReview";
  meta::v1::ObjectMeta metadata;
  SubjectAccessReviewSpec spec;
  SubjectAccessReviewStatus status;
  UnknownFields unknown_fields;
  bool operator==(const LocalSubjectAccessReview&) const = default;
};
WINDLASS_API_DESCRIBED(LocalSubjectAccessReview);
WINDLASS_API_RESOURCE(LocalSubjectAccessReview);

}  // namespace windlass::api::authorization::v1
