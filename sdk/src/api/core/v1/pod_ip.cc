#include <windlass/api/core/v1/pod_ip.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(PodIP, d) {
  d.doc("One IP address of a pod.");
  d.field("ip", &PodIP::ip).doc("The address.").required().proto(1);
}

}  // namespace windlass::api::core::v1
