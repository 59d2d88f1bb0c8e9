// windlass/api/meta/v1/label_selector_requirement.h — meta/v1 LabelSelectorRequirement, one
// `key operator values` term of a set-based label selector.
//
// `In` and `NotIn` need at least one value; `Exists` and `DoesNotExist` take none.
//
//   meta::v1::LabelSelectorRequirement r{.key = "tier", .operator_ = "In",
//                                        .values = {"web", "api"}};
#pragma once

#include <windlass/api/describe.h>

#include <string>
#include <vector>

namespace windlass::api::meta::v1 {

// One expression of a label selector (upstream `metav1.LabelSelectorRequirement`).
struct LabelSelectorRequirement {
  std::string key;
  std::string operator_;  // In, NotIn, Exists, DoesNotExist; `operator` is a C++ keyword
  std::vector<std::string> values;
  UnknownFields unknown_fields;
  bool operator==(const LabelSelectorRequirement&) const = default;
};
WINDLASS_API_DESCRIBED(LabelSelectorRequirement);

}  // namespace windlass::api::meta::v1
