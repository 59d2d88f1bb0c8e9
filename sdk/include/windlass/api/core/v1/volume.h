// windlass/api/core/v1/volume.h — core/v1 Volume: a named volume of a pod and where its data comes
// from; set exactly one source.
//
// The common sources are typed; the rarer, mostly deprecated ones (nfs, csi, ephemeral, image, ...)
// are windlass::Json values holding their JSON object.
//
//   core::v1::Volume v{.name = "cache", .empty_dir = core::v1::EmptyDirVolumeSource{}};
#pragma once

#include <windlass/api/core/v1/config_map_volume_source.h>
#include <windlass/api/core/v1/downward_api_volume_source.h>
#include <windlass/api/core/v1/empty_dir_volume_source.h>
#include <windlass/api/core/v1/host_path_volume_source.h>
#include <windlass/api/core/v1/persistent_volume_claim_volume_source.h>
#include <windlass/api/core/v1/projected_volume_source.h>
#include <windlass/api/core/v1/secret_volume_source.h>
#include <windlass/api/describe.h>
#include <windlass/core/json.h>

#include <optional>
#include <string>

namespace windlass::api::core::v1 {

// A named volume of a pod and where its data comes from; set exactly one source (upstream
// `corev1.Volume`).
struct Volume {
  std::string name;
  std::optional<HostPathVolumeSource> host_path;
  std::optional<EmptyDirVolumeSource> empty_dir;
  Json gce_persistent_disk;
  Json aws_elastic_block_store;
  Json git_repo;
  std::optional<SecretVolumeSource> secret;
  Json nfs;
  Json iscsi;
  Json glusterfs;
  std::optional<PersistentVolumeClaimVolumeSource> persistent_volume_claim;
  Json rbd;
  Json flex_volume;
  Json cinder;
  Json cephfs;
  Json flocker;
  std::optional<DownwardAPIVolumeSource> downward_api;
  Json fc;
  Json azure_file;
  std::optional<ConfigMapVolumeSource> config_map;
  Json vsphere_volume;
  Json quobyte;
  Json azure_disk;
  Json photon_persistent_disk;
  std::optional<ProjectedVolumeSource> projected;
  Json portworx_volume;
  Json scale_io;
  Json storageos;
  Json csi;
  Json ephemeral;
  Json image;
  UnknownFields unknown_fields;
  bool operator==(const Volume&) const = default;
};
WINDLASS_API_DESCRIBED(Volume);

}  // namespace windlass::api::core::v1
