#include <windlass/api/meta/v1/table.h>

namespace windlass::api::meta::v1 {

// Table has no protobuf form upstream, so no field carries a protobuf number.
WINDLASS_API_DESCRIBE(Table, d) {
  d.doc("Objects as rows of cells under column definitions, for display by clients.");
  d.field("apiVersion", &Table::api_version)
      .doc("API version of this representation; \"meta.k8s.io/v1\".");
  d.field("kind", &Table::kind).doc("Kind of this representation; \"Table\".");
  d.field("metadata", &Table::metadata)
      .doc("List metadata: the resourceVersion and continue token of the underlying list.");
  d.field("columnDefinitions", &Table::column_definitions)
      .doc("The columns, in the order of each row's cells; may be omitted in later events of "
           "a watch.")
      .required().list_atomic();
  d.field("rows", &Table::rows).doc("One row per object.").required().list_atomic();
}

}  // namespace windlass::api::meta::v1
