#include <windlass/api/core/v1/volume_mount_status.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(VolumeMountStatus, d) {
  d.doc("A volume mount as the runtime has it in place.");
  d.field("name", &VolumeMountStatus::name)
      .doc("Name of the VolumeMount it reports on.").required().proto(1);
  d.field("mountPath", &VolumeMountStatus::mount_path)
      .doc("Where the volume is mounted in the container.").required().proto(2);
  d.field("readOnly", &VolumeMountStatus::read_only)
      .doc("Whether the mount is read-only.").proto(3);
  d.field("recursiveReadOnly", &VolumeMountStatus::recursive_read_only)
      .doc("Whether read-only applies to submounts too: Disabled or Enabled.").proto(4);
}

}  // namespace windlass::api::core::v1
