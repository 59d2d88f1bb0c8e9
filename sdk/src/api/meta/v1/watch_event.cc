#include <windlass/api/meta/v1/watch_event.h>

namespace windlass::api::meta::v1 {

WINDLASS_API_DESCRIBE(WatchEvent, d) {
  d.doc("One event of a watch stream: what happened and the object concerned.");
  d.field("type", &WatchEvent::type)
      .doc("ADDED, MODIFIED, DELETED, BOOKMARK or ERROR.").required().proto(1);
  d.field("object", &WatchEvent::object)
      .doc("The object after the change (before it for DELETED), a bookmark, or a Status for "
           "ERROR.")
      .required().proto(2);
}

}  // namespace windlass::api::meta::v1
