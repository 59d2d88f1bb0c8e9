#include <windlass/api/core/v1/namespace.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(Namespace, d) {
  d.doc("A scope for the names of namespaced objects; deleting it deletes everything inside.");
  d.field("apiVersion", &Namespace::api_version).doc("API version of this representation; \"v1\".");
  d.field("kind", &Namespace::kind).doc("Kind of this representation; \"Namespace\".");
  d.field("metadata", &Namespace::metadata).doc("Standard object metadata.").proto(1);
  d.field("spec", &Namespace::spec).doc("The desired state of the namespace.").proto(2);
  d.field("status", &Namespace::status)
      .doc("The observed state of the namespace, maintained by the server.").proto(3);
}

WINDLASS_API_RESOURCE_INFO(Namespace) {
  return {.group = "",
          .version = "v1",
          .kind = "Namespace",
          .plural = "namespaces",
          .singular = "namespace",
          .short_names = {"ns"},
          .namespaced = false,
          .status_subresource = true};
}

}  // namespace windlass::api::core::v1
