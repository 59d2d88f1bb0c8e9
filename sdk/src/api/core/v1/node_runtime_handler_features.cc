#include <windlass/api/core/v1/node_runtime_handler_features.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(NodeRuntimeHandlerFeatures, d) {
  d.doc("What a container runtime handler supports.");
  d.field("recursiveReadOnlyMounts", &NodeRuntimeHandlerFeatures::recursive_read_only_mounts)
      .doc("Whether read-only mounts can be made recursively read-only.").proto(1);
  d.field("userNamespaces", &NodeRuntimeHandlerFeatures::user_namespaces)
      .doc("Whether pods can run in user namespaces (hostUsers: false).").proto(2);
}

}  // namespace windlass::api::core::v1
