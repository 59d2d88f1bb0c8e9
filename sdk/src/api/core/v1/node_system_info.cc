#include <windlass/api/core/v1/node_system_info.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(NodeSystemInfo, d) {
  d.doc("Versions and IDs of a node's machine, OS and Kubernetes components.");
  d.field("machineID", &NodeSystemInfo::machine_id)
      .doc("The machine ID, as in /etc/machine-id.").required().proto(1);
  d.field("systemUUID", &NodeSystemInfo::system_uuid)
      .doc("The hardware's system UUID.").required().proto(2);
  d.field("bootID", &NodeSystemInfo::boot_id)
      .doc("The ID of the current boot; changes on reboot.").required().proto(3);
  d.field("kernelVersion", &NodeSystemInfo::kernel_version)
      .doc("The kernel's version, as uname -r prints it.").required().proto(4);
  d.field("osImage", &NodeSystemInfo::os_image)
      .doc("The OS distribution, as /etc/os-release names it.").required().proto(5);
  d.field("containerRuntimeVersion", &NodeSystemInfo::container_runtime_version)
      .doc("The container runtime and its version, as <runtime>://<version>.").required().proto(6);
  d.field("kubeletVersion", &NodeSystemInfo::kubelet_version)
      .doc("The kubelet's version.").required().proto(7);
  d.field("kubeProxyVersion", &NodeSystemInfo::kube_proxy_version)
      .doc("Deprecated: the kubelet cannot know kube-proxy's version; newer kubelets leave it "
           "empty.")
      .required().proto(8);
  d.field("operatingSystem", &NodeSystemInfo::operating_system)
      .doc("The operating system, such as linux or windows.").required().proto(9);
  d.field("architecture", &NodeSystemInfo::architecture)
      .doc("The CPU architecture, such as amd64 or arm64.").required().proto(10);
}

}  // namespace windlass::api::core::v1
