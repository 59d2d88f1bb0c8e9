#include <windlass/api/core/v1/empty_dir_volume_source.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(EmptyDirVolumeSource, d) {
  d.doc("An empty directory created with the pod and deleted with it.");
  d.field("medium", &EmptyDirVolumeSource::medium)
      .doc("Storage medium: \"\" (the node's disk) or Memory (tmpfs).").proto(1);
  d.field("sizeLimit", &EmptyDirVolumeSource::size_limit)
      .doc("Upper bound of the directory's size.").proto(2);
}

}  // namespace windlass::api::core::v1
