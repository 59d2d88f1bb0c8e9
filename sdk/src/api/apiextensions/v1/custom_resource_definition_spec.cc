#include <windlass/api/apiextensions/v1/custom_resource_definition_spec.h>

namespace windlass::api::apiextensions::v1 {

WINDLASS_API_DESCRIBE(CustomResourceDefinitionSpec, d) {
  d.doc("The group, names, scope, versions and conversion of a custom resource.");
  d.field("group", &CustomResourceDefinitionSpec::group)
      .doc("The API group, served at /apis/<group>/<version>; must match the CRD's name.")
      .required().proto(1);
  d.field("names", &CustomResourceDefinitionSpec::names)
      .doc("The resource and kind names.").required().proto(3);
  d.field("scope", &CustomResourceDefinitionSpec::scope)
      .doc("Whether objects live in namespaces (Namespaced) or not (Cluster).")
      .enum_values({"Cluster", "Namespaced"}).required().proto(4);
  d.field("versions", &CustomResourceDefinitionSpec::versions)
      .doc("The versions served, each with its schema; exactly one is the storage version.")
      .required().list_atomic().proto(7);
  d.field("conversion", &CustomResourceDefinitionSpec::conversion)
      .doc("How objects are converted between versions; None when unset.").proto(9);
  d.field("preserveUnknownFields", &CustomResourceDefinitionSpec::preserve_unknown_fields)
      .doc("Legacy: keep fields the schemas do not list. Must be false in v1; use "
           "x-kubernetes-preserve-unknown-fields in the schema instead.")
      .proto(10);
}

}  // namespace windlass::api::apiextensions::v1
