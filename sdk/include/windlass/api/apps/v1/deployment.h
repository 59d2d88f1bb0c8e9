// windlass/api/apps/v1/deployment.h — apps/v1 Deployment: a replicated, stateless set of pods
// updated by rolling out new ReplicaSets.
//
// The deployment controller owns one ReplicaSet per template revision and moves pods between them
// according to the strategy; `kubectl rollout undo` goes back to an older one. Scale it through
// `spec.replicas` or the scale subresource.
//
//   apps::v1::Deployment d{
//       .metadata = {.name = "web", .namespace_ = "prod"},
//       .spec = {.replicas = 3,
//                .selector = meta::v1::LabelSelector{.match_labels = {{"app", "web"}}},
//                .template_ = {.metadata = {.labels = {{"app", "web"}}},
//                              .spec = {.containers = {{.name = "web", .image = "nginx:1.27"}}}}}};
#pragma once

#include <windlass/api/apps/v1/deployment_spec.h>
#include <windlass/api/apps/v1/deployment_status.h>
#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/object_meta.h>
#include <windlass/api/resource.h>

#include <string>

namespace windlass::api::apps::v1 {

// A replicated set of stateless pods, updated declaratively by rolling out new ReplicaSets
// (upstream `appsv1.Deployment`).
struct Deployment {
  std::string api_version = "apps/v1";
  std::string kind = "Deployment";
  meta::v1::ObjectMeta metadata;
  DeploymentSpec spec;
  DeploymentStatus status;
  UnknownFields unknown_fields;
  bool operator==(const Deployment&) const = default;
};
WINDLASS_API_DESCRIBED(Deployment);
WINDLASS_API_RESOURCE(Deployment);

}  // namespace windlass::api::apps::v1
