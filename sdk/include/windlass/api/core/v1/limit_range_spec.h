// windlass/api/core/v1/limit_range_spec.h — core/v1 LimitRangeSpec: the bounds and defaults of a
// LimitRange.
//
//   core::v1::LimitRangeSpec s{.limits = {{.type = "Pod",
//                                          .max = {{"cpu", *Quantity::parse("4")}}}}};
#pragma once

#include <windlass/api/core/v1/limit_range_item.h>
#include <windlass/api/describe.h>

#include <vector>

namespace windlass::api::core::v1 {

// The bounds and defaults of a LimitRange (upstream `corev1.LimitRangeSpec`).
struct LimitRangeSpec {
  std::vector<LimitRangeItem> limits;
  UnknownFields unknown_fields;
  bool operator==(const LimitRangeSpec&) const = default;
};
WINDLASS_API_DESCRIBED(LimitRangeSpec);

}  // namespace windlass::api::core::v1
