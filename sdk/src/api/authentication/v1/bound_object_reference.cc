#include <windlass/api/authentication/v1/bound_object_reference.h>

namespace windlass::api::authentication::v1 {

WINDLASS_API_DESCRIBE(BoundObjectReference, d) {
  d.doc("The object a token is bound to: the token is rejected once the object is gone.");
  d.field("kind", &BoundObjectReference::kind)
      .doc("Kind of the object: Pod, Secret or Node.").proto(1);
  d.field("apiVersion", &BoundObjectReference::api_version)
      .doc("API version of the object.").proto(2);
  d.field("name", &BoundObjectReference::name).doc("Name of the object.").proto(3);
  d.field("uid", &BoundObjectReference::uid)
      .doc("UID of the object, so that a later object of the same name does not match.")
      .proto(4);
}

}  // namespace windlass::api::authentication::v1
