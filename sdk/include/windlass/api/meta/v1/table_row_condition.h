// windlass/api/meta/v1/table_row_condition.h — meta/v1 TableRowCondition, a state of a Table
// row.
//
// The only type defined is "Completed": the object finished its work (a Succeeded or Failed
// pod).
//
//   meta::v1::TableRowCondition c{.type = "Completed", .status = "True"};
#pragma once

#include <windlass/api/describe.h>

#include <string>

namespace windlass::api::meta::v1 {

// A condition of a Table row (upstream `metav1.TableRowCondition`).
struct TableRowCondition {
  std::string type;
  std::string status;  // True, False, Unknown
  std::string reason;
  std::string message;
  UnknownFields unknown_fields;
  bool operator==(const TableRowCondition&) const = default;
};
WINDLASS_API_DESCRIBED(TableRowCondition);

}  // namespace windlass::api::meta::v1
