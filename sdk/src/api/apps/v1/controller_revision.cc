#include <windlass/api/apps/v1/controller_revision.h>

namespace windlass::api::apps::v1 {

WINDLASS_API_DESCRIBE(ControllerRevision, d) {
  d.doc("An immutable snapshot of the state a DaemonSet or StatefulSet rolled out, kept for "
        "rollback.");
  d.field("apiVersion", &ControllerRevision::api_version)
      .doc("API version of this representation; \"apps/v1\".");
  d.field("kind", &ControllerRevision::kind)
      .doc("Kind of this representation; \"ControllerRevision\".");
  d.field("metadata", &ControllerRevision::metadata).doc("Standard object metadata.").proto(1);
  d.field("data", &ControllerRevision::data)
      .doc("The recorded state, as any JSON object.").proto(2);
  d.field("revision", &ControllerRevision::revision)
      .doc("Position of this snapshot among its owner's revisions.").required().proto(3);
}

WINDLASS_API_RESOURCE_INFO(ControllerRevision) {
  return {.group = "apps",
          .version = "v1",
          .kind = "ControllerRevision",
          .plural = "controllerrevisions",
          .singular = "controllerrevision",
          .printer_columns = {
              {.name = "Revision", .type = "integer", .json_path = ".revision"},
              {.name = "Age", .type = "date", .json_path = ".metadata.creationTimestamp"}}};
}

}  // namespace windlass::api::apps::v1
