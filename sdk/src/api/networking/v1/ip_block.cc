#include <windlass/api/networking/v1/ip_block.h>

namespace windlass::api::networking::v1 {

WINDLASS_API_DESCRIBE(IPBlock, d) {
  d.doc("An IP range in CIDR notation, minus some sub-ranges.");
  d.field("cidr", &IPBlock::cidr)
      .doc("The range, such as 192.168.1.0/24 or 2001:db8::/64.").required().proto(1);
  d.field("except", &IPBlock::except)
      .doc("Sub-ranges of cidr to leave out.").list_atomic().proto(2);
}

}  // namespace windlass::api::networking::v1
