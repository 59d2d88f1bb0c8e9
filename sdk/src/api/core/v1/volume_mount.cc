#include <windlass/api/core/v1/volume_mount.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(VolumeMount, d) {
  d.doc("A pod volume mounted into a container.");
  d.field("name", &VolumeMount::name).doc("The volume, by name.").required().proto(1);
  d.field("readOnly", &VolumeMount::read_only).doc("Mount read-only.").proto(2);
  d.field("recursiveReadOnly", &VolumeMount::recursive_read_only)
      .doc("Read-only for submounts too: Disabled (default), IfPossible or Enabled.").proto(7);
  d.field("mountPath", &VolumeMount::mount_path)
      .doc("Where to mount in the container; must not contain ':'.").required().proto(3);
  d.field("subPath", &VolumeMount::sub_path)
      .doc("Path within the volume to mount instead of its root.").proto(4);
  d.field("mountPropagation", &VolumeMount::mount_propagation)
      .doc("Mount propagation: None (default), HostToContainer or Bidirectional.").proto(5);
  d.field("subPathExpr", &VolumeMount::sub_path_expr)
      .doc("Like subPath with $(VAR) expansion from the environment.").proto(6);
}

}  // namespace windlass::api::core::v1
