#include <windlass/api/core/v1/config_map_volume_source.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(ConfigMapVolumeSource, d) {
  d.doc("A ConfigMap's keys as files.");
  d.field("name", &ConfigMapVolumeSource::name)
      .doc("Name of the ConfigMap in the pod's namespace.").default_value("").proto_embedded(1, 1);
  d.field("items", &ConfigMapVolumeSource::items)
      .doc("Which keys to project and where; all keys by their names when empty.")
      .list_atomic().proto(2);
  d.field("defaultMode", &ConfigMapVolumeSource::default_mode)
      .doc("File mode bits for the files, 0000 to 0777; default 0644.").proto(3);
  d.field("optional", &ConfigMapVolumeSource::optional)
      .doc("Whether a missing ConfigMap or key is tolerated.").proto(4);
}

}  // namespace windlass::api::core::v1
