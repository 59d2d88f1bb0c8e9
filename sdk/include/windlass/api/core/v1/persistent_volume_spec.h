// windlass/api/core/v1/persistent_volume_spec.h — core/v1 PersistentVolumeSpec: what a
// PersistentVolume is, where its storage lives and who may claim it.
//
// Set exactly one source. Go declares the sources in an embedded struct (PersistentVolumeSource):
// inline here and in JSON, a nested message (field 2) in protobuf. hostPath, nfs, local and csi are
// typed; the rarer, mostly deprecated sources are windlass::Json values holding their JSON object.
//
//   core::v1::PersistentVolumeSpec s{
//       .capacity = {{"storage", *Quantity::parse("100Gi")}},
//       .nfs = core::v1::NFSVolumeSource{.server = "nfs.example.com", .path = "/exports/pv1"},
//       .access_modes = {"ReadWriteMany"},
//       .persistent_volume_reclaim_policy = "Retain"};
#pragma once

#include <windlass/api/core/v1/csi_persistent_volume_source.h>
#include <windlass/api/core/v1/host_path_volume_source.h>
#include <windlass/api/core/v1/local_volume_source.h>
#include <windlass/api/core/v1/nfs_volume_source.h>
#include <windlass/api/core/v1/object_reference.h>
#include <windlass/api/core/v1/volume_node_affinity.h>
#include <windlass/api/describe.h>
#include <windlass/core/json.h>
#include <windlass/core/quantity.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace windlass::api::core::v1 {

// What a PersistentVolume is, where its storage lives and who may claim it (upstream
// `corev1.PersistentVolumeSpec`).
struct PersistentVolumeSpec {
  std::map<std::string, Quantity> capacity;
  Json gce_persistent_disk;
  Json aws_elastic_block_store;
  std::optional<HostPathVolumeSource> host_path;
  Json glusterfs;
  std::optional<NFSVolumeSource> nfs;
  Json rbd;
  Json iscsi;
  Json cinder;
  Json cephfs;
  Json fc;
  Json flocker;
  Json flex_volume;
  Json azure_file;
  Json vsphere_volume;
  Json quobyte;
  Json azure_disk;
  Json photon_persistent_disk;
  Json portworx_volume;
  Json scale_io;
  std::optional<LocalVolumeSource> local;
  Json storageos;
  std::optional<CSIPersistentVolumeSource> csi;
  std::vector<std::string> access_modes;
  std::optional<ObjectReference> claim_ref;
  std::string persistent_volume_reclaim_policy;
  std::string storage_class_name;
  std::vector<std::string> mount_options;
  std::optional<std::string> volume_mode;
  std::optional<VolumeNodeAffinity> node_affinity;
  std::optional<std::string> volume_attributes_class_name;
  UnknownFields unknown_fields;
  bool operator==(const PersistentVolumeSpec&) const = default;
};
WINDLASS_API_DESCRIBED(PersistentVolumeSpec);

}  // namespace windlass::api::core::v1
