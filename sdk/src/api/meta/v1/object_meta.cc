#include <windlass/api/meta/v1/object_meta.h>

namespace windlass::api::meta::v1 {

WINDLASS_API_DESCRIBE(ObjectMeta, d) {
  d.doc("Metadata that every persisted object has: identity, labels and annotations, ownership, "
        "finalizers and server-maintained bookkeeping.");
  d.field("name", &ObjectMeta::name)
      .doc("Name of the object, unique per kind within its namespace; cannot be changed.")
      .proto(1);
  d.field("generateName", &ObjectMeta::generate_name)
      .doc("Prefix from which the server generates a unique name when name is empty on create.")
      .proto(2);
  d.field("namespace", &ObjectMeta::namespace_)
      .doc("Namespace of the object; empty for cluster-scoped objects.").proto(3);
  d.field("selfLink", &ObjectMeta::self_link)
      .doc("Deprecated and no longer set by the server: the object's URL.").proto(4);
  d.field("uid", &ObjectMeta::uid)
      .doc("Server-assigned identifier, unique across the object's lifetime and across objects "
           "that reuse its name. Read-only.")
      .format("uuid").proto(5);
  d.field("resourceVersion", &ObjectMeta::resource_version)
      .doc("Opaque version of the object, changed on every write; used for optimistic "
           "concurrency and watches. Read-only.")
      .proto(6);
  d.field("generation", &ObjectMeta::generation)
      .doc("Sequence number of the desired state, incremented by the server on spec changes. "
           "Read-only.")
      .proto(7);
  d.field("creationTimestamp", &ObjectMeta::creation_timestamp)
      .doc("When the server created the object (UTC, RFC 3339). Read-only.").proto(8);
  d.field("deletionTimestamp", &ObjectMeta::deletion_timestamp)
      .doc("When the object is to be, or was requested to be, deleted; set by the server when a "
           "graceful deletion starts. Read-only.")
      .proto(9);
  d.field("deletionGracePeriodSeconds", &ObjectMeta::deletion_grace_period_seconds)
      .doc("Seconds the object has to terminate gracefully before it is removed; set together "
           "with deletionTimestamp. Read-only.")
      .proto(10);
  d.field("labels", &ObjectMeta::labels)
      .doc("Key/value pairs used to select and group objects.").proto(11);
  d.field("annotations", &ObjectMeta::annotations)
      .doc("Key/value pairs for arbitrary non-identifying data kept by tools and controllers.")
      .proto(12);
  d.field("ownerReferences", &ObjectMeta::owner_references)
      .doc("Objects this one depends on; when all are deleted the object is garbage-collected.")
      .list_map({"uid"}).patch_merge("uid").proto(13);
  d.field("finalizers", &ObjectMeta::finalizers)
      .doc("Names of pending cleanup steps; the object is deleted only once the list is empty.")
      .list_set().patch_merge().proto(14);
  d.field("managedFields", &ObjectMeta::managed_fields)
      .doc("Server-side apply bookkeeping: which manager owns which fields. Normally left to "
           "the server.")
      .list_atomic().proto(17);
}

}  // namespace windlass::api::meta::v1
