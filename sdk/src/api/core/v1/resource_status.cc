#include <windlass/api/core/v1/resource_status.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(ResourceStatus, d) {
  d.doc("Health of the resources a container got for one resource name.");
  d.field("name", &ResourceStatus::name)
      .doc("The resource name, such as a device plugin or claim:<claim>/<request>.")
      .required().proto(1);
  d.field("resources", &ResourceStatus::resources)
      .doc("One entry per allocated resource instance.").list_map({"resourceID"}).proto(2);
}

}  // namespace windlass::api::core::v1
