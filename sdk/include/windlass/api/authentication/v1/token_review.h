// windlass/api/authentication/v1/token_review.h — the authentication/v1 TokenReview kind.
//
// A TokenReview asks the API server who a bearer token belongs to: create one with the token
// in `spec`, and the response's `status` says whether the token is valid and, if so, the user
// it authenticates (name, uid, groups, extra attributes) and the audiences it is valid for.
// Nothing is stored: TokenReview is cluster-scoped and supports only `create`. Webhook token
// authenticators receive the same object.
//
//   authentication::v1::TokenReview tr{.spec = {.token = bearer,
//                                               .audiences = {"https://widgets.example.com"}}};
//   // POST /apis/authentication.k8s.io/v1/tokenreviews; then:
//   if (reply.status.authenticated) use(reply.status.user.username);
#pragma once

#include <windlass/api/authentication/v1/token_review_spec.h>
#include <windlass/api/authentication/v1/token_review_status.h>
#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/object_meta.h>
#include <windlass/api/resource.h>

#include <string>

namespace windlass::api::authentication::v1 {

// A request to authenticate a bearer token, and its answer (upstream
// `authenticationv1.TokenReview`).
struct TokenReview {
  std::string api_version = "authentication.k8s.io/v1";
  std::string kind = "TokenReview";
  meta::v1::ObjectMeta metadata;
  TokenReviewSpec spec;
  TokenReviewStatus status;
  UnknownFields unknown_fields;
  bool operator==(const TokenReview&) const = default;
};
WINDLASS_API_DESCRIBED(TokenReview);
WINDLASS_API_RESOURCE(TokenReview);

}  // namespace windlass::api::authentication::v1
