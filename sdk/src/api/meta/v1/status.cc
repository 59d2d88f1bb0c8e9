#include <windlass/api/meta/v1/status.h>

namespace windlass::api::meta::v1 {

WINDLASS_API_DESCRIBE(Status, d) {
  d.doc("The result of a request that does not return an object; the body of API errors.");
  d.field("apiVersion", &Status::api_version)
      .doc("API version of this representation; \"v1\".");
  d.field("kind", &Status::kind).doc("Kind of this representation; \"Status\".");
  d.field("metadata", &Status::metadata).doc("List-style metadata; usually empty.").proto(1);
  d.field("status", &Status::status)
      .doc("Outcome of the request.").enum_values({"Success", "Failure"}).proto(2);
  d.field("message", &Status::message).doc("Human-readable description of the outcome.").proto(3);
  d.field("reason", &Status::reason)
      .doc("Machine-readable CamelCase reason for a failure, such as NotFound or Conflict; "
           "empty when none applies.")
      .proto(4);
  d.field("details", &Status::details)
      .doc("Additional data about the object concerned, depending on the reason.").proto(5);
  d.field("code", &Status::code).doc("HTTP status code of the response.").proto(6);
}

}  // namespace windlass::api::meta::v1
