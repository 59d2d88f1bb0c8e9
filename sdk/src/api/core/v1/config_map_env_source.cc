#include <windlass/api/core/v1/config_map_env_source.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(ConfigMapEnvSource, d) {
  d.doc("A ConfigMap whose keys become environment variables.");
  d.field("name", &ConfigMapEnvSource::name).doc("Name of the ConfigMap.").default_value("").proto_embedded(1, 1);
  d.field("optional", &ConfigMapEnvSource::optional)
      .doc("Whether a missing ConfigMap is tolerated.").proto(2);
}

}  // namespace windlass::api::core::v1
