#include <windlass/api/core/v1/volume_projection.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(VolumeProjection, d) {
  d.doc("One source of a projected volume; set exactly one member.");
  d.field("secret", &VolumeProjection::secret).doc("Keys of a Secret.").proto(1);
  d.field("downwardAPI", &VolumeProjection::downward_api).doc("Pod fields and resources.").proto(2);
  d.field("configMap", &VolumeProjection::config_map).doc("Keys of a ConfigMap.").proto(3);
  d.field("serviceAccountToken", &VolumeProjection::service_account_token)
      .doc("A bound token of the pod's ServiceAccount.").proto(4);
  d.field("clusterTrustBundle", &VolumeProjection::cluster_trust_bundle)
      .doc("Certificates of ClusterTrustBundle objects (alpha).").proto(5);
}

}  // namespace windlass::api::core::v1
