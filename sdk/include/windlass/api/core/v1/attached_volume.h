// windlass/api/core/v1/attached_volume.h — core/v1 AttachedVolume: one volume attached to a node.
//
//   core::v1::AttachedVolume v{.name = "kubernetes.io/csi/ebs.csi.aws.com^vol-0abc",
//                              .device_path = "/dev/xvdba"};
#pragma once

#include <windlass/api/describe.h>

#include <string>

namespace windlass::api::core::v1 {

// One volume attached to a node (upstream `corev1.AttachedVolume`).
struct AttachedVolume {
  std::string name;
  std::string device_path;
  UnknownFields unknown_fields;
  bool operator==(const AttachedVolume&) const = default;
};
WINDLASS_API_DESCRIBED(AttachedVolume);

}  // namespace windlass::api::core::v1
