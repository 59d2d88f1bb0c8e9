#include <windlass/api/core/v1/persistent_volume_claim_volume_source.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(PersistentVolumeClaimVolumeSource, d) {
  d.doc("The volume bound to a PersistentVolumeClaim.");
  d.field("claimName", &PersistentVolumeClaimVolumeSource::claim_name)
      .doc("Name of the claim in the pod's namespace.").required().proto(1);
  d.field("readOnly", &PersistentVolumeClaimVolumeSource::read_only)
      .doc("Mount read-only.").proto(2);
}

}  // namespace windlass::api::core::v1
