// windlass/api/core/v1/persistent_volume_claim.h — core/v1 PersistentVolumeClaim: a user's request
// for storage, bound to one PersistentVolume.
//
// Pods mount the claim, not the volume. A claim is bound either to an existing PersistentVolume
// that satisfies it or to one provisioned from its StorageClass (with WaitForFirstConsumer, only
// once a pod using it is scheduled). StatefulSets stamp claims out of `volumeClaimTemplates`.
//
//   core::v1::PersistentVolumeClaim c{
//       .metadata = {.name = "data", .namespace_ = "prod"},
//       .spec = {.access_modes = {"ReadWriteOnce"},
//                .resources = {.requests = {{"storage", *Quantity::parse("10Gi")}}}}};
#pragma once

#include <windlass/api/core/v1/persistent_volume_claim_spec.h>
#include <windlass/api/core/v1/persistent_volume_claim_status.h>
#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/object_meta.h>
#include <windlass/api/resource.h>

#include <string>

namespace windlass::api::core::v1 {

// A user's request for storage, bound to one PersistentVolume (upstream
// `corev1.PersistentVolumeClaim`).
struct PersistentVolumeClaim {
  std::string api_version = "v1";
  std::string kind = "PersistentVolumeClaim";
  meta::v1::ObjectMeta metadata;
  PersistentVolumeClaimSpec spec;
  PersistentVolumeClaimStatus status;
  UnknownFields unknown_fields;
  bool operator==(const PersistentVolumeClaim&) const = default;
};
WINDLASS_API_DESCRIBED(PersistentVolumeClaim);
WINDLASS_API_RESOURCE(PersistentVolumeClaim);

}  // namespace windlass::api::core::v1
