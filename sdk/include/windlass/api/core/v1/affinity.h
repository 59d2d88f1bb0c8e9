// windlass/api/core/v1/affinity.h — core/v1 Affinity: scheduling preferences and constraints
// relative to nodes and other pods.
//
//   core::v1::Affinity a{.pod_anti_affinity = core::v1::PodAntiAffinity{
//       .required_during_scheduling_ignored_during_execution = {
//           {.label_selector = meta::v1::LabelSelector{.match_labels = {{"app", "web"}}},
//            .topology_key = "kubernetes.io/hostname"}}}};
#pragma once

#include <windlass/api/core/v1/node_affinity.h>
#include <windlass/api/core/v1/pod_affinity.h>
#include <windlass/api/core/v1/pod_anti_affinity.h>
#include <windlass/api/describe.h>

#include <optional>

namespace windlass::api::core::v1 {

// Scheduling preferences and constraints relative to nodes and other pods (upstream
// `corev1.Affinity`).
struct Affinity {
  std::optional<NodeAffinity> node_affinity;
  std::optional<PodAffinity> pod_affinity;
  std::optional<PodAntiAffinity> pod_anti_affinity;
  UnknownFields unknown_fields;
  bool operator==(const Affinity&) const = default;
};
WINDLASS_API_DESCRIBED(Affinity);

}  // namespace windlass::api::core::v1
