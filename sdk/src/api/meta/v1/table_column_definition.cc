#include <windlass/api/meta/v1/table_column_definition.h>

namespace windlass::api::meta::v1 {

WINDLASS_API_DESCRIBE(TableColumnDefinition, d) {
  d.doc("A column of a Table: its header, type and display priority.");
  d.field("name", &TableColumnDefinition::name).doc("The column header.").required();
  d.field("type", &TableColumnDefinition::type)
      .doc("OpenAPI type of the cells: string, integer, number, boolean or date.").required();
  d.field("format", &TableColumnDefinition::format)
      .doc("A refinement of type, such as name for the object's name; may be empty.")
      .required();
  d.field("description", &TableColumnDefinition::description)
      .doc("What the column shows.").required();
  d.field("priority", &TableColumnDefinition::priority)
      .doc("0 for the default view; higher values only in wide output.").required();
}

}  // namespace windlass::api::meta::v1
