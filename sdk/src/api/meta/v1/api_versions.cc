#include <windlass/api/meta/v1/api_versions.h>

namespace windlass::api::meta::v1 {

WINDLASS_API_DESCRIBE(APIVersions, d) {
  d.doc("The API versions of the core group, served at /api.");
  d.field("apiVersion", &APIVersions::api_version)
      .doc("API version of this representation; kube-apiserver leaves it empty.");
  d.field("kind", &APIVersions::kind).doc("Kind of this representation; \"APIVersions\".");
  d.field("versions", &APIVersions::versions)
      .doc("The core group's versions; v1.").required().list_atomic().proto(1);
  d.field("serverAddressByClientCIDRs", &APIVersions::server_address_by_client_cidrs)
      .doc("Which server address clients in which networks should use.")
      .required().list_atomic().proto(2);
}

}  // namespace windlass::api::meta::v1
