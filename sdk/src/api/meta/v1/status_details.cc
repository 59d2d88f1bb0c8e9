#include <windlass/api/meta/v1/status_details.h>

namespace windlass::api::meta::v1 {

WINDLASS_API_DESCRIBE(StatusDetails, d) {
  d.doc("Details a Status gives about the object of the request; which fields are set depends "
        "on the reason.");
  d.field("name", &StatusDetails::name).doc("Name of the object, when there is one.").proto(1);
  d.field("group", &StatusDetails::group).doc("API group of the object's resource.").proto(2);
  d.field("kind", &StatusDetails::kind)
      .doc("Kind of the object (or resource name when the kind is not known).").proto(3);
  d.field("uid", &StatusDetails::uid).doc("UID of the object, when there is one.").proto(6);
  d.field("causes", &StatusDetails::causes)
      .doc("The individual causes of the failure, e.g. one per invalid field.")
      .list_atomic().proto(4);
  d.field("retryAfterSeconds", &StatusDetails::retry_after_seconds)
      .doc("Seconds the client should wait before retrying, when the server suggests it.")
      .proto(5);
}

}  // namespace windlass::api::meta::v1
