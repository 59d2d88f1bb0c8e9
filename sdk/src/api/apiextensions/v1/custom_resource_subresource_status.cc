#include <windlass/api/apiextensions/v1/custom_resource_subresource_status.h>

namespace windlass::api::apiextensions::v1 {

WINDLASS_API_DESCRIBE(CustomResourceSubresourceStatus, d) {
  d.doc("Enables the status subresource by its presence; it has no fields.");
}

}  // namespace windlass::api::apiextensions::v1
