// windlass/api/batch/v1/pod_failure_policy_on_exit_codes_requirement.h — batch/v1
// PodFailurePolicyOnExitCodesRequirement: matches a failed pod by the exit codes of its containers.
//
// The rule matches when a terminated container (the named one, or any container) exited with a code
// In, or NotIn, `values`. Containers that exited 0 are never considered, and 0 may not be listed
// with In.
//
//   batch::v1::PodFailurePolicyOnExitCodesRequirement r{.container_name = "main",
//                                                       .operator_ = "In",
//                                                       .values = {42}};
#pragma once

#include <windlass/api/describe.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace windlass::api::batch::v1 {

// Matches a failed pod by the exit codes of its containers (upstream
// `batchv1.PodFailurePolicyOnExitCodesRequirement`).
struct PodFailurePolicyOnExitCodesRequirement {
  std::optional<std::string> container_name;
  std::string operator_;  // `operator` is a C++ keyword
  std::vector<std::int32_t> values;
  UnknownFields unknown_fields;
  bool operator==(const PodFailurePolicyOnExitCodesRequirement&) const = default;
};
WINDLASS_API_DESCRIBED(PodFailurePolicyOnExitCodesRequirement);

}  // namespace windlass::api::batch::v1
