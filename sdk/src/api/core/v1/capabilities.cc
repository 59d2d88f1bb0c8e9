#include <windlass/api/core/v1/capabilities.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(Capabilities, d) {
  d.doc("Linux capabilities added to and dropped from the runtime's default set.");
  d.field("add", &Capabilities::add)
      .doc("Capabilities to add, such as NET_ADMIN.").list_atomic().proto(1);
  d.field("drop", &Capabilities::drop)
      .doc("Capabilities to drop, such as ALL.").list_atomic().proto(2);
}

}  // namespace windlass::api::core::v1
