#include <windlass/api/core/v1/cluster_trust_bundle_projection.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(ClusterTrustBundleProjection, d) {
  d.doc("PEM certificates of ClusterTrustBundle objects, written to one file.");
  d.field("name", &ClusterTrustBundleProjection::name)
      .doc("A single bundle by name; excludes signerName and labelSelector.").proto(1);
  d.field("signerName", &ClusterTrustBundleProjection::signer_name)
      .doc("Bundles of this signer, filtered by labelSelector.").proto(2);
  d.field("labelSelector", &ClusterTrustBundleProjection::label_selector)
      .doc("Filter on the signer's bundles; none when unset, all when empty.").proto(3);
  d.field("optional", &ClusterTrustBundleProjection::optional)
      .doc("Whether it is fine when no bundle matches.").proto(5);
  d.field("path", &ClusterTrustBundleProjection::path)
      .doc("File path, relative to the mount point.").required().proto(4);
}

}  // namespace windlass::api::core::v1
