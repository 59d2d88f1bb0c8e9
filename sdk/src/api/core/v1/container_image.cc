#include <windlass/api/core/v1/container_image.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(ContainerImage, d) {
  d.doc("One container image present on a node.");
  d.field("names", &ContainerImage::names)
      .doc("The image's references, by tag and by digest.").always().list_atomic().proto(1);
  d.field("sizeBytes", &ContainerImage::size_bytes).doc("The image's size.").proto(2);
}

}  // namespace windlass::api::core::v1
