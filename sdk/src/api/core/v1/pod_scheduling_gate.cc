#include <windlass/api/core/v1/pod_scheduling_gate.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(PodSchedulingGate, d) {
  d.doc("A gate that blocks scheduling while present.");
  d.field("name", &PodSchedulingGate::name)
      .doc("Gate name, unique within the pod.").required().proto(1);
}

}  // namespace windlass::api::core::v1
