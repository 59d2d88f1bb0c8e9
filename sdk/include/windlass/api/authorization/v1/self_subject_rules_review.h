// windlass/api/authorization/v1/self_subject_rules_review.h — the authorization/v1
// SelfSubjectRulesReview kind.
//
// Lists what the caller may do in a namespace (`kubectl auth can-i --list`): the status holds
// the resource and non-resource rules the authorizers could enumerate. The list is a hint for
// user interfaces, not an access decision: authorizers that cannot enumerate rules (webhooks)
// leave it incomplete, which `status.incomplete` reports. Cluster-scoped, create-only, never
// stored.
//
//   authorization::v1::SelfSubjectRulesReview r{.spec = {.namespace_ = "prod"}};
//   // POST /apis/authorization.k8s.io/v1/selfsubjectrulesreviews
#pragma once

#include <windlass/api/authorization/v1/self_subject_rules_review_spec.h>
#include <windlass/api/authorization/v1/subject_rules_review_status.h>
#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/object_meta.h>
#include <windlass/api/resource.h>

#include <string>

namespace windlass::api::authorization::v1 {

// The actions the caller may perform in a namespace (upstream
// `authorizationv1.SelfSubjectRulesReview`).
struct SelfSubjectRulesReview {
  std::string api_version = "authorization.k8s.io/v1";
  std::string kind = "SelfSubjectRulesReview";
  meta::v1::ObjectMeta metadata;
  SelfSubjectRulesReviewSpec spec;
  SubjectRulesReviewStatus status;
  UnknownFields unknown_fields;
  bool operator==(const SelfSubjectRulesReview&) const = default;
};
WINDLASS_API_DESCRIBED(SelfSubjectRulesReview);
WINDLASS_API_RESOURCE(SelfSubjectRulesReview);

}  // namespace windlass::api::authorization::v1
