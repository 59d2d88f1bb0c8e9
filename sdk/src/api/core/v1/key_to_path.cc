#include <windlass/api/core/v1/key_to_path.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(KeyToPath, d) {
  d.doc("A key of a Secret or ConfigMap placed at a path.");
  d.field("key", &KeyToPath::key).doc("The key.").required().proto(1);
  d.field("path", &KeyToPath::path)
      .doc("Relative file path; no '..' element, no leading '/'.").required().proto(2);
  d.field("mode", &KeyToPath::mode)
      .doc("File mode bits for this file, 0000 to 0777; defaults to the volume's.").proto(3);
}

}  // namespace windlass::api::core::v1
