#include <windlass/api/core/v1/attached_volume.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(AttachedVolume, d) {
  d.doc("One volume attached to a node.");
  d.field("name", &AttachedVolume::name).doc("The volume's unique name.").required().proto(1);
  d.field("devicePath", &AttachedVolume::device_path)
      .doc("Where the volume appears on the node.").required().proto(2);
}

}  // namespace windlass::api::core::v1
