#include <windlass/api/core/v1/host_path_volume_source.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(HostPathVolumeSource, d) {
  d.doc("A path on the node mounted into the pod; mostly for system agents.");
  d.field("path", &HostPathVolumeSource::path)
      .doc("The path on the node; a symlink is followed.").required().proto(1);
  d.field("type", &HostPathVolumeSource::type)
      .doc("What must be at the path: \"\", DirectoryOrCreate, Directory, FileOrCreate, File, "
           "Socket, CharDevice or BlockDevice.").proto(2);
}

}  // namespace windlass::api::core::v1
