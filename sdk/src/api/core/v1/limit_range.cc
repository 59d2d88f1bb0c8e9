#include <windlass/api/core/v1/limit_range.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(LimitRange, d) {
  d.doc("Per-object resource bounds and defaults in one namespace.");
  d.field("apiVersion", &LimitRange::api_version)
      .doc("API version of this representation; \"v1\".");
  d.field("kind", &LimitRange::kind).doc("Kind of this representation; \"LimitRange\".");
  d.field("metadata", &LimitRange::metadata).doc("Standard object metadata.").proto(1);
  d.field("spec", &LimitRange::spec).doc("The bounds and defaults.").proto(2);
}

WINDLASS_API_RESOURCE_INFO(LimitRange) {
  return {.group = "",
          .version = "v1",
          .kind = "LimitRange",
          .plural = "limitranges",
          .singular = "limitrange",
          .short_names = {"limits"},
          .printer_columns = {{.name = "Created At", .type = "date",
                               .json_path = ".metadata.creationTimestamp"}}};
}

}  // namespace windlass::api::core::v1
