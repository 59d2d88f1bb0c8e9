#include <windlass/api/meta/v1/owner_reference.h>

namespace windlass::api::meta::v1 {

WINDLASS_API_DESCRIBE(OwnerReference, d) {
  d.doc("Identifies an object that owns this one; the dependent is garbage-collected once all "
        "of its owners are gone. Owners live in the dependent's namespace or are cluster-scoped.");
  d.field("apiVersion", &OwnerReference::api_version)
      .doc("API version (group/version) of the owner.").required().proto(5);
  d.field("kind", &OwnerReference::kind).doc("Kind of the owner.").required().proto(1);
  d.field("name", &OwnerReference::name).doc("Name of the owner.").required().proto(3);
  d.field("uid", &OwnerReference::uid)
      .doc("UID of the owner; a recreated object with the same name is a different owner.")
      .required().format("uuid").proto(4);
  d.field("controller", &OwnerReference::controller)
      .doc("True when this owner is the managing controller; at most one owner may be.")
      .proto(6);
  d.field("blockOwnerDeletion", &OwnerReference::block_owner_deletion)
      .doc("When true, foreground deletion of the owner waits until this dependent is deleted.")
      .proto(7);
}

}  // namespace windlass::api::meta::v1
