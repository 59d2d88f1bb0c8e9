#include <windlass/api/authentication/v1/token_request.h>

namespace windlass::api::authentication::v1 {

WINDLASS_API_DESCRIBE(TokenRequest, d) {
  d.doc("Requests a token for a service account, through its token subresource.");
  d.field("apiVersion", &TokenRequest::api_version)
      .doc("API version of this representation; \"authentication.k8s.io/v1\".");
  d.field("kind", &TokenRequest::kind).doc("Kind of this representation; \"TokenRequest\".");
  d.field("metadata", &TokenRequest::metadata)
      .doc("Name and namespace of the service account.").proto(1);
  d.field("spec", &TokenRequest::spec)
      .doc("The audiences, lifetime and binding of the token.").required().proto(2);
  d.field("status", &TokenRequest::status)
      .doc("The issued token, filled in by the server.").proto(3);
}

}  // namespace windlass::api::authentication::v1
