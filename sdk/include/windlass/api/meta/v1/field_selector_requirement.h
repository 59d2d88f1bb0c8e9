// windlass/api/meta/v1/field_selector_requirement.h — meta/v1 FieldSelectorRequirement, one
// `key operator values` term of a field selector.
//
// The structured form of a field selector term such as `spec.nodeName=node-1`, used where a
// request's field selector is passed on (authorization's ResourceAttributes). `In` and `NotIn`
// need at least one value; `Exists` and `DoesNotExist` take none.
//
//   meta::v1::FieldSelectorRequirement r{.key = "spec.nodeName", .operator_ = "In",
//                                        .values = {"node-1"}};
#pragma once

#include <windlass/api/describe.h>

#include <string>
#include <vector>

namespace windlass::api::meta::v1 {

// One expression of a field selector (upstream `metav1.FieldSelectorRequirement`).
struct FieldSelectorRequirement {
  std::string key;
  std::string operator_;  // In, NotIn, Exists, DoesNotExist; `operator` is a C++ keyword
  std::vector<std::string> values;
  UnknownFields unknown_fields;
  bool operator==(const FieldSelectorRequirement&) const = default;
};
WINDLASS_API_DESCRIBED(FieldSelectorRequirement);

}  // namespace windlass::api::meta::v1
