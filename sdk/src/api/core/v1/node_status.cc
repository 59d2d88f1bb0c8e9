#include <windlass/api/core/v1/node_status.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(NodeStatus, d) {
  d.doc("What the kubelet last reported about a Node.");
  d.field("capacity", &NodeStatus::capacity)
      .doc("All the node's resources, such as cpu, memory and pods.").proto(1);
  d.field("allocatable", &NodeStatus::allocatable)
      .doc("The resources left for pods; what scheduling counts against.").proto(2);
  d.field("phase", &NodeStatus::phase)
      .doc("Deprecated lifecycle phase; no longer set.")
      .enum_values({"Pending", "Running", "Terminated"}).proto(3);
  d.field("conditions", &NodeStatus::conditions)
      .doc("Observations such as Ready, MemoryPressure, DiskPressure and PIDPressure.")
      .list_map({"type"}).patch_merge("type").proto(4);
  d.field("addresses", &NodeStatus::addresses)
      .doc("The node's addresses, such as InternalIP and Hostname.")
      .list_map({"type"}).patch_merge("type").proto(5);
  d.field("daemonEndpoints", &NodeStatus::daemon_endpoints)
      .doc("Ports of the daemons running on the node.").proto(6);
  d.field("nodeInfo", &NodeStatus::node_info)
      .doc("Versions and IDs of the machine, its OS and its Kubernetes components.").proto(7);
  d.field("images", &NodeStatus::images)
      .doc("Container images on the node.").list_atomic().proto(8);
  d.field("volumesInUse", &NodeStatus::volumes_in_use)
      .doc("Unique names of the attachable volumes in use on the node.").list_atomic().proto(9);
  d.field("volumesAttached", &NodeStatus::volumes_attached)
      .doc("Volumes attached to the node.").list_atomic().proto(10);
  d.field("config", &NodeStatus::config)
      .doc("State of dynamic kubelet configuration; no longer reported.").proto(11);
  d.field("runtimeHandlers", &NodeStatus::runtime_handlers)
      .doc("The container runtime's handlers and what each supports.").list_atomic().proto(12);
  d.field("features", &NodeStatus::features)
      .doc("Optional features the node implements.").proto(13);
}

}  // namespace windlass::api::core::v1
