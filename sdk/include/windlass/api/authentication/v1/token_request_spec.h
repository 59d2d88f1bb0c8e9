// windlass/api/authentication/v1/token_request_spec.h — authentication/v1 TokenRequestSpec, the
// audiences, lifetime and binding of a requested token.
//
// `audiences` is required and always written. `expirationSeconds` and `boundObjectRef` are Go
// pointers without omitempty, so an unset one is written as `null`; the server may shorten or
// lengthen the lifetime and reports the real expiry in the status.
//
//   authentication::v1::TokenRequestSpec s{
//       .audiences = {"vault"}, .expiration_seconds = 600,
//       .bound_object_ref = authentication::v1::BoundObjectReference{
//           .kind = "Pod", .api_version = "v1", .name = "worker-0", .uid = pod_uid}};
#pragma once

#include <windlass/api/authentication/v1/bound_object_reference.h>
#include <windlass/api/describe.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace windlass::api::authentication::v1 {

// What a requested token is for and how long it lives (upstream
// `authenticationv1.TokenRequestSpec`).
struct TokenRequestSpec {
  std::vector<std::string> audiences;
  std::optional<std::int64_t> expiration_seconds;
  std::optional<BoundObjectReference> bound_object_ref;
  UnknownFields unknown_fields;
  bool operator==(const TokenRequestSpec&) const = default;
};
WINDLASS_API_DESCRIBED(TokenRequestSpec);

}  // namespace windlass::api::authentication::v1
