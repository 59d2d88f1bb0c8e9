// windlass/api/autoscaling/v1/scale_status.h — autoscaling/v1 ScaleStatus, the observed size of
// a scalable resource.
//
// `replicas` is always written. `selector` is the label selector of the pods, in the string
// form of a label query ("app=web,tier in (a,b)"), so that autoscalers can find them without
// knowing the resource's schema; parse it with windlass/core/label_selector.h.
//
//   int32_t running = scale.status.replicas;
#pragma once

#include <windlass/api/describe.h>

#include <cstdint>
#include <string>

namespace windlass::api::autoscaling::v1 {

// The observed size of a scalable resource (upstream `autoscalingv1.ScaleStatus`).
struct ScaleStatus {
  std::int32_t replicas = 0;
  std::string selector;
  UnknownFields unknown_fields;
  bool operator==(const ScaleStatus&) const = default;
};
WINDLASS_API_DESCRIBED(ScaleStatus);

}  // namespace windlass::api::autoscaling::v1
