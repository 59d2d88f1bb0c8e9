#include <windlass/api/core/v1/node_config_source.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(NodeConfigSource, d) {
  d.doc("Where a node's dynamic kubelet configuration came from.");
  d.field("configMap", &NodeConfigSource::config_map)
      .doc("A ConfigMap that holds the configuration.").proto(2);
}

}  // namespace windlass::api::core::v1
