#include <windlass/api/core/v1/downward_api_volume_file.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(DownwardAPIVolumeFile, d) {
  d.doc("A file holding a pod field or a container resource value.");
  d.field("path", &DownwardAPIVolumeFile::path)
      .doc("Relative file path; no '..' element, no leading '/'.").required().proto(1);
  d.field("fieldRef", &DownwardAPIVolumeFile::field_ref)
      .doc("A pod field: annotations, labels, name, namespace or uid.").proto(2);
  d.field("resourceFieldRef", &DownwardAPIVolumeFile::resource_field_ref)
      .doc("A container's resource limit or request.").proto(3);
  d.field("mode", &DownwardAPIVolumeFile::mode)
      .doc("File mode bits for this file, 0000 to 0777.").proto(4);
}

}  // namespace windlass::api::core::v1
