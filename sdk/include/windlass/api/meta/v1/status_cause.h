// windlass/api/meta/v1/status_cause.h — meta/v1 StatusCause, one reason a request failed.
//
// Validation failures carry one cause per invalid field: `reason` is a machine-readable cause
// type (e.g. "FieldValueInvalid"), `field` the JSON path of the offending field.
//
//   for (const auto& c : status.details->causes) report(c.field, c.message);
#pragma once

#include <windlass/api/describe.h>

#include <string>

namespace windlass::api::meta::v1 {

// A single cause of a failed request (upstream `metav1.StatusCause`).
struct StatusCause {
  std::string reason;  // Go's field `Type`, written as "reason"
  std::string message;
  std::string field;
  UnknownFields unknown_fields;
  bool operator==(const StatusCause&) const = default;
};
WINDLASS_API_DESCRIBED(StatusCause);

}  // namespace windlass::api::meta::v1
