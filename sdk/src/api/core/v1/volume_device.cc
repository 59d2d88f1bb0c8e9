#include <windlass/api/core/v1/volume_device.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(VolumeDevice, d) {
  d.doc("A pod block volume exposed as a device.");
  d.field("name", &VolumeDevice::name)
      .doc("The volume, by name (a PersistentVolumeClaim).").required().proto(1);
  d.field("devicePath", &VolumeDevice::device_path)
      .doc("Device path inside the container.").required().proto(2);
}

}  // namespace windlass::api::core::v1
