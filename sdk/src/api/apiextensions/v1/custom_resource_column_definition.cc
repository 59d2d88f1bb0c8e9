#include <windlass/api/apiextensions/v1/custom_resource_column_definition.h>

namespace windlass::api::apiextensions::v1 {

WINDLASS_API_DESCRIBE(CustomResourceColumnDefinition, d) {
  d.doc("A column kubectl get prints for a custom resource, read from a JSON path.");
  d.field("name", &CustomResourceColumnDefinition::name)
      .doc("The column header.").required().proto(1);
  d.field("type", &CustomResourceColumnDefinition::type)
      .doc("How the value is shown: integer, number, string, boolean or date.")
      .required().proto(2);
  d.field("format", &CustomResourceColumnDefinition::format)
      .doc("A refinement of type, such as int32 or name.").proto(3);
  d.field("description", &CustomResourceColumnDefinition::description)
      .doc("What the column shows.").proto(4);
  d.field("priority", &CustomResourceColumnDefinition::priority)
      .doc("0 for the default view; higher values appear only with -o wide.").proto(5);
  d.field("jsonPath", &CustomResourceColumnDefinition::json_path)
      .doc("Simple JSON path, evaluated on each object, of the cell value.").required().proto(6);
}

}  // namespace windlass::api::apiextensions::v1
