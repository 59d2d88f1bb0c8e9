#include <windlass/api/core/v1/taint.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(Taint, d) {
  d.doc("A mark on a node that repels pods without a matching toleration.");
  d.field("key", &Taint::key).doc("The taint's key.").required().proto(1);
  d.field("value", &Taint::value).doc("The taint's value.").proto(2);
  d.field("effect", &Taint::effect)
      .doc("What happens to intolerant pods: NoSchedule, PreferNoSchedule or NoExecute (evicted "
           "as well).")
      .enum_values({"NoExecute", "NoSchedule", "PreferNoSchedule"}).required().proto(3);
  d.field("timeAdded", &Taint::time_added)
      .doc("When the taint was added; set for NoExecute taints only.").proto(4);
}

}  // namespace windlass::api::core::v1
