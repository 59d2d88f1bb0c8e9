// windlass/api/meta/v1/table.h — meta/v1 Table, the tabular form of objects that `kubectl get`
// asks for.
//
// A client sends `Accept: application/json;as=Table;v=v1;g=meta.k8s.io` and gets, instead of
// the object or list, a Table: column definitions (name, type, format, priority) and one row
// per object, each row holding one cell per column and, by default, the object's metadata as a
// PartialObjectMetadata (`includeObject=Metadata`; `Object` for the whole object, `None` for
// nothing). `metadata` carries the list's resourceVersion and continue token. In watches of
// Tables only the first event carries `columnDefinitions`. Table has no protobuf form.
//
//   meta::v1::Table t{.column_definitions = {{.name = "Name", .type = "string",
//                                            .format = "name"}},
//                     .rows = {{.cells = {"web-0"}}}};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/list_meta.h>
#include <windlass/api/meta/v1/table_column_definition.h>
#include <windlass/api/meta/v1/table_row.h>

#include <string>
#include <vector>

namespace windlass::api::meta::v1 {

// Objects as rows of cells, for display (upstream `metav1.Table`).
struct Table {
  std::string api_version = "meta.k8s.io/v1";
  std::string kind = "Table";
  ListMeta metadata;
  std::vector<TableColumnDefinition> column_definitions;
  std::vector<TableRow> rows;
  UnknownFields unknown_fields;
  bool operator==(const Table&) const = default;
};
WINDLASS_API_DESCRIBED(Table);

}  // namespace windlass::api::meta::v1
