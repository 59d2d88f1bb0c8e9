#include <windlass/api/core/v1/typed_object_reference.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(TypedObjectReference, d) {
  d.doc("An object named by API group, kind, name and optionally namespace.");
  d.field("apiGroup", &TypedObjectReference::api_group)
      .doc("API group of the referent; null for the core group.").always().proto(1);
  d.field("kind", &TypedObjectReference::kind).doc("Kind of the referent.").required().proto(2);
  d.field("name", &TypedObjectReference::name).doc("Name of the referent.").required().proto(3);
  d.field("namespace", &TypedObjectReference::namespace_)
      .doc("Namespace of the referent when it is not the claim's own; the target namespace must "
           "allow it with a ReferenceGrant. Alpha (CrossNamespaceVolumeDataSource).")
      .proto(4);
}

}  // namespace windlass::api::core::v1
