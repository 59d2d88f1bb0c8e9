#include <windlass/api/core/v1/resource_quota.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(ResourceQuota, d) {
  d.doc("A cap on the total resources the objects of one namespace may use.");
  d.field("apiVersion", &ResourceQuota::api_version)
      .doc("API version of this representation; \"v1\".");
  d.field("kind", &ResourceQuota::kind).doc("Kind of this representation; \"ResourceQuota\".");
  d.field("metadata", &ResourceQuota::metadata).doc("Standard object metadata.").proto(1);
  d.field("spec", &ResourceQuota::spec).doc("The limits and what they apply to.").proto(2);
  d.field("status", &ResourceQuota::status)
      .doc("The limits in force and current usage; written by the system.").proto(3);
}

WINDLASS_API_RESOURCE_INFO(ResourceQuota) {
  return {.group = "",
          .version = "v1",
          .kind = "ResourceQuota",
          .plural = "resourcequotas",
          .singular = "resourcequota",
          .short_names = {"quota"},
          .status_subresource = true,
          .printer_columns = {{.name = "Age", .type = "date",
                               .json_path = ".metadata.creationTimestamp"}}};
}

}  // namespace windlass::api::core::v1
