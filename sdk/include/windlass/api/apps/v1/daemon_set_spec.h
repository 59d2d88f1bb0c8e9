// windlass/api/apps/v1/daemon_set_spec.h — apps/v1 DaemonSetSpec: the pod a DaemonSet runs on every
// eligible node and how it is updated.
//
// Which nodes are eligible follows from the template's node selector, affinity and tolerations.
//
//   apps::v1::DaemonSetSpec s{
//       .selector = meta::v1::LabelSelector{.match_labels = {{"app", "agent"}}},
//       .template_ = {.metadata = {.labels = {{"app", "agent"}}},
//                     .spec = {.containers = {{.name = "agent", .image = "agent:2"}}}}};
#pragma once

#include <windlass/api/apps/v1/daemon_set_update_strategy.h>
#include <windlass/api/core/v1/pod_template_spec.h>
#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/label_selector.h>

#include <cstdint>
#include <optional>

namespace windlass::api::apps::v1 {

// The pod a DaemonSet runs on every eligible node, and how it is updated (upstream
// `appsv1.DaemonSetSpec`).
struct DaemonSetSpec {
  std::optional<meta::v1::LabelSelector> selector;
  core::v1::PodTemplateSpec template_;  // `template` is a C++ keyword
  DaemonSetUpdateStrategy update_strategy;
  std::int32_t min_ready_seconds = 0;
  std::optional<std::int32_t> revision_history_limit;
  UnknownFields unknown_fields;
  bool operator==(const DaemonSetSpec&) const = default;
};
WINDLASS_API_DESCRIBED(DaemonSetSpec);

}  // namespace windlass::api::apps::v1
