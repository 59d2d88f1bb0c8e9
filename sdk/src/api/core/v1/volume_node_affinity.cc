#include <windlass/api/core/v1/volume_node_affinity.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(VolumeNodeAffinity, d) {
  d.doc("The nodes from which a PersistentVolume can be reached; pods using it are scheduled "
        "there.");
  d.field("required", &VolumeNodeAffinity::required)
      .doc("Node selector every node using the volume must match.").proto(1);
}

}  // namespace windlass::api::core::v1
