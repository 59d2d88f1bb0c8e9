#include <windlass/api/core/v1/secret_env_source.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(SecretEnvSource, d) {
  d.doc("A Secret whose keys become environment variables.");
  d.field("name", &SecretEnvSource::name).doc("Name of the Secret.").default_value("").proto_embedded(1, 1);
  d.field("optional", &SecretEnvSource::optional)
      .doc("Whether a missing Secret is tolerated.").proto(2);
}

}  // namespace windlass::api::core::v1
