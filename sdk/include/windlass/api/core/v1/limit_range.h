// windlass/api/core/v1/limit_range.h — the core/v1 LimitRange kind.
//
// A LimitRange sets per-object bounds in one namespace: the minimum and maximum resources a pod,
// container or claim may ask for, and the requests and limits containers get when they set none.
// Admission applies it when objects are created; existing objects are not changed.
//
//   core::v1::LimitRange lr{
//       .metadata = {.name = "defaults", .namespace_ = "team-a"},
//       .spec = {.limits = {{.type = "Container",
//                            .default_ = {{"memory", *Quantity::parse("512Mi")}}}}}};
#pragma once

#include <windlass/api/core/v1/limit_range_spec.h>
#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/object_meta.h>
#include <windlass/api/resource.h>

#include <string>

namespace windlass::api::core::v1 {

// Per-object resource bounds and defaults in one namespace (upstream `corev1.LimitRange`).
struct LimitRange {
  std::string api_version = "v1";
  std::string kind = "LimitRange";
  meta::v1::ObjectMeta metadata;
  LimitRangeSpec spec;
  UnknownFields unknown_fields;
  bool operator==(const LimitRange&) const = default;
};
WINDLASS_API_DESCRIBED(LimitRange);
WINDLASS_API_RESOURCE(LimitRange);

}  // namespace windlass::api::core::v1
