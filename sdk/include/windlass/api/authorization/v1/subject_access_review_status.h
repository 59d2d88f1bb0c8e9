// windlass/api/authorization/v1/subject_access_review_status.h — authorization/v1
// SubjectAccessReviewStatus, the answer to an access review.
//
// `allowed` is the decision and is always written. `denied` true means an authorizer denied
// the request outright (no later authorizer was asked); both false means no authorizer had an
// opinion. `reason` explains the decision; `evaluationError` reports a failure to evaluate,
// which does not by itself change the decision.
//
//   if (!reply.status.allowed) log(reply.status.reason);
#pragma once

#include <windlass/api/describe.h>

#include <string>

namespace windlass::api::authorization::v1 {

// The decision of an access review (upstream `authorizationv1.SubjectAccessReviewStatus`).
struct SubjectAccessReviewStatus {
  bool allowed = false;
  bool denied = false;
  std::string reason;
  std::string evaluation_error;
  UnknownFields unknown_fields;
  bool operator==(const SubjectAccessReviewStatus&) const = default;
};
WINDLASS_API_DESCRIBED(SubjectAccessReviewStatus);

}  // namespace windlass::api::authorization::v1
