// windlass/api/authorization/v1/field_selector_attributes.h — authorization/v1
// FieldSelectorAttributes, the field selector of a reviewed list or watch.
//
// Either the selector as sent in the query (`rawSelector`, e.g. "spec.nodeName=node-1") or
// parsed into `requirements`, not both. The API server parses `rawSelector` for the
// authorizers when `requirements` is empty; webhook authorizers should read `requirements`.
// Kubernetes 1.31+.
//
//   authorization::v1::FieldSelectorAttributes f{.raw_selector = "spec.nodeName=node-1"};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/field_selector_requirement.h>

#include <string>
#include <vector>

namespace windlass::api::authorization::v1 {

// A field selector, raw or parsed (upstream `authorizationv1.FieldSelectorAttributes`).
struct FieldSelectorAttributes {
  std::string raw_selector;
  std::vector<meta::v1::FieldSelectorRequirement> requirements;
  UnknownFields unknown_fields;
  bool operator==(const FieldSelectorAttributes&) const = default;
};
WINDLASS_API_DESCRIBED(FieldSelectorAttributes);

}  // namespace windlass::api::authorization::v1
