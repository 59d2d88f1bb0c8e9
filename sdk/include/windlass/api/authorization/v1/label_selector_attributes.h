// windlass/api/authorization/v1/label_selector_attributes.h — authorization/v1
// LabelSelectorAttributes, the label selector of a reviewed list or watch.
//
// Either the selector as sent in the query (`rawSelector`, e.g. "app=web,tier!=cache") or
// parsed into `requirements`, not both. The API server parses `rawSelector` for the
// authorizers when `requirements` is empty; webhook authorizers should read `requirements`.
// Kubernetes 1.31+.
//
//   authorization::v1::LabelSelectorAttributes l{.raw_selector = "app=web"};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/label_selector_requirement.h>

#include <string>
#include <vector>

namespace windlass::api::authorization::v1 {

// A label selector, raw or parsed (upstream `authorizationv1.LabelSelectorAttributes`).
struct LabelSelectorAttributes {
  std::string raw_selector;
  std::vector<meta::v1::LabelSelectorRequirement> requirements;
  UnknownFields unknown_fields;
  bool operator==(const LabelSelectorAttributes&) const = default;
};
WINDLASS_API_DESCRIBED(LabelSelectorAttributes);

}  // namespace windlass::api::authorization::v1
