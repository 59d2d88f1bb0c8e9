// windlass/api/authentication/v1/self_subject_review_status.h — authentication/v1
// SelfSubjectReviewStatus, the caller's identity as the server saw it.
//
//   for (const auto& g : reply.status.user_info.groups) …
#pragma once

#include <windlass/api/authentication/v1/user_info.h>
#include <windlass/api/describe.h>

namespace windlass::api::authentication::v1 {

// The answer to a SelfSubjectReview (upstream `authenticationv1.SelfSubjectReviewStatus`).
struct SelfSubjectReviewStatus {
  UserInfo user_info;
  UnknownFields unknown_fields;
  bool operator==(const SelfSubjectReviewStatus&) const = default;
};
WINDLASS_API_DESCRIBED(SelfSubjectReviewStatus);

}  // namespace windlass::api::authentication::v1
