#include <windlass/api/core/v1/host_ip.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(HostIP, d) {
  d.doc("One IP address of a pod's node.");
  d.field("ip", &HostIP::ip).doc("The address.").required().proto(1);
}

}  // namespace windlass::api::core::v1
