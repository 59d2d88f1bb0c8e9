// windlass/api/core/v1/topology_selector_term.h — core/v1 TopologySelectorTerm: one set of topology
// label requirements, all of which must hold.
//
// A list of terms is ORed: a domain is allowed if it satisfies any term.
//
//   core::v1::TopologySelectorTerm t{.match_label_expressions = {
//       {.key = "topology.kubernetes.io/zone", .values = {"eu-west-1a"}}}};
#pragma once

#include <windlass/api/core/v1/topology_selector_label_requirement.h>
#include <windlass/api/describe.h>

#include <vector>

namespace windlass::api::core::v1 {

// One set of topology label requirements, all of which must hold (upstream
// `corev1.TopologySelectorTerm`).
struct TopologySelectorTerm {
  std::vector<TopologySelectorLabelRequirement> match_label_expressions;
  UnknownFields unknown_fields;
  bool operator==(const TopologySelectorTerm&) const = default;
};
WINDLASS_API_DESCRIBED(TopologySelectorTerm);

}  // namespace windlass::api::core::v1
