#include <windlass/api/core/v1/pod_resource_claim_status.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(PodResourceClaimStatus, d) {
  d.doc("The ResourceClaim created for one of a pod's claims.");
  d.field("name", &PodResourceClaimStatus::name)
      .doc("The pod-level claim name (spec.resourceClaims[].name).").required().proto(1);
  d.field("resourceClaimName", &PodResourceClaimStatus::resource_claim_name)
      .doc("The generated ResourceClaim, in the pod's namespace; unset when none was needed.")
      .proto(2);
}

}  // namespace windlass::api::core::v1
