// windlass/api/scheduling/v1/priority_class.h — the scheduling/v1 PriorityClass kind.
//
// A PriorityClass maps a name, used in a pod's `priorityClassName`, to an integer priority.
// Higher-priority pods are scheduled first and may preempt lower-priority ones unless
// `preemptionPolicy` is "Never" (the server defaults it to "PreemptLowerPriority"). At most one
// class is the `globalDefault`, used for pods that name none. `value` is always written (0 is a
// valid priority); user classes go up to 1000000000, larger values are reserved for the
// system-cluster-critical and system-node-critical classes. PriorityClasses are cluster-scoped.
//
//   scheduling::v1::PriorityClass pc{.metadata = {.name = "batch-low"}, .value = -10,
//                                    .description = "Best-effort batch jobs",
//                                    .preemption_policy = "Never"};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/object_meta.h>
#include <windlass/api/resource.h>

#include <cstdint>
#include <optional>
#include <string>

namespace windlass::api::scheduling::v1 {

// A named pod priority (upstream `schedulingv1.PriorityClass`).
struct PriorityClass {
  std::string api_version = "scheduling.k8s.io/v1";
  std::string kind = "PriorityClass";
  meta::v1::ObjectMeta metadata;
  std::int32_t value = 0;
  bool global_default = false;
  std::string description;
  std::optional<std::string> preemption_policy;  // "PreemptLowerPriority" or "Never"
  UnknownFields unknown_fields;
  bool operator==(const PriorityClass&) const = default;
};
WINDLASS_API_DESCRIBED(PriorityClass);
WINDLASS_API_RESOURCE(PriorityClass);

}  // namespace windlass::api::scheduling::v1
