// windlass/api/authentication/v1/token_request_status.h — authentication/v1 TokenRequestStatus,
// the token issued and when it expires.
//
// The token is a signed JWT; treat it as a secret. `expirationTimestamp` is when it stops
// being accepted.
//
//   std::string bearer = reply.status.token;
#pragma once

#include <windlass/api/describe.h>
#include <windlass/core/time.h>

#include <string>

namespace windlass::api::authentication::v1 {

// An issued service account token (upstream `authenticationv1.TokenRequestStatus`).
struct TokenRequestStatus {
  std::string token;
  Time expiration_timestamp;
  UnknownFields unknown_fields;
  bool operator==(const TokenRequestStatus&) const = default;
};
WINDLASS_API_DESCRIBED(TokenRequestStatus);

}  // namespace windlass::api::authentication::v1
