// windlass/api/meta/v1/condition.h — meta/v1 Condition, the standard shape of an entry in
// `status.conditions`.
//
// A condition says whether one aspect of an object (`type`, e.g. "Ready") is True, False or
// Unknown, since when, why (a CamelCase `reason`) and in prose (`message`), and for which
// generation of the spec it was computed. The list semantics (a map keyed by `type`) belong to
// the field holding the conditions, so declare that field with `.list_map({"type"})
// .patch_merge("type")`.
//
//   meta::v1::Condition ready{.type = "Ready", .status = "True", .observed_generation = 3,
//                             .last_transition_time = now, .reason = "Reconciled"};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/core/time.h>

#include <cstdint>
#include <string>

namespace windlass::api::meta::v1 {

// One observation of an object's state (upstream `metav1.Condition`).
struct Condition {
  std::string type;
  std::string status;  // "True", "False" or "Unknown"
  std::int64_t observed_generation = 0;
  Time last_transition_time;
  std::string reason;
  std::string message;
  UnknownFields unknown_fields;
  bool operator==(const Condition&) const = default;
};
WINDLASS_API_DESCRIBED(Condition);

}  // namespace windlass::api::meta::v1
