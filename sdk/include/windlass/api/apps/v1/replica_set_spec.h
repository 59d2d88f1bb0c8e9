// windlass/api/apps/v1/replica_set_spec.h — apps/v1 ReplicaSetSpec: how many pods a ReplicaSet
// keeps running and from which template.
//
//   apps::v1::ReplicaSetSpec s{
//       .replicas = 2,
//       .selector = meta::v1::LabelSelector{.match_labels = {{"app", "web"}}},
//       .template_ = {.metadata = {.labels = {{"app", "web"}}},
//                     .spec = {.containers = {{.name = "web", .image = "nginx:1.27"}}}}};
#pragma once

#include <windlass/api/core/v1/pod_template_spec.h>
#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/label_selector.h>

#include <cstdint>
#include <optional>

namespace windlass::api::apps::v1 {

// How many pods a ReplicaSet keeps running, which pods it owns, and the template for new ones
// (upstream `appsv1.ReplicaSetSpec`).
struct ReplicaSetSpec {
  std::optional<std::int32_t> replicas;
  std::int32_t min_ready_seconds = 0;
  std::optional<meta::v1::LabelSelector> selector;
  core::v1::PodTemplateSpec template_;  // `template` is a C++ keyword
  UnknownFields unknown_fields;
  bool operator==(const ReplicaSetSpec&) const = default;
};
WINDLASS_API_DESCRIBED(ReplicaSetSpec);

}  // namespace windlass::api::apps::v1
