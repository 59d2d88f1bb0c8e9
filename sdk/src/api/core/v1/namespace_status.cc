#include <windlass/api/core/v1/namespace_status.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(NamespaceStatus, d) {
  d.doc("The observed state of a Namespace.");
  d.field("phase", &NamespaceStatus::phase)
      .doc("Lifecycle phase: Active, or Terminating once deletion has started.")
      .enum_values({"Active", "Terminating"}).proto(1);
  d.field("conditions", &NamespaceStatus::conditions)
      .doc("The latest observations about the namespace, one per type.")
      .list_map({"type"}).patch_merge("type").proto(2);
}

}  // namespace windlass::api::core::v1
