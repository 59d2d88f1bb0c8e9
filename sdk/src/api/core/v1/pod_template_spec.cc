#include <windlass/api/core/v1/pod_template_spec.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(PodTemplateSpec, d) {
  d.doc("The blueprint from which controllers create pods: metadata plus a pod spec.");
  d.field("metadata", &PodTemplateSpec::metadata)
      .doc("Metadata given to every pod made from the template.").proto(1);
  d.field("spec", &PodTemplateSpec::spec)
      .doc("Spec given to every pod made from the template.").proto(2);
}

}  // namespace windlass::api::core::v1
