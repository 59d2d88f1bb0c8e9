#include <windlass/api/core/v1/resource_quota_status.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(ResourceQuotaStatus, d) {
  d.doc("The limits in force and current usage of a ResourceQuota.");
  d.field("hard", &ResourceQuotaStatus::hard).doc("The limits being enforced.").proto(1);
  d.field("used", &ResourceQuotaStatus::used)
      .doc("What the namespace uses now, per resource name.").proto(2);
}

}  // namespace windlass::api::core::v1
