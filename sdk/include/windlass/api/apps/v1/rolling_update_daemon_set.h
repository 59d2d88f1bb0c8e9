// windlass/api/apps/v1/rolling_update_daemon_set.h — apps/v1 RollingUpdateDaemonSet: how many nodes
// a DaemonSet rolling update may take down or double up at once.
//
// Each bound is an absolute number or a percentage of the nodes that should run the pod.
// maxUnavailable defaults to 1 and maxSurge to 0; they cannot both be 0.
//
//   apps::v1::RollingUpdateDaemonSet r{.max_unavailable = IntOrString::of_int(0),
//                                      .max_surge = IntOrString::of_string("10%")};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/core/int_or_string.h>

#include <optional>

namespace windlass::api::apps::v1 {

// How many nodes a DaemonSet rolling update may leave without a ready pod, or run two pods on, at
// once (upstream `appsv1.RollingUpdateDaemonSet`).
struct RollingUpdateDaemonSet {
  std::optional<IntOrString> max_unavailable;
  std::optional<IntOrString> max_surge;
  UnknownFields unknown_fields;
  bool operator==(const RollingUpdateDaemonSet&) const = default;
};
WINDLASS_API_DESCRIBED(RollingUpdateDaemonSet);

}  // namespace windlass::api::apps::v1
