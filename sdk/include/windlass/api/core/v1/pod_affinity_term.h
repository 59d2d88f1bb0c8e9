// windlass/api/core/v1/pod_affinity_term.h — core/v1 PodAffinityTerm: pods, selected by labels and
// namespaces, relative to which a topology domain is chosen.
//
//   core::v1::PodAffinityTerm t{
//       .label_selector = meta::v1::LabelSelector{.match_labels = {{"app", "db"}}},
//       .topology_key = "topology.kubernetes.io/zone"};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/label_selector.h>

#include <optional>
#include <string>
#include <vector>

namespace windlass::api::core::v1 {

// Pods, selected by labels and namespaces, relative to which a topology domain is chosen (upstream
// `corev1.PodAffinityTerm`).
struct PodAffinityTerm {
  std::optional<meta::v1::LabelSelector> label_selector;
  std::vector<std::string> namespaces;
  std::string topology_key;
  std::optional<meta::v1::LabelSelector> namespace_selector;
  std::vector<std::string> match_label_keys;
  std::vector<std::string> mismatch_label_keys;
  UnknownFields unknown_fields;
  bool operator==(const PodAffinityTerm&) const = default;
};
WINDLASS_API_DESCRIBED(PodAffinityTerm);

}  // namespace windlass::api::core::v1
