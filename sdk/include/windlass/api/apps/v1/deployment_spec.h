// windlass/api/apps/v1/deployment_spec.h — apps/v1 DeploymentSpec: the desired state of a
// Deployment: how many pods, from which template, and how to roll out changes.
//
// A change to `template` starts a rollout: a new ReplicaSet is scaled up while the old one is
// scaled down, within the bounds of `strategy`. `selector` cannot change after creation and must
// match the template's labels.
//
//   apps::v1::DeploymentSpec s{
//       .replicas = 3,
//       .selector = meta::v1::LabelSelector{.match_labels = {{"app", "web"}}},
//       .template_ = {.metadata = {.labels = {{"app", "web"}}},
//                     .spec = {.containers = {{.name = "web", .image = "nginx:1.27"}}}}};
#pragma once

#include <windlass/api/apps/v1/deployment_strategy.h>
#include <windlass/api/core/v1/pod_template_spec.h>
#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/label_selector.h>

#include <cstdint>
#include <optional>

namespace windlass::api::apps::v1 {

// The desired state of a Deployment: how many pods, from which template, and how changes roll out
// (upstream `appsv1.DeploymentSpec`).
struct DeploymentSpec {
  std::optional<std::int32_t> replicas;
  std::optional<meta::v1::LabelSelector> selector;
  core::v1::PodTemplateSpec template_;  // `template` is a C++ keyword
  DeploymentStrategy strategy;
  std::int32_t min_ready_seconds = 0;
  std::optional<std::int32_t> revision_history_limit;
  bool paused = false;
  std::optional<std::int32_t> progress_deadline_seconds;
  UnknownFields unknown_fields;
  bool operator==(const DeploymentSpec&) const = default;
};
WINDLASS_API_DESCRIBED(DeploymentSpec);

}  // namespace windlass::api::apps::v1
