#include <windlass/api/core/v1/pod_resource_claim.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(PodResourceClaim, d) {
  d.doc("A named dynamic resource claim of a pod.");
  d.field("name", &PodResourceClaim::name)
      .doc("Name containers use to refer to this claim.").required().proto(1);
  d.field("resourceClaimName", &PodResourceClaim::resource_claim_name)
      .doc("An existing ResourceClaim in the pod's namespace.").proto(3);
  d.field("resourceClaimTemplateName", &PodResourceClaim::resource_claim_template_name)
      .doc("A ResourceClaimTemplate from which a claim is made per pod.").proto(4);
}

}  // namespace windlass::api::core::v1
