#include <windlass/api/batch/v1/job.h>

namespace windlass::api::batch::v1 {

WINDLASS_API_DESCRIBE(Job, d) {
  d.doc("Runs pods until a given number of them succeed, retrying failures up to a limit.");
  d.field("apiVersion", &Job::api_version).doc("API version of this representation; \"batch/v1\".");
  d.field("kind", &Job::kind).doc("Kind of this representation; \"Job\".");
  d.field("metadata", &Job::metadata).doc("Standard object metadata.").proto(1);
  d.field("spec", &Job::spec).doc("What to run and when the job is done.").proto(2);
  d.field("status", &Job::status)
      .doc("What the job controller last observed; written by the system.").proto(3);
}

WINDLASS_API_RESOURCE_INFO(Job) {
  return {.group = "batch",
          .version = "v1",
          .kind = "Job",
          .plural = "jobs",
          .singular = "job",
          .categories = {"all"},
          .status_subresource = true,
          .printer_columns = {
              {.name = "Age", .type = "date", .json_path = ".metadata.creationTimestamp"},
              {.name = "Containers", .type = "string",
               .json_path = ".spec.template.spec.containers[*].name",
               .priority = 1},
              {.name = "Images", .type = "string",
               .json_path = ".spec.template.spec.containers[*].image",
               .priority = 1}}};
}

}  // namespace windlass::api::batch::v1
