#include <windlass/api/meta/v1/status_cause.h>

namespace windlass::api::meta::v1 {

WINDLASS_API_DESCRIBE(StatusCause, d) {
  d.doc("One cause of a failed request, usually one invalid field.");
  d.field("reason", &StatusCause::reason)
      .doc("Machine-readable cause type, such as FieldValueInvalid; empty when unknown.")
      .proto(1);
  d.field("message", &StatusCause::message)
      .doc("Human-readable description of the cause.").proto(2);
  d.field("field", &StatusCause::field)
      .doc("Path of the field that caused the failure (e.g. spec.containers[0].image); empty "
           "when it concerns no single field.")
      .proto(3);
}

}  // namespace windlass::api::meta::v1
