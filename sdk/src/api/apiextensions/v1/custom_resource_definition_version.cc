#include <windlass/api/apiextensions/v1/custom_resource_definition_version.h>

namespace windlass::api::apiextensions::v1 {

WINDLASS_API_DESCRIBE(CustomResourceDefinitionVersion, d) {
  d.doc("One version of a custom resource: whether it is served and stored, its schema, "
        "subresources and columns.");
  d.field("name", &CustomResourceDefinitionVersion::name)
      .doc("The version, such as v1 or v2beta1, served at /apis/<group>/<name>.")
      .required().proto(1);
  d.field("served", &CustomResourceDefinitionVersion::served)
      .doc("Whether the version is served over REST.").required().proto(2);
  d.field("storage", &CustomResourceDefinitionVersion::storage)
      .doc("Whether objects are stored in this version; exactly one version has it.")
      .required().proto(3);
  d.field("deprecated", &CustomResourceDefinitionVersion::deprecated)
      .doc("Whether requests to this version get a deprecation warning.").proto(7);
  d.field("deprecationWarning", &CustomResourceDefinitionVersion::deprecation_warning)
      .doc("The warning sent instead of the default one when the version is deprecated.")
      .proto(8);
  d.field("schema", &CustomResourceDefinitionVersion::schema)
      .doc("The schema objects of this version are validated, pruned and defaulted with.")
      .proto(4);
  d.field("subresources", &CustomResourceDefinitionVersion::subresources)
      .doc("The status and scale subresources of this version.").proto(5);
  d.field("additionalPrinterColumns", &CustomResourceDefinitionVersion::additional_printer_columns)
      .doc("Columns kubectl get prints after the name; a single Age column when none are "
           "given.")
      .list_atomic().proto(6);
  d.field("selectableFields", &CustomResourceDefinitionVersion::selectable_fields)
      .doc("Fields besides metadata.name and metadata.namespace that field selectors may use.")
      .list_atomic().proto(9);
}

}  // namespace windlass::api::apiextensions::v1
