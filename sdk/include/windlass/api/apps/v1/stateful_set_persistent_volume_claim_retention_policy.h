// windlass/api/apps/v1/stateful_set_persistent_volume_claim_retention_policy.h — apps/v1
// StatefulSetPersistentVolumeClaimRetentionPolicy: whether claims made from volumeClaimTemplates
// outlive their pods.
//
//   apps::v1::StatefulSetPersistentVolumeClaimRetentionPolicy p{.when_deleted = "Delete",
//                                                               .when_scaled = "Retain"};
#pragma once

#include <windlass/api/describe.h>

#include <string>

namespace windlass::api::apps::v1 {

// Whether the claims a StatefulSet made from its volumeClaimTemplates are kept or deleted when it
// is deleted or scaled down (upstream `appsv1.StatefulSetPersistentVolumeClaimRetentionPolicy`).
struct StatefulSetPersistentVolumeClaimRetentionPolicy {
  std::string when_deleted;
  std::string when_scaled;
  UnknownFields unknown_fields;
  bool operator==(const StatefulSetPersistentVolumeClaimRetentionPolicy&) const = default;
};
WINDLASS_API_DESCRIBED(StatefulSetPersistentVolumeClaimRetentionPolicy);

}  // namespace windlass::api::apps::v1
