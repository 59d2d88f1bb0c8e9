#include <windlass/api/apiextensions/v1/custom_resource_definition_names.h>

namespace windlass::api::apiextensions::v1 {

WINDLASS_API_DESCRIBE(CustomResourceDefinitionNames, d) {
  d.doc("The names of a custom resource: URL plural, singular, short names, kinds and "
        "categories.");
  d.field("plural", &CustomResourceDefinitionNames::plural)
      .doc("Lower-case plural name, used in URLs and in the CRD's name.").required().proto(1);
  d.field("singular", &CustomResourceDefinitionNames::singular)
      .doc("Lower-case singular name, for kubectl; defaults to the lower-cased kind.").proto(2);
  d.field("shortNames", &CustomResourceDefinitionNames::short_names)
      .doc("Lower-case abbreviations kubectl accepts, such as wd for widgets.")
      .list_atomic().proto(3);
  d.field("kind", &CustomResourceDefinitionNames::kind)
      .doc("The CamelCase kind of the objects.").required().proto(4);
  d.field("listKind", &CustomResourceDefinitionNames::list_kind)
      .doc("The kind of lists of the objects; defaults to kind + List.").proto(5);
  d.field("categories", &CustomResourceDefinitionNames::categories)
      .doc("Groups of resources this one belongs to, such as all for kubectl get all.")
      .list_atomic().proto(6);
}

}  // namespace windlass::api::apiextensions::v1
