// windlass/api/meta/v1/table_column_definition.h — meta/v1 TableColumnDefinition, one column of
// a Table.
//
// `type` is an OpenAPI type (string, integer, number, boolean, date) and `format` refines it;
// kubectl prefixes cells of a `name`-format column with the kind when several kinds are
// printed. Columns with `priority` above 0 are shown only by `kubectl get -o wide`. Every
// field is always written.
//
//   meta::v1::TableColumnDefinition c{.name = "Age", .type = "string",
//                                     .description = "Time since creation"};
#pragma once

#include <windlass/api/describe.h>

#include <cstdint>
#include <string>

namespace windlass::api::meta::v1 {

// A column of a Table (upstream `metav1.TableColumnDefinition`).
struct TableColumnDefinition {
  std::string name;
  std::string type;
  std::string format;
  std::string description;
  std::int32_t priority = 0;
  UnknownFields unknown_fields;
  bool operator==(const TableColumnDefinition&) const = default;
};
WINDLASS_API_DESCRIBED(TableColumnDefinition);

}  // namespace windlass::api::meta::v1
