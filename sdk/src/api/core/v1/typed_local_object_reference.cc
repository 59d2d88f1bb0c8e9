#include <windlass/api/core/v1/typed_local_object_reference.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(TypedLocalObjectReference, d) {
  d.doc("An object in the same namespace, named by API group, kind and name.");
  d.field("apiGroup", &TypedLocalObjectReference::api_group)
      .doc("API group of the referent; null for the core group.").always().proto(1);
  d.field("kind", &TypedLocalObjectReference::kind)
      .doc("Kind of the referent.").required().proto(2);
  d.field("name", &TypedLocalObjectReference::name)
      .doc("Name of the referent.").required().proto(3);
}

}  // namespace windlass::api::core::v1
