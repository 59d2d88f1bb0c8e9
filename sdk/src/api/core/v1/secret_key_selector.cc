#include <windlass/api/core/v1/secret_key_selector.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(SecretKeySelector, d) {
  d.doc("One key of a Secret in the pod's namespace.");
  d.field("name", &SecretKeySelector::name).doc("Name of the Secret.").default_value("").proto_embedded(1, 1);
  d.field("key", &SecretKeySelector::key).doc("The key to read.").required().proto(2);
  d.field("optional", &SecretKeySelector::optional)
      .doc("Whether a missing Secret or key is tolerated.").proto(3);
}

}  // namespace windlass::api::core::v1
