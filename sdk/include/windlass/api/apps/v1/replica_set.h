// windlass/api/apps/v1/replica_set.h — apps/v1 ReplicaSet: keeps a number of identical pods
// running.
//
// Usually owned by a Deployment, which creates one per template revision; a ReplicaSet alone never
// updates its existing pods.
//
//   apps::v1::ReplicaSet rs{
//       .metadata = {.name = "web-7d9c", .namespace_ = "prod"},
//       .spec = {.replicas = 2,
//                .selector = meta::v1::LabelSelector{.match_labels = {{"app", "web"}}}}};
#pragma once

#include <windlass/api/apps/v1/replica_set_spec.h>
#include <windlass/api/apps/v1/replica_set_status.h>
#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/object_meta.h>
#include <windlass/api/resource.h>

#include <string>

namespace windlass::api::apps::v1 {

// Keeps a given number of identical pods running (upstream `appsv1.ReplicaSet`).
struct ReplicaSet {
  std::string api_version = "apps/v1";
  std::string kind = "ReplicaSet";
  meta::v1::ObjectMeta metadata;
  ReplicaSetSpec spec;
  ReplicaSetStatus status;
  UnknownFields unknown_fields;
  bool operator==(const ReplicaSet&) const = default;
};
WINDLASS_API_DESCRIBED(ReplicaSet);
WINDLASS_API_RESOURCE(ReplicaSet);

}  // namespace windlass::api::apps::v1
