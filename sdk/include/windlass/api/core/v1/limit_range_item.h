// windlass/api/core/v1/limit_range_item.h — core/v1 LimitRangeItem: the bounds and defaults for one
// kind of object.
//
//   core::v1::LimitRangeItem i{.type = "Container",
//                              .default_request = {{"cpu", *Quantity::parse("100m")}}};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/core/quantity.h>

#include <map>
#include <string>

namespace windlass::api::core::v1 {

// The bounds and defaults for one kind of object (upstream `corev1.LimitRangeItem`).
struct LimitRangeItem {
  std::string type;
  std::map<std::string, Quantity> max;
  std::map<std::string, Quantity> min;
  std::map<std::string, Quantity> default_;  // `default` is a C++ keyword
  std::map<std::string, Quantity> default_request;
  std::map<std::string, Quantity> max_limit_request_ratio;
  UnknownFields unknown_fields;
  bool operator==(const LimitRangeItem&) const = default;
};
WINDLASS_API_DESCRIBED(LimitRangeItem);

}  // namespace windlass::api::core::v1
