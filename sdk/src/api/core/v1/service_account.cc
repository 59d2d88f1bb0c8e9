#include <windlass/api/core/v1/service_account.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(ServiceAccount, d) {
  d.doc("An identity for processes running in pods, with the credentials it makes available "
        "to them.");
  d.field("apiVersion", &ServiceAccount::api_version)
      .doc("API version of this representation; \"v1\".");
  d.field("kind", &ServiceAccount::kind).doc("Kind of this representation; \"ServiceAccount\".");
  d.field("metadata", &ServiceAccount::metadata).doc("Standard object metadata.").proto(1);
  d.field("secrets", &ServiceAccount::secrets)
      .doc("Legacy: Secrets in the same namespace that pods of this account may use, such as "
           "long-lived token Secrets. Not used for new tokens.")
      .list_map({"name"}).patch_merge("name").proto(2);
  d.field("imagePullSecrets", &ServiceAccount::image_pull_secrets)
      .doc("Secrets in the same namespace added to every pod of this account for pulling "
           "images.")
      .list_atomic().proto(3);
  d.field("automountServiceAccountToken", &ServiceAccount::automount_service_account_token)
      .doc("Whether pods of this account get an API token mounted unless the pod says "
           "otherwise.")
      .proto(4);
}

WINDLASS_API_RESOURCE_INFO(ServiceAccount) {
  return {.group = "",
          .version = "v1",
          .kind = "ServiceAccount",
          .plural = "serviceaccounts",
          .singular = "serviceaccount",
          .short_names = {"sa"}};
}

}  // namespace windlass::api::core::v1
