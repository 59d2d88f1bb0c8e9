#include <windlass/api/core/v1/service_account_token_projection.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(ServiceAccountTokenProjection, d) {
  d.doc("A ServiceAccount token bound to the pod, refreshed by the kubelet.");
  d.field("audience", &ServiceAccountTokenProjection::audience)
      .doc("Intended audience; the API server's when empty.").proto(1);
  d.field("expirationSeconds", &ServiceAccountTokenProjection::expiration_seconds)
      .doc("Requested lifetime; default one hour, at least ten minutes.").proto(2);
  d.field("path", &ServiceAccountTokenProjection::path)
      .doc("File path of the token, relative to the mount point.").required().proto(3);
}

}  // namespace windlass::api::core::v1
