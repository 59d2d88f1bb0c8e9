// windlass/api/core/v1/persistent_volume_claim_status.h — core/v1 PersistentVolumeClaimStatus: what
// was last observed about a claim.
//
//   core::v1::PersistentVolumeClaimStatus s{
//       .phase = "Bound", .access_modes = {"ReadWriteOnce"},
//       .capacity = {{"storage", *Quantity::parse("10Gi")}}};
#pragma once

#include <windlass/api/core/v1/modify_volume_status.h>
#include <windlass/api/core/v1/persistent_volume_claim_condition.h>
#include <windlass/api/describe.h>
#include <windlass/core/quantity.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace windlass::api::core::v1 {

// What was last observed about a PersistentVolumeClaim (upstream
// `corev1.PersistentVolumeClaimStatus`).
struct PersistentVolumeClaimStatus {
  std::string phase;
  std::vector<std::string> access_modes;
  std::map<std::string, Quantity> capacity;
  std::vector<PersistentVolumeClaimCondition> conditions;
  std::map<std::string, Quantity> allocated_resources;
  std::map<std::string, std::string> allocated_resource_statuses;
  std::optional<std::string> current_volume_attributes_class_name;
  std::optional<ModifyVolumeStatus> modify_volume_status;
  UnknownFields unknown_fields;
  bool operator==(const PersistentVolumeClaimStatus&) const = default;
};
WINDLASS_API_DESCRIBED(PersistentVolumeClaimStatus);

}  // namespace windlass::api::core::v1
