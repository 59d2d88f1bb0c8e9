// windlass/api/meta/v1/table_row.h — meta/v1 TableRow, one object of a Table.
//
// `cells` has one JSON value per column (a string, number, boolean or null, which kubectl
// prints as <none>). `object` is the object itself, its PartialObjectMetadata, or null,
// depending on the request's includeObject; it is always written, as `null` when absent,
// because Go never omits the RawExtension struct. `conditions` flags rows in a particular state,
// such as finished pods (type Completed).
//
//   meta::v1::TableRow r{.cells = {"web-0", "1/1", "Running", 0, "5m"},
//                        .object = windlass::api::encode(partial)};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/table_row_condition.h>

#include <vector>

namespace windlass::api::meta::v1 {

// The cells of one object in a Table (upstream `metav1.TableRow`).
struct TableRow {
  std::vector<Json> cells;
  std::vector<TableRowCondition> conditions;
  Json object;  // null = absent
  UnknownFields unknown_fields;
  bool operator==(const TableRow&) const = default;
};
WINDLASS_API_DESCRIBED(TableRow);

}  // namespace windlass::api::meta::v1
