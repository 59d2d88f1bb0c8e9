#include <windlass/api/core/v1/projected_volume_source.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(ProjectedVolumeSource, d) {
  d.doc("Several sources merged into one directory.");
  d.field("sources", &ProjectedVolumeSource::sources)
      .doc("The sources, in order.").always().list_atomic().proto(1);
  d.field("defaultMode", &ProjectedVolumeSource::default_mode)
      .doc("File mode bits for the files, 0000 to 0777; default 0644.").proto(2);
}

}  // namespace windlass::api::core::v1
