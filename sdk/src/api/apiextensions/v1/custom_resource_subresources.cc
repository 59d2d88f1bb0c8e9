#include <windlass/api/apiextensions/v1/custom_resource_subresources.h>

namespace windlass::api::apiextensions::v1 {

WINDLASS_API_DESCRIBE(CustomResourceSubresources, d) {
  d.doc("The subresources a custom resource version serves.");
  d.field("status", &CustomResourceSubresources::status)
      .doc("When present, .status is written only through the /status subresource.").proto(1);
  d.field("scale", &CustomResourceSubresources::scale)
      .doc("When present, /scale serves the replica counts as an autoscaling/v1 Scale.")
      .proto(2);
}

}  // namespace windlass::api::apiextensions::v1
