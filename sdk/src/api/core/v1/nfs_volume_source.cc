#include <windlass/api/core/v1/nfs_volume_source.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(NFSVolumeSource, d) {
  d.doc("An NFS export, mounted by the node.");
  d.field("server", &NFSVolumeSource::server)
      .doc("Host name or IP of the NFS server.").required().proto(1);
  d.field("path", &NFSVolumeSource::path).doc("Path exported by the server.").required().proto(2);
  d.field("readOnly", &NFSVolumeSource::read_only).doc("Mount the export read-only.").proto(3);
}

}  // namespace windlass::api::core::v1
