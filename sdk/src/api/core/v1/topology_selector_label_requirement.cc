#include <windlass/api/core/v1/topology_selector_label_requirement.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(TopologySelectorLabelRequirement, d) {
  d.doc("A topology label and the values it may take.");
  d.field("key", &TopologySelectorLabelRequirement::key)
      .doc("The label key, such as topology.kubernetes.io/zone.").required().proto(1);
  d.field("values", &TopologySelectorLabelRequirement::values)
      .doc("The label must have one of these values.").required().list_atomic().proto(2);
}

}  // namespace windlass::api::core::v1
