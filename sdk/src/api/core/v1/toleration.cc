#include <windlass/api/core/v1/toleration.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(Toleration, d) {
  d.doc("Permission for the pod to be placed on nodes with a matching taint.");
  d.field("key", &Toleration::key)
      .doc("Taint key matched; empty with operator Exists matches every taint.").proto(1);
  d.field("operator", &Toleration::operator_).doc("Exists or Equal (default).").proto(2);
  d.field("value", &Toleration::value).doc("Taint value matched with Equal.").proto(3);
  d.field("effect", &Toleration::effect)
      .doc("Taint effect matched: NoSchedule, PreferNoSchedule or NoExecute; all when empty.")
      .proto(4);
  d.field("tolerationSeconds", &Toleration::toleration_seconds)
      .doc("For NoExecute, how long the pod stays after the taint appears; forever when unset.")
      .proto(5);
}

}  // namespace windlass::api::core::v1
