#include <windlass/api/core/v1/pod_template.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(PodTemplate, d) {
  d.doc("A stored pod template that other objects can copy from.");
  d.field("apiVersion", &PodTemplate::api_version)
      .doc("API version of this representation; \"v1\".");
  d.field("kind", &PodTemplate::kind).doc("Kind of this representation; \"PodTemplate\".");
  d.field("metadata", &PodTemplate::metadata).doc("Standard object metadata.").proto(1);
  d.field("template", &PodTemplate::template_)
      .doc("The pod blueprint this object stores.").proto(2);
}

WINDLASS_API_RESOURCE_INFO(PodTemplate) {
  return {.group = "",
          .version = "v1",
          .kind = "PodTemplate",
          .plural = "podtemplates",
          .singular = "podtemplate"};
}

}  // namespace windlass::api::core::v1
