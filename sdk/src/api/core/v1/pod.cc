#include <windlass/api/core/v1/pod.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(Pod, d) {
  d.doc("A group of containers scheduled together onto one node, sharing network and volumes.");
  d.field("apiVersion", &Pod::api_version).doc("API version of this representation; \"v1\".");
  d.field("kind", &Pod::kind).doc("Kind of this representation; \"Pod\".");
  d.field("metadata", &Pod::metadata).doc("Standard object metadata.").proto(1);
  d.field("spec", &Pod::spec).doc("What the pod should run and how.").proto(2);
  d.field("status", &Pod::status)
      .doc("What the kubelet and control plane last observed; written by the system.").proto(3);
}

WINDLASS_API_RESOURCE_INFO(Pod) {
  return {.group = "",
          .version = "v1",
          .kind = "Pod",
          .plural = "pods",
          .singular = "pod",
          .short_names = {"po"},
          .categories = {"all"},
          .status_subresource = true};
}

}  // namespace windlass::api::core::v1
