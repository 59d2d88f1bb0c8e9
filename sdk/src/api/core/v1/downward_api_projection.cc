#include <windlass/api/core/v1/downward_api_projection.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(DownwardAPIProjection, d) {
  d.doc("Pod fields and resources in a projected volume.");
  d.field("items", &DownwardAPIProjection::items).doc("The files to write.").list_atomic().proto(1);
}

}  // namespace windlass::api::core::v1
