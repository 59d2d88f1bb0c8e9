#include <windlass/api/core/v1/secret.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(Secret, d) {
  d.doc("Sensitive data such as passwords, tokens or keys, stored as bytes by key.");
  d.field("apiVersion", &Secret::api_version).doc("API version of this representation; \"v1\".");
  d.field("kind", &Secret::kind).doc("Kind of this representation; \"Secret\".");
  d.field("metadata", &Secret::metadata).doc("Standard object metadata.").proto(1);
  d.field("immutable", &Secret::immutable)
      .doc("When true, data can no longer be changed; the Secret can only be deleted and "
           "recreated.")
      .proto(5);
  d.field("data", &Secret::data)
      .doc("The secret values by key, base64-encoded. Keys are letters, digits, '-', '_' or '.'.")
      .proto(2);
  d.field("stringData", &Secret::string_data)
      .doc("Write-only plain-text values, merged into data by the server (and winning over it); "
           "never returned on reads.")
      .proto(4);
  d.field("type", &Secret::type)
      .doc("What the secret holds and hence which keys it must have, such as Opaque or "
           "kubernetes.io/tls.")
      .proto(3);
}

WINDLASS_API_RESOURCE_INFO(Secret) {
  return {.group = "",
          .version = "v1",
          .kind = "Secret",
          .plural = "secrets",
          .singular = "secret"};
}

}  // namespace windlass::api::core::v1
