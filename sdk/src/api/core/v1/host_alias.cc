#include <windlass/api/core/v1/host_alias.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(HostAlias, d) {
  d.doc("Host names for one IP, written to /etc/hosts.");
  d.field("ip", &HostAlias::ip).doc("The IP address.").required().proto(1);
  d.field("hostnames", &HostAlias::hostnames).doc("Host names for it.").list_atomic().proto(2);
}

}  // namespace windlass::api::core::v1
