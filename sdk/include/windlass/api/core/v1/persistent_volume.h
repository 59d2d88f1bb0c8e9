// windlass/api/core/v1/persistent_volume.h — core/v1 PersistentVolume: a piece of storage in the
// cluster, provisioned by an admin or a StorageClass.
//
// Cluster-scoped. A volume is bound to at most one PersistentVolumeClaim (`spec.claimRef`); when
// the claim goes, the reclaim policy decides whether the storage is kept or deleted.
//
//   core::v1::PersistentVolume pv{
//       .metadata = {.name = "pv-nfs-1"},
//       .spec = {.capacity = {{"storage", *Quantity::parse("100Gi")}},
//                .nfs = core::v1::NFSVolumeSource{.server = "nfs", .path = "/pv1"},
//                .access_modes = {"ReadWriteMany"}}};
#pragma once

#include <windlass/api/core/v1/persistent_volume_spec.h>
#include <windlass/api/core/v1/persistent_volume_status.h>
#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/object_meta.h>
#include <windlass/api/resource.h>

#include <string>

namespace windlass::api::core::v1 {

// A piece of storage in the cluster, provisioned by an administrator or from a StorageClass
// (upstream `corev1.PersistentVolume`).
struct PersistentVolume {
  std::string api_version = "v1";
  std::string kind = "PersistentVolume";
  meta::v1::ObjectMeta metadata;
  PersistentVolumeSpec spec;
  PersistentVolumeStatus status;
  UnknownFields unknown_fields;
  bool operator==(const PersistentVolume&) const = default;
};
WINDLASS_API_DESCRIBED(PersistentVolume);
WINDLASS_API_RESOURCE(PersistentVolume);

}  // namespace windlass::api::core::v1
