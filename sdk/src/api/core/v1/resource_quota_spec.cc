#include <windlass/api/core/v1/resource_quota_spec.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(ResourceQuotaSpec, d) {
  d.doc("The limits of a ResourceQuota and what they apply to.");
  d.field("hard", &ResourceQuotaSpec::hard)
      .doc("The limit per resource name, such as requests.cpu, limits.memory or "
           "count/deployments.apps.")
      .proto(1);
  d.field("scopes", &ResourceQuotaSpec::scopes)
      .doc("Only objects in all of these scopes are counted, such as BestEffort or NotTerminating.")
      .list_atomic().proto(2);
  d.field("scopeSelector", &ResourceQuotaSpec::scope_selector)
      .doc("Scope requirements that counted objects must all meet, with operators.").proto(3);
}

}  // namespace windlass::api::core::v1
