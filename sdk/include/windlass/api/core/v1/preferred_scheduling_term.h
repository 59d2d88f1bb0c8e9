// windlass/api/core/v1/preferred_scheduling_term.h — core/v1 PreferredSchedulingTerm: a weighted
// node preference.
//
//   core::v1::PreferredSchedulingTerm v{.weight = 1};
#pragma once

#include <windlass/api/core/v1/node_selector_term.h>
#include <windlass/api/describe.h>

#include <cstdint>

namespace windlass::api::core::v1 {

// A weighted node preference (upstream `corev1.PreferredSchedulingTerm`).
struct PreferredSchedulingTerm {
  std::int32_t weight = 0;
  NodeSelectorTerm preference;
  UnknownFields unknown_fields;
  bool operator==(const PreferredSchedulingTerm&) const = default;
};
WINDLASS_API_DESCRIBED(PreferredSchedulingTerm);

}  // namespace windlass::api::core::v1
