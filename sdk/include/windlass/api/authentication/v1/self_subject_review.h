// windlass/api/authentication/v1/self_subject_review.h — the authentication/v1
// SelfSubjectReview kind.
//
// A SelfSubjectReview asks the API server who the caller is: create an empty one and the
// response's `status.userInfo` is the user the request authenticated as, after any
// impersonation (`kubectl auth whoami`). It is cluster-scoped, create-only and never stored.
//
//   authentication::v1::SelfSubjectReview ssr;
//   // POST /apis/authentication.k8s.io/v1/selfsubjectreviews; then:
//   std::string me = reply.status.user_info.username;
#pragma once

#include <windlass/api/authentication/v1/self_subject_review_status.h>
#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/object_meta.h>
#include <windlass/api/resource.h>

#include <string>

namespace windlass::api::authentication::v1 {

// A request for the caller's own identity, and its answer (upstream
// `authenticationv1.SelfSubjectReview`).
struct SelfSubjectReview {
  std::string api_version = "authentication.k8s.io/v1";
  std::string kind = "SelfSubjectReview";
  meta::v1::ObjectMeta metadata;
  SelfSubjectReviewStatus status;
  UnknownFields unknown_fields;
  bool operator==(const SelfSubjectReview&) const = default;
};
WINDLASS_API_DESCRIBED(SelfSubjectReview);
WINDLASS_API_RESOURCE(SelfSubjectReview);

}  // namespace windlass::api::authentication::v1
