#include <windlass/api/core/v1/config_map_projection.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(ConfigMapProjection, d) {
  d.doc("A ConfigMap's keys in a projected volume.");
  d.field("name", &ConfigMapProjection::name).doc("Name of the ConfigMap.").default_value("").proto_embedded(1, 1);
  d.field("items", &ConfigMapProjection::items)
      .doc("Which keys to project and where; all keys when empty.").list_atomic().proto(2);
  d.field("optional", &ConfigMapProjection::optional)
      .doc("Whether a missing ConfigMap or key is tolerated.").proto(4);
}

}  // namespace windlass::api::core::v1
