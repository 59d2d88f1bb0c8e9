// windlass/api/authentication/v1/token_review_spec.h — authentication/v1 TokenReviewSpec, the
// token to authenticate.
//
// With `audiences` set, the token must be valid for at least one of them; the status then lists
// the ones it is valid for. Unset means the API server's own audiences.
//
//   authentication::v1::TokenReviewSpec s{.token = bearer};
#pragma once

#include <windlass/api/describe.h>

#include <string>
#include <vector>

namespace windlass::api::authentication::v1 {

// The bearer token a TokenReview asks about (upstream `authenticationv1.TokenReviewSpec`).
struct TokenReviewSpec {
  std::string token;
  std::vector<std::string> audiences;
  UnknownFields unknown_fields;
  bool operator==(const TokenReviewSpec&) const = default;
};
WINDLASS_API_DESCRIBED(TokenReviewSpec);

}  // namespace windlass::api::authentication::v1
