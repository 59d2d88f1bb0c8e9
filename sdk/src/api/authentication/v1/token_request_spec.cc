#include <windlass/api/authentication/v1/token_request_spec.h>

namespace windlass::api::authentication::v1 {

WINDLASS_API_DESCRIBE(TokenRequestSpec, d) {
  d.doc("The audiences, lifetime and binding of a requested service account token.");
  d.field("audiences", &TokenRequestSpec::audiences)
      .doc("Who the token is meant for; recipients reject tokens not addressed to them. "
           "Empty means the API server's audiences.")
      .required().list_atomic().proto(1);
  d.field("expirationSeconds", &TokenRequestSpec::expiration_seconds)
      .doc("Requested lifetime in seconds; the server may adjust it.").always().proto(4);
  d.field("boundObjectRef", &TokenRequestSpec::bound_object_ref)
      .doc("An object whose deletion invalidates the token.").always().proto(3);
}

}  // namespace windlass::api::authentication::v1
