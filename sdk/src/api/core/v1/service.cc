#include <windlass/api/core/v1/service.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(Service, d) {
  d.doc("A stable virtual IP and DNS name in front of a set of pods.");
  d.field("apiVersion", &Service::api_version).doc("API version of this representation; \"v1\".");
  d.field("kind", &Service::kind).doc("Kind of this representation; \"Service\".");
  d.field("metadata", &Service::metadata).doc("Standard object metadata.").proto(1);
  d.field("spec", &Service::spec)
      .doc("How the service is exposed and which pods back it.").proto(2);
  d.field("status", &Service::status)
      .doc("What the system last observed, such as the load balancer's addresses.").proto(3);
}

WINDLASS_API_RESOURCE_INFO(Service) {
  return {.group = "",
          .version = "v1",
          .kind = "Service",
          .plural = "services",
          .singular = "service",
          .short_names = {"svc"},
          .categories = {"all"},
          .status_subresource = true,
          .printer_columns = {
              {.name = "Type", .type = "string", .json_path = ".spec.type"},
              {.name = "Cluster-IP", .type = "string", .json_path = ".spec.clusterIP"},
              {.name = "Age", .type = "date", .json_path = ".metadata.creationTimestamp"}}};
}

}  // namespace windlass::api::core::v1
