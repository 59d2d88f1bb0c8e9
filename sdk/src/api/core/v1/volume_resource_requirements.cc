#include <windlass/api/core/v1/volume_resource_requirements.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(VolumeResourceRequirements, d) {
  d.doc("How much storage a claim asks for, as requests and limits by resource name.");
  d.field("limits", &VolumeResourceRequirements::limits)
      .doc("Most of each resource the claim may use.").proto(1);
  d.field("requests", &VolumeResourceRequirements::requests)
      .doc("Least of each resource the claim needs, such as storage: 10Gi; defaults to limits "
           "when unset.")
      .proto(2);
}

}  // namespace windlass::api::core::v1
