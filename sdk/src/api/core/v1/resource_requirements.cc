#include <windlass/api/core/v1/resource_requirements.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(ResourceRequirements, d) {
  d.doc("Compute resources requested and the limits enforced.");
  d.field("limits", &ResourceRequirements::limits)
      .doc("Maximum amounts by resource name, such as cpu or memory.").proto(1);
  d.field("requests", &ResourceRequirements::requests)
      .doc("Amounts reserved for scheduling; default to the limits when omitted.").proto(2);
  d.field("claims", &ResourceRequirements::claims)
      .doc("Which of the pod's resource claims this container uses.").list_map({"name"}).proto(3);
}

}  // namespace windlass::api::core::v1
