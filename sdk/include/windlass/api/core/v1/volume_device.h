// windlass/api/core/v1/volume_device.h — core/v1 VolumeDevice: a pod block volume exposed as a
// device.
//
//   core::v1::VolumeDevice v{.name = "example"};
#pragma once

#include <windlass/api/describe.h>

#include <string>

namespace windlass::api::core::v1 {

// A pod block volume exposed as a device (upstream `corev1.VolumeDevice`).
struct VolumeDevice {
  std::string name;
  std::string device_path;
  UnknownFields unknown_fields;
  bool operator==(const VolumeDevice&) const = default;
};
WINDLASS_API_DESCRIBED(VolumeDevice);

}  // namespace windlass::api::core::v1
