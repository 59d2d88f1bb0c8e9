// windlass/api/batch/v1/success_policy_rule.h — batch/v1 SuccessPolicyRule: a condition under which
// an Indexed Job counts as succeeded early.
//
//   batch::v1::SuccessPolicyRule r{.succeeded_indexes = "0", .succeeded_count = 1};
#pragma once

#include <windlass/api/describe.h>

#include <cstdint>
#include <optional>
#include <string>

namespace windlass::api::batch::v1 {

// A condition under which an Indexed Job counts as succeeded early; set at least one field
// (upstream `batchv1.SuccessPolicyRule`).
struct SuccessPolicyRule {
  std::optional<std::string> succeeded_indexes;
  std::optional<std::int32_t> succeeded_count;
  UnknownFields unknown_fields;
  bool operator==(const SuccessPolicyRule&) const = default;
};
WINDLASS_API_DESCRIBED(SuccessPolicyRule);

}  // namespace windlass::api::batch::v1
