#include <windlass/api/apiextensions/v1/custom_resource_definition.h>

namespace windlass::api::apiextensions::v1 {

WINDLASS_API_DESCRIBE(CustomResourceDefinition, d) {
  d.doc("Adds a resource to the API, with its names, versions and validation schemas.");
  d.field("apiVersion", &CustomResourceDefinition::api_version)
      .doc("API version of this representation; \"apiextensions.k8s.io/v1\".");
  d.field("kind", &CustomResourceDefinition::kind)
      .doc("Kind of this representation; \"CustomResourceDefinition\".");
  d.field("metadata", &CustomResourceDefinition::metadata)
      .doc("Standard object metadata; the name must be <plural>.<group>.").proto(1);
  d.field("spec", &CustomResourceDefinition::spec)
      .doc("The resource the CRD defines.").required().proto(2);
  d.field("status", &CustomResourceDefinition::status)
      .doc("Whether the resource is served and under which names; written by the server.")
      .proto(3);
}

WINDLASS_API_RESOURCE_INFO(CustomResourceDefinition) {
  return {.group = "apiextensions.k8s.io",
          .version = "v1",
          .kind = "CustomResourceDefinition",
          .plural = "customresourcedefinitions",
          .singular = "customresourcedefinition",
          .short_names = {"crd", "crds"},
          .categories = {"api-extensions"},
          .namespaced = false,
          .status_subresource = true};
}

}  // namespace windlass::api::apiextensions::v1
