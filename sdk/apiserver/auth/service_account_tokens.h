// apiserver/auth/service_account_tokens.h — signing and checking service account tokens.
//
// `POST …/serviceaccounts/<name>/token` (what `kubectl create token` sends) answers with a JWT
// signed by the server's service account key, with the claims kube-apiserver puts in one
// (iss, sub, aud, exp, iat, nbf, jti, and the `kubernetes.io` claim naming the namespace,
// the service account and any bound object). TokenReview checks such tokens. The key is an EC
// P-256 key (ES256): quick to generate for in-process test servers, and accepted by every JWT
// library clients use. windlass-apiserver keeps it in its PKI directory as sa.key.
#pragma once

#include <windlass/core/json.h>
#include <windlass/core/result.h>

#include <memory>
#include <string>

namespace windlass::apiserver {

class ServiceAccountTokenKey {
 public:
  static Result<std::shared_ptr<const ServiceAccountTokenKey>> generate();
  static Result<std::shared_ptr<const ServiceAccountTokenKey>> from_pem(const std::string& private_key_pem);
  ~ServiceAccountTokenKey();

  const std::string& private_key_pem() const { return private_pem_; }
  // The JWT `kid`: base64url of the SHA-256 of the DER public key.
  const std::string& key_id() const { return key_id_; }
  // A compact JWS (header.payload.signature) over `claims`.
  Result<std::string> sign(const Json& claims) const;
  // The claims of a token this key signed; kUnauthorized for anything else (malformed, other
  // key, bad signature). Expiry and audience are the caller's to check.
  Result<Json> verify(const std::string& token) const;

 private:
  struct Impl;
  explicit ServiceAccountTokenKey(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
  std::string private_pem_;
  std::string key_id_;
};

// The issuer and default audience of the tokens, as on a kubeadm cluster.
inline constexpr const char* kServiceAccountIssuer = "https://kubernetes.default.svc.cluster.local";

}  // namespace windlass::apiserver
