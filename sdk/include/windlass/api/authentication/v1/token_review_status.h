// windlass/api/authentication/v1/token_review_status.h — authentication/v1 TokenReviewStatus,
// the answer to a TokenReview.
//
// `authenticated` false with an empty `error` means the token is simply not valid; `error` is
// set when the authenticator could not decide. On success, `user` is who the token belongs to
// and `audiences` the requested audiences it is valid for.
//
//   if (st.authenticated && st.user.username == "system:serviceaccount:ops:deployer") …
#pragma once

#include <windlass/api/authentication/v1/user_info.h>
#include <windlass/api/describe.h>

#include <string>
#include <vector>

namespace windlass::api::authentication::v1 {

// Whether a token is valid and whose it is (upstream `authenticationv1.TokenReviewStatus`).
struct TokenReviewStatus {
  bool authenticated = false;
  UserInfo user;
  std::vector<std::string> audiences;
  std::string error;
  UnknownFields unknown_fields;
  bool operator==(const TokenReviewStatus&) const = default;
};
WINDLASS_API_DESCRIBED(TokenReviewStatus);

}  // namespace windlass::api::authentication::v1
