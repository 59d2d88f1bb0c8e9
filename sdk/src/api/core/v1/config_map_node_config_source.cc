#include <windlass/api/core/v1/config_map_node_config_source.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(ConfigMapNodeConfigSource, d) {
  d.doc("A ConfigMap holding a node's kubelet configuration.");
  d.field("namespace", &ConfigMapNodeConfigSource::namespace_)
      .doc("Namespace of the ConfigMap.").required().proto(1);
  d.field("name", &ConfigMapNodeConfigSource::name)
      .doc("Name of the ConfigMap.").required().proto(2);
  d.field("uid", &ConfigMapNodeConfigSource::uid).doc("UID of the ConfigMap.").proto(3);
  d.field("resourceVersion", &ConfigMapNodeConfigSource::resource_version)
      .doc("resourceVersion of the ConfigMap.").proto(4);
  d.field("kubeletConfigKey", &ConfigMapNodeConfigSource::kubelet_config_key)
      .doc("The ConfigMap key that holds the configuration.").required().proto(5);
}

}  // namespace windlass::api::core::v1
