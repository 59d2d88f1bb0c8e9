#include <windlass/api/core/v1/local_volume_source.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(LocalVolumeSource, d) {
  d.doc("A disk, partition or directory on one node, for a PersistentVolume pinned to that node.");
  d.field("path", &LocalVolumeSource::path)
      .doc("Full path of the disk or directory on the node.").required().proto(1);
  d.field("fsType", &LocalVolumeSource::fs_type)
      .doc("Filesystem of a block device, such as ext4; the node picks one when unset. Ignored "
           "for directories.")
      .proto(2);
}

}  // namespace windlass::api::core::v1
