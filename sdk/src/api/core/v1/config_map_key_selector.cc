#include <windlass/api/core/v1/config_map_key_selector.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(ConfigMapKeySelector, d) {
  d.doc("One key of a ConfigMap in the pod's namespace.");
  d.field("name", &ConfigMapKeySelector::name).doc("Name of the ConfigMap.").default_value("").proto_embedded(1, 1);
  d.field("key", &ConfigMapKeySelector::key).doc("The key to read.").required().proto(2);
  d.field("optional", &ConfigMapKeySelector::optional)
      .doc("Whether a missing ConfigMap or key is tolerated.").proto(3);
}

}  // namespace windlass::api::core::v1
