// windlass/api/meta/v1/status.h — meta/v1 Status, the body of every API error (and of some
// successful deletions).
//
// Unlike the other meta/v1 types, Status is sent on its own and so carries `apiVersion` ("v1")
// and `kind` ("Status"). `code` is the HTTP status, `reason` a machine-readable cause
// ("NotFound", "AlreadyExists", "Conflict", "Invalid", …), `details` names the object and lists
// per-field causes. Windlass's `Error` wraps one of these when the server sent it; this is its
// typed form. It is not a resource kind (there is no REST endpoint for Status).
//
//   WINDLASS_TRY(auto st, windlass::api::decode<meta::v1::Status>(body));
//   if (st.reason == "AlreadyExists") …
#pragma once

#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/list_meta.h>
#include <windlass/api/meta/v1/status_details.h>

#include <cstdint>
#include <optional>
#include <string>

namespace windlass::api::meta::v1 {

// The outcome of an API request that returns no object (upstream `metav1.Status`).
struct Status {
  std::string api_version = "v1";
  std::string kind = "Status";
  ListMeta metadata;
  std::string status;  // "Success" or "Failure"
  std::string message;
  std::string reason;
  std::optional<StatusDetails> details;
  std::int32_t code = 0;
  UnknownFields unknown_fields;
  bool operator==(const Status&) const = default;
};
WINDLASS_API_DESCRIBED(Status);

}  // namespace windlass::api::meta::v1
