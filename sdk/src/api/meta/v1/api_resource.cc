#include <windlass/api/meta/v1/api_resource.h>

namespace windlass::api::meta::v1 {

WINDLASS_API_DESCRIBE(APIResource, d) {
  d.doc("A resource or subresource of a group-version, as legacy discovery lists it.");
  d.field("name", &APIResource::name)
      .doc("Plural resource name, with /<subresource> for subresources, such as "
           "deployments/scale.")
      .required().proto(1);
  d.field("singularName", &APIResource::singular_name)
      .doc("Singular name, for kubectl; empty for subresources.").required().proto(6);
  d.field("namespaced", &APIResource::namespaced)
      .doc("Whether objects live in namespaces.").required().proto(2);
  d.field("group", &APIResource::group)
      .doc("Group of the kind, when it differs from the list's (like autoscaling for scale).")
      .proto(8);
  d.field("version", &APIResource::version)
      .doc("Version of the kind, when it differs from the list's.").proto(9);
  d.field("kind", &APIResource::kind)
      .doc("Kind of the objects the resource serves.").required().proto(3);
  // Protobuf wraps verbs in a Verbs message (field 4), which protobuf_to_json cannot unwrap;
  // without a number the field is skipped rather than misread.
  d.field("verbs", &APIResource::verbs)
      .doc("The verbs supported: get, list, watch, create, update, patch, delete, "
           "deletecollection, proxy.")
      .required();
  d.field("shortNames", &APIResource::short_names)
      .doc("Abbreviations kubectl accepts.").list_atomic().proto(5);
  d.field("categories", &APIResource::categories)
      .doc("Groups of resources this one belongs to, such as all.").list_atomic().proto(7);
  d.field("storageVersionHash", &APIResource::storage_version_hash)
      .doc("An opaque hash of the storage version, changing when the storage version does.")
      .proto(10);
}

}  // namespace windlass::api::meta::v1
