#include <windlass/api/core/v1/node_runtime_handler.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(NodeRuntimeHandler, d) {
  d.doc("One handler of a node's container runtime and what it supports.");
  d.field("name", &NodeRuntimeHandler::name)
      .doc("The handler's name, as a RuntimeClass names it; empty for the default handler.")
      .always().proto(1);
  d.field("features", &NodeRuntimeHandler::features).doc("What the handler supports.").proto(2);
}

}  // namespace windlass::api::core::v1
