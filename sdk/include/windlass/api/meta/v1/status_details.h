// windlass/api/meta/v1/status_details.h — meta/v1 StatusDetails, what a Status says about the
// object a request concerned.
//
// Names the object (group, kind, name, uid) and lists the causes of a failure; for 429 and some
// 5xx answers it carries how long to wait before retrying.
//
//   if (st.details && st.details->retry_after_seconds > 0)
//     backoff(std::chrono::seconds(st.details->retry_after_seconds));
#pragma once

#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/status_cause.h>

#include <cstdint>
#include <string>
#include <vector>

namespace windlass::api::meta::v1 {

// Extra data about the object of a failed (or deleting) request (upstream
// `metav1.StatusDetails`).
struct StatusDetails {
  std::string name;
  std::string group;
  std::string kind;
  std::string uid;
  std::vector<StatusCause> causes;
  std::int32_t retry_after_seconds = 0;
  UnknownFields unknown_fields;
  bool operator==(const StatusDetails&) const = default;
};
WINDLASS_API_DESCRIBED(StatusDetails);

}  // namespace windlass::api::meta::v1
