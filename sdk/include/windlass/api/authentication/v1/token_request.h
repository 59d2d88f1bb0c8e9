// windlass/api/authentication/v1/token_request.h — authentication/v1 TokenRequest, the body of
// the `serviceaccounts/<name>/token` subresource.
//
// Creating a TokenRequest for a ServiceAccount issues a short-lived, audience-bound token for
// it (this is what `kubectl create token` does); the token and its expiry come back in
// `status`. The token may be bound to a Pod, Secret or Node so that it stops working when that
// object is deleted. Like autoscaling/v1 Scale, TokenRequest is not a resource of its own, so
// it has no ResourceInfo; `metadata` is the ServiceAccount's name and namespace.
//
//   authentication::v1::TokenRequest req{
//       .spec = {.audiences = {"https://kubernetes.default.svc.cluster.local"},
//                .expiration_seconds = 3600}};
//   // POST /api/v1/namespaces/ops/serviceaccounts/deployer/token
#pragma once

#include <windlass/api/authentication/v1/token_request_spec.h>
#include <windlass/api/authentication/v1/token_request_status.h>
#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/object_meta.h>

#include <string>

namespace windlass::api::authentication::v1 {

// A request for a service account token, and the token issued (upstream
// `authenticationv1.TokenRequest`).
struct TokenRequest {
  std::string api_version = "authentication.k8s.io/v1";
  std::string kind = "TokenRequest";
  meta::v1::ObjectMeta metadata;
  TokenRequestSpec spec;
  TokenRequestStatus status;
  UnknownFields unknown_fields;
  bool operator==(const TokenRequest&) const = default;
};
WINDLASS_API_DESCRIBED(TokenRequest);

}  // namespace windlass::api::authentication::v1
