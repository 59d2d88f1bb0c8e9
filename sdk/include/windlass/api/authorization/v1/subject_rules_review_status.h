// windlass/api/authorization/v1/subject_rules_review_status.h — authorization/v1
// SubjectRulesReviewStatus, the rules a user has in a namespace.
//
// The lists are what the authorizers could enumerate; `incomplete` is true when some
// authorizer cannot list rules, so that absence from the lists does not mean denial.
// `resourceRules`, `nonResourceRules` and `incomplete` are always written.
//
//   for (const auto& r : reply.status.resource_rules) print(r.verbs, r.resources);
#pragma once

#include <windlass/api/authorization/v1/non_resource_rule.h>
#include <windlass/api/authorization/v1/resource_rule.h>
#include <windlass/api/describe.h>

#include <string>
#include <vector>

namespace windlass::api::authorization::v1 {

// The enumerable permissions of a user in a namespace (upstream
// `authorizationv1.SubjectRulesReviewStatus`).
struct SubjectRulesReviewStatus {
  std::vector<ResourceRule> resource_rules;
  std::vector<NonResourceRule> non_resource_rules;
  bool incomplete = false;
  std::string evaluation_error;
  UnknownFields unknown_fields;
  bool operator==(const SubjectRulesReviewStatus&) const = default;
};
WINDLASS_API_DESCRIBED(SubjectRulesReviewStatus);

}  // namespace windlass::api::authorization::v1
