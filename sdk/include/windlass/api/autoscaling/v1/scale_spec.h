// windlass/api/autoscaling/v1/scale_spec.h — autoscaling/v1 ScaleSpec, the desired replica
// count in a Scale.
//
// `replicas` is omitted from the JSON when 0, as upstream's omitempty does.
//
//   autoscaling::v1::ScaleSpec s{.replicas = 5};
#pragma once

#include <windlass/api/describe.h>

#include <cstdint>

namespace windlass::api::autoscaling::v1 {

// The desired size of a scalable resource (upstream `autoscalingv1.ScaleSpec`).
struct ScaleSpec {
  std::int32_t replicas = 0;
  UnknownFields unknown_fields;
  bool operator==(const ScaleSpec&) const = default;
};
WINDLASS_API_DESCRIBED(ScaleSpec);

}  // namespace windlass::api::autoscaling::v1
