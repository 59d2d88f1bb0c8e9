#include <windlass/api/meta/v1/managed_fields_entry.h>

namespace windlass::api::meta::v1 {

WINDLASS_API_DESCRIBE(ManagedFieldsEntry, d) {
  d.doc("The set of fields one field manager owns in an object, and the operation that gave it "
        "ownership.");
  d.field("manager", &ManagedFieldsEntry::manager)
      .doc("Name of the field manager (the client or controller that set the fields).").proto(1);
  d.field("operation", &ManagedFieldsEntry::operation)
      .doc("How the manager came to own the fields: by a server-side Apply or by an Update.")
      .enum_values({"Apply", "Update"}).proto(2);
  d.field("apiVersion", &ManagedFieldsEntry::api_version)
      .doc("API version of the object the manager used; the field set is expressed in it.")
      .proto(3);
  d.field("time", &ManagedFieldsEntry::time)
      .doc("When the manager last changed its field set.").proto(4);
  d.field("fieldsType", &ManagedFieldsEntry::fields_type)
      .doc("Format of the field set; the only format is \"FieldsV1\".").proto(6);
  d.field("fieldsV1", &ManagedFieldsEntry::fields_v1)
      .doc("The owned fields, as a trie of f:/k:/v:/i: keys (structured-merge-diff FieldsV1).")
      .preserve_unknown_fields().proto(7);
  d.field("subresource", &ManagedFieldsEntry::subresource)
      .doc("The subresource (such as \"status\") through which the fields were set; empty for "
           "the main resource.")
      .proto(8);
}

}  // namespace windlass::api::meta::v1
