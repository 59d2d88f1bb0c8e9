#include <windlass/api/core/v1/object_reference.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(ObjectReference, d) {
  d.doc("A reference to an object of any kind, optionally to a field within it.");
  d.field("kind", &ObjectReference::kind).doc("Kind of the referent.").proto(1);
  d.field("namespace", &ObjectReference::namespace_)
      .doc("Namespace of the referent; empty for cluster-scoped objects.").proto(2);
  d.field("name", &ObjectReference::name).doc("Name of the referent.").proto(3);
  d.field("uid", &ObjectReference::uid).doc("UID of the referent.").proto(4);
  d.field("apiVersion", &ObjectReference::api_version)
      .doc("API version (group/version) of the referent.").proto(5);
  d.field("resourceVersion", &ObjectReference::resource_version)
      .doc("The referent's resourceVersion the reference was made against, if specific.")
      .proto(6);
  d.field("fieldPath", &ObjectReference::field_path)
      .doc("Path to a part of the referent, such as spec.containers{web} for one container.")
      .proto(7);
}

}  // namespace windlass::api::core::v1
