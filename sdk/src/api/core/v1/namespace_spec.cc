#include <windlass/api/core/v1/namespace_spec.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(NamespaceSpec, d) {
  d.doc("The desired state of a Namespace.");
  d.field("finalizers", &NamespaceSpec::finalizers)
      .doc("Finalizers that must finish before the namespace's storage is removed; changed only "
           "through the finalize subresource.")
      .list_atomic().proto(1);
}

}  // namespace windlass::api::core::v1
