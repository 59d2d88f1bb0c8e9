#include <windlass/api/core/v1/resource_claim.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(ResourceClaim, d) {
  d.doc("A use of one of the pod's resource claims.");
  d.field("name", &ResourceClaim::name)
      .doc("The claim, by its name in the pod's spec.resourceClaims.").required().proto(1);
  d.field("request", &ResourceClaim::request)
      .doc("One request of the claim; all of them when empty.").proto(2);
}

}  // namespace windlass::api::core::v1
