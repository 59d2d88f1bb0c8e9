#include <windlass/api/authentication/v1/token_request_status.h>

namespace windlass::api::authentication::v1 {

WINDLASS_API_DESCRIBE(TokenRequestStatus, d) {
  d.doc("An issued service account token and its expiry.");
  d.field("token", &TokenRequestStatus::token).doc("The token itself.").required().proto(1);
  d.field("expirationTimestamp", &TokenRequestStatus::expiration_timestamp)
      .doc("When the token stops being accepted.").required().proto(2);
}

}  // namespace windlass::api::authentication::v1
