#include <windlass/api/meta/v1/table_row.h>

namespace windlass::api::meta::v1 {

WINDLASS_API_DESCRIBE(TableRow, d) {
  d.doc("One object of a Table: a cell per column and, optionally, the object.");
  d.field("cells", &TableRow::cells)
      .doc("One JSON scalar (or null) per column definition, in the same order.")
      .required().list_atomic();
  d.field("conditions", &TableRow::conditions)
      .doc("States of the row, such as Completed.").list_atomic();
  // Go's RawExtension is a struct and never omitted; an empty one is written as null.
  d.field("object", &TableRow::object)
      .doc("The object, its PartialObjectMetadata or null, depending on includeObject.")
      .always();
}

}  // namespace windlass::api::meta::v1
