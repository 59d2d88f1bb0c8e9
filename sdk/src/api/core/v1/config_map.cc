#include <windlass/api/core/v1/config_map.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(ConfigMap, d) {
  d.doc("Non-secret configuration data, as strings and as binary values, for pods to consume.");
  d.field("apiVersion", &ConfigMap::api_version).doc("API version of this representation; \"v1\".");
  d.field("kind", &ConfigMap::kind).doc("Kind of this representation; \"ConfigMap\".");
  d.field("metadata", &ConfigMap::metadata).doc("Standard object metadata.").proto(1);
  d.field("immutable", &ConfigMap::immutable)
      .doc("When true, data and binaryData can no longer be changed; the ConfigMap can only be "
           "deleted and recreated.")
      .proto(4);
  d.field("data", &ConfigMap::data)
      .doc("UTF-8 configuration values by key. Keys are letters, digits, '-', '_' or '.' and "
           "must not also appear in binaryData.")
      .proto(2);
  d.field("binaryData", &ConfigMap::binary_data)
      .doc("Binary configuration values by key, base64-encoded. Keys must not also appear in "
           "data.")
      .proto(3);
}

WINDLASS_API_RESOURCE_INFO(ConfigMap) {
  return {.group = "",
          .version = "v1",
          .kind = "ConfigMap",
          .plural = "configmaps",
          .singular = "configmap",
          .short_names = {"cm"}};
}

}  // namespace windlass::api::core::v1
