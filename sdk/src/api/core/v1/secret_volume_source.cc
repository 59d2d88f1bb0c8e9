#include <windlass/api/core/v1/secret_volume_source.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(SecretVolumeSource, d) {
  d.doc("A Secret's keys as files.");
  d.field("secretName", &SecretVolumeSource::secret_name)
      .doc("Name of the Secret in the pod's namespace.").proto(1);
  d.field("items", &SecretVolumeSource::items)
      .doc("Which keys to project and where; all keys by their names when empty.")
      .list_atomic().proto(2);
  d.field("defaultMode", &SecretVolumeSource::default_mode)
      .doc("File mode bits for the files, 0000 to 0777; default 0644.").proto(3);
  d.field("optional", &SecretVolumeSource::optional)
      .doc("Whether a missing Secret or key is tolerated.").proto(4);
}

}  // namespace windlass::api::core::v1
