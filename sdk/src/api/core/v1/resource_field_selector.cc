#include <windlass/api/core/v1/resource_field_selector.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(ResourceFieldSelector, d) {
  d.doc("A resource request or limit of a container, scaled by a divisor.");
  d.field("containerName", &ResourceFieldSelector::container_name)
      .doc("The container; required for volumes, optional for env.").proto(1);
  d.field("resource", &ResourceFieldSelector::resource)
      .doc("Which value, such as limits.cpu or requests.memory.").required().proto(2);
  d.field("divisor", &ResourceFieldSelector::divisor)
      .doc("Unit to express the value in; default 1.").proto(3);
}

}  // namespace windlass::api::core::v1
