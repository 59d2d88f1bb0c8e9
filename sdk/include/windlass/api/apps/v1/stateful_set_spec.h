// windlass/api/apps/v1/stateful_set_spec.h — apps/v1 StatefulSetSpec: the desired pods of a
// StatefulSet, their stable storage, and how they are updated.
//
// Pod i is named <set>-<i> and keeps its name, its DNS entry under the governing `serviceName` and,
// through `volumeClaimTemplates`, its own PersistentVolumeClaims (<template>-<set>-<i>) across
// rescheduling.
//
//   apps::v1::StatefulSetSpec s{
//       .replicas = 3,
//       .selector = meta::v1::LabelSelector{.match_labels = {{"app", "db"}}},
//       .template_ = {.metadata = {.labels = {{"app", "db"}}},
//                     .spec = {.containers = {{.name = "db", .image = "postgres:17"}}}},
//       .volume_claim_templates = {{.metadata = {.name = "data"},
//                                   .spec = {.access_modes = {"ReadWriteOnce"}}}},
//       .service_name = "db"};
#pragma once

#include <windlass/api/apps/v1/stateful_set_ordinals.h>
#include <windlass/api/apps/v1/stateful_set_persistent_volume_claim_retention_policy.h>
#include <windlass/api/apps/v1/stateful_set_update_strategy.h>
#include <windlass/api/core/v1/persistent_volume_claim.h>
#include <windlass/api/core/v1/pod_template_spec.h>
#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/label_selector.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace windlass::api::apps::v1 {

// The desired pods of a StatefulSet, their stable storage, and how they are updated (upstream
// `appsv1.StatefulSetSpec`).
struct StatefulSetSpec {
  std::optional<std::int32_t> replicas;
  std::optional<meta::v1::LabelSelector> selector;
  core::v1::PodTemplateSpec template_;  // `template` is a C++ keyword
  std::vector<core::v1::PersistentVolumeClaim> volume_claim_templates;
  std::string service_name;
  std::string pod_management_policy;
  StatefulSetUpdateStrategy update_strategy;
  std::optional<std::int32_t> revision_history_limit;
  std::int32_t min_ready_seconds = 0;
  std::optional<StatefulSetPersistentVolumeClaimRetentionPolicy>
      persistent_volume_claim_retention_policy;
  std::optional<StatefulSetOrdinals> ordinals;
  UnknownFields unknown_fields;
  bool operator==(const StatefulSetSpec&) const = default;
};
WINDLASS_API_DESCRIBED(StatefulSetSpec);

}  // namespace windlass::api::apps::v1
