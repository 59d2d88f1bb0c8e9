#include <windlass/api/batch/v1/job_template_spec.h>

namespace windlass::api::batch::v1 {

WINDLASS_API_DESCRIBE(JobTemplateSpec, d) {
  d.doc("The Job a CronJob creates each time it fires: metadata plus a job spec.");
  d.field("metadata", &JobTemplateSpec::metadata)
      .doc("Metadata given to every job made from the template.").proto(1);
  d.field("spec", &JobTemplateSpec::spec)
      .doc("Spec given to every job made from the template.").proto(2);
}

}  // namespace windlass::api::batch::v1
