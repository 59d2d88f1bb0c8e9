// windlass/api/apps/v1/stateful_set.h — apps/v1 StatefulSet: pods with stable names, network
// identities and storage, created and updated in order.
//
// For databases and other clustered software whose members need to know who they are. Template
// revisions are recorded as ControllerRevisions; the claims made from `volumeClaimTemplates` stay
// after the pods go unless the retention policy says otherwise.
//
//   apps::v1::StatefulSet sts{
//       .metadata = {.name = "db", .namespace_ = "prod"},
//       .spec = {.replicas = 3,
//                .selector = meta::v1::LabelSelector{.match_labels = {{"app", "db"}}},
//                .service_name = "db"}};
#pragma once

#include <windlass/api/apps/v1/stateful_set_spec.h>
#include <windlass/api/apps/v1/stateful_set_status.h>
#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/object_meta.h>
#include <windlass/api/resource.h>

#include <string>

namespace windlass::api::apps::v1 {

// A set of pods with stable names, network identities and storage, created and updated in order
// (upstream `appsv1.StatefulSet`).
struct StatefulSet {
  std::string api_version = "apps/v1";
  std::string kind = "StatefulSet";
  meta::v1::ObjectMeta metadata;
  StatefulSetSpec spec;
  StatefulSetStatus status;
  UnknownFields unknown_fields;
  bool operator==(const StatefulSet&) const = default;
};
WINDLASS_API_DESCRIBED(StatefulSet);
WINDLASS_API_RESOURCE(StatefulSet);

}  // namespace windlass::api::apps::v1
