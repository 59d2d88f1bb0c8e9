#include <windlass/api/scheduling/v1/priority_class.h>

namespace windlass::api::scheduling::v1 {

WINDLASS_API_DESCRIBE(PriorityClass, d) {
  d.doc("Maps a priority class name, used by pods, to an integer scheduling priority.");
  d.field("apiVersion", &PriorityClass::api_version)
      .doc("API version of this representation; \"scheduling.k8s.io/v1\".");
  d.field("kind", &PriorityClass::kind).doc("Kind of this representation; \"PriorityClass\".");
  d.field("metadata", &PriorityClass::metadata).doc("Standard object metadata.").proto(1);
  d.field("value", &PriorityClass::value)
      .doc("The priority of pods using this class; higher is more important. User-defined "
           "classes may use up to 1000000000.")
      .required().proto(2);
  d.field("globalDefault", &PriorityClass::global_default)
      .doc("Whether this class applies to pods that name no class; at most one class may set "
           "it.")
      .proto(3);
  d.field("description", &PriorityClass::description)
      .doc("Free text telling users when to use this class.").proto(4);
  d.field("preemptionPolicy", &PriorityClass::preemption_policy)
      .doc("Whether pods of this class may evict lower-priority pods to get scheduled; the "
           "server defaults it to PreemptLowerPriority.")
      .enum_values({"Never", "PreemptLowerPriority"}).proto(5);
}

WINDLASS_API_RESOURCE_INFO(PriorityClass) {
  return {.group = "scheduling.k8s.io",
          .version = "v1",
          .kind = "PriorityClass",
          .plural = "priorityclasses",
          .singular = "priorityclass",
          .short_names = {"pc"},
          .namespaced = false};
}

}  // namespace windlass::api::scheduling::v1
