// windlass/api/core/v1/csi_persistent_volume_source.h — core/v1 CSIPersistentVolumeSource: a volume
// managed by a CSI driver.
//
// The secret references name Secrets handed to the driver for the matching CSI call
// (ControllerPublish, NodeStage, NodePublish, ControllerExpand, NodeExpand).
//
//   core::v1::CSIPersistentVolumeSource c{.driver = "ebs.csi.aws.com",
//                                         .volume_handle = "vol-0a1b2c3d",
//                                         .fs_type = "ext4"};
#pragma once

#include <windlass/api/core/v1/secret_reference.h>
#include <windlass/api/describe.h>

#include <map>
#include <optional>
#include <string>

namespace windlass::api::core::v1 {

// A PersistentVolume managed by an external CSI driver (upstream
// `corev1.CSIPersistentVolumeSource`).
struct CSIPersistentVolumeSource {
  std::string driver;
  std::string volume_handle;
  bool read_only = false;
  std::string fs_type;
  std::map<std::string, std::string> volume_attributes;
  std::optional<SecretReference> controller_publish_secret_ref;
  std::optional<SecretReference> node_stage_secret_ref;
  std::optional<SecretReference> node_publish_secret_ref;
  std::optional<SecretReference> controller_expand_secret_ref;
  std::optional<SecretReference> node_expand_secret_ref;
  UnknownFields unknown_fields;
  bool operator==(const CSIPersistentVolumeSource&) const = default;
};
WINDLASS_API_DESCRIBED(CSIPersistentVolumeSource);

}  // namespace windlass::api::core::v1
