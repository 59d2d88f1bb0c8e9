#include <windlass/api/core/v1/endpoints.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(Endpoints, d) {
  d.doc("The addresses and ports that back a Service.");
  d.field("apiVersion", &Endpoints::api_version).doc("API version of this representation; \"v1\".");
  d.field("kind", &Endpoints::kind).doc("Kind of this representation; \"Endpoints\".");
  d.field("metadata", &Endpoints::metadata).doc("Standard object metadata.").proto(1);
  d.field("subsets", &Endpoints::subsets)
      .doc("Groups of addresses that share the same ports.").list_atomic().proto(2);
}

WINDLASS_API_RESOURCE_INFO(Endpoints) {
  return {.group = "",
          .version = "v1",
          .kind = "Endpoints",
          .plural = "endpoints",
          .singular = "endpoints",
          .short_names = {"ep"},
          .printer_columns = {{.name = "Age", .type = "date",
                               .json_path = ".metadata.creationTimestamp"}}};
}

}  // namespace windlass::api::core::v1
