#include <windlass/api/meta/v1/table_row_condition.h>

namespace windlass::api::meta::v1 {

WINDLASS_API_DESCRIBE(TableRowCondition, d) {
  d.doc("A state of a Table row, such as Completed.");
  d.field("type", &TableRowCondition::type)
      .doc("The state; Completed is the only one defined.").required();
  d.field("status", &TableRowCondition::status)
      .doc("Whether the row is in that state.")
      .enum_values({"True", "False", "Unknown"}).required();
  d.field("reason", &TableRowCondition::reason)
      .doc("Machine-readable CamelCase cause.");
  d.field("message", &TableRowCondition::message).doc("Human-readable details.");
}

}  // namespace windlass::api::meta::v1
