#include <windlass/api/core/v1/secret_projection.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(SecretProjection, d) {
  d.doc("A Secret's keys in a projected volume.");
  d.field("name", &SecretProjection::name).doc("Name of the Secret.").default_value("").proto_embedded(1, 1);
  d.field("items", &SecretProjection::items)
      .doc("Which keys to project and where; all keys when empty.").list_atomic().proto(2);
  d.field("optional", &SecretProjection::optional)
      .doc("Whether a missing Secret or key is tolerated.").proto(4);
}

}  // namespace windlass::api::core::v1
