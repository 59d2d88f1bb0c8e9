// windlass/api/core/v1/nfs_volume_source.h — core/v1 NFSVolumeSource: an NFS export.
//
//   core::v1::NFSVolumeSource n{.server = "nfs.example.com", .path = "/exports/data"};
#pragma once

#include <windlass/api/describe.h>

#include <string>

namespace windlass::api::core::v1 {

// An NFS export, mounted by the node (upstream `corev1.NFSVolumeSource`).
struct NFSVolumeSource {
  std::string server;
  std::string path;
  bool read_only = false;
  UnknownFields unknown_fields;
  bool operator==(const NFSVolumeSource&) const = default;
};
WINDLASS_API_DESCRIBED(NFSVolumeSource);

}  // namespace windlass::api::core::v1
