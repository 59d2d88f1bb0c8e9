#include <windlass/api/core/v1/downward_api_volume_source.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(DownwardAPIVolumeSource, d) {
  d.doc("Pod fields and resources written as files.");
  d.field("items", &DownwardAPIVolumeSource::items)
      .doc("The files to write.").list_atomic().proto(1);
  d.field("defaultMode", &DownwardAPIVolumeSource::default_mode)
      .doc("File mode bits for the files, 0000 to 0777; default 0644.").proto(2);
}

}  // namespace windlass::api::core::v1
