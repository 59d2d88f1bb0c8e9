// windlass/api/authorization/v1/non_resource_rule.h — authorization/v1 NonResourceRule, verbs a
// user may use on some non-resource URLs.
//
// A URL ending in "*" covers every URL with that prefix.
//
//   authorization::v1::NonResourceRule r{.verbs = {"get"},
//                                        .non_resource_urls = {"/healthz", "/version"}};
#pragma once

#include <windlass/api/describe.h>

#include <string>
#include <vector>

namespace windlass::api::authorization::v1 {

// Allowed verbs on a set of non-resource URLs (upstream `authorizationv1.NonResourceRule`).
struct NonResourceRule {
  std::vector<std::string> verbs;
  std::vector<std::string> non_resource_urls;
  UnknownFields unknown_fields;
  bool operator==(const NonResourceRule&) const = default;
};
WINDLASS_API_DESCRIBED(NonResourceRule);

}  // namespace windlass::api::authorization::v1
