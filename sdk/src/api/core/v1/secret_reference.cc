#include <windlass/api/core/v1/secret_reference.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(SecretReference, d) {
  d.doc("A Secret named by namespace and name.");
  d.field("name", &SecretReference::name).doc("Name of the Secret.").proto(1);
  d.field("namespace", &SecretReference::namespace_).doc("Namespace of the Secret.").proto(2);
}

}  // namespace windlass::api::core::v1
