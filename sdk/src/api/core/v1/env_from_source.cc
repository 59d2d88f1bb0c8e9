#include <windlass/api/core/v1/env_from_source.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(EnvFromSource, d) {
  d.doc("A source whose keys all become environment variables.");
  d.field("prefix", &EnvFromSource::prefix)
      .doc("Prepended to every key; must be a C identifier.").proto(1);
  d.field("configMapRef", &EnvFromSource::config_map_ref).doc("The ConfigMap to read.").proto(2);
  d.field("secretRef", &EnvFromSource::secret_ref).doc("The Secret to read.").proto(3);
}

}  // namespace windlass::api::core::v1
