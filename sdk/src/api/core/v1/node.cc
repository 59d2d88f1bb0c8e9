#include <windlass/api/core/v1/node.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(Node, d) {
  d.doc("A machine that runs pods.");
  d.field("apiVersion", &Node::api_version).doc("API version of this representation; \"v1\".");
  d.field("kind", &Node::kind).doc("Kind of this representation; \"Node\".");
  d.field("metadata", &Node::metadata).doc("Standard object metadata.").proto(1);
  d.field("spec", &Node::spec).doc("What the control plane decided about the node.").proto(2);
  d.field("status", &Node::status)
      .doc("What the kubelet last reported about the node; written by the system.").proto(3);
}

WINDLASS_API_RESOURCE_INFO(Node) {
  return {.group = "",
          .version = "v1",
          .kind = "Node",
          .plural = "nodes",
          .singular = "node",
          .short_names = {"no"},
          .namespaced = false,
          .status_subresource = true,
          .printer_columns = {
              {.name = "Age", .type = "date", .json_path = ".metadata.creationTimestamp"},
              {.name = "Version", .type = "string", .json_path = ".status.nodeInfo.kubeletVersion"},
              {.name = "OS-Image", .type = "string", .json_path = ".status.nodeInfo.osImage",
               .priority = 1},
              {.name = "Kernel-Version", .type = "string",
               .json_path = ".status.nodeInfo.kernelVersion", .priority = 1},
              {.name = "Container-Runtime", .type = "string",
               .json_path = ".status.nodeInfo.containerRuntimeVersion", .priority = 1}}};
}

}  // namespace windlass::api::core::v1
