// windlass/api/meta/v1/label_selector.h — meta/v1 LabelSelector, the structured label query of
// Deployments, Services' endpoints, PodDisruptionBudgets and more.
//
// All `matchLabels` pairs and all `matchExpressions` must hold (AND). An empty selector matches
// every object; a missing one (an empty std::optional where the field is a Go pointer) matches
// none. This is the typed wire form; windlass/core/label_selector.h evaluates selectors.
//
//   meta::v1::LabelSelector s{.match_labels = {{"app", "web"}},
//                             .match_expressions = {{.key = "tier", .operator_ = "Exists"}}};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/label_selector_requirement.h>

#include <map>
#include <string>
#include <vector>

namespace windlass::api::meta::v1 {

// A label query over a set of objects (upstream `metav1.LabelSelector`).
struct LabelSelector {
  std::map<std::string, std::string> match_labels;
  std::vector<LabelSelectorRequirement> match_expressions;
  UnknownFields unknown_fields;
  bool operator==(const LabelSelector&) const = default;
};
WINDLASS_API_DESCRIBED(LabelSelector);

}  // namespace windlass::api::meta::v1
