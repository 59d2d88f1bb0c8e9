// windlass/api/apps/v1/daemon_set_update_strategy.h — apps/v1 DaemonSetUpdateStrategy: how a
// DaemonSet replaces its pods when the template changes.
//
//   apps::v1::DaemonSetUpdateStrategy s{.type = "OnDelete"};
#pragma once

#include <windlass/api/apps/v1/rolling_update_daemon_set.h>
#include <windlass/api/describe.h>

#include <optional>
#include <string>

namespace windlass::api::apps::v1 {

// How a DaemonSet replaces its pods when the template changes (upstream
// `appsv1.DaemonSetUpdateStrategy`).
struct DaemonSetUpdateStrategy {
  std::string type;
  std::optional<RollingUpdateDaemonSet> rolling_update;
  UnknownFields unknown_fields;
  bool operator==(const DaemonSetUpdateStrategy&) const = default;
};
WINDLASS_API_DESCRIBED(DaemonSetUpdateStrategy);

}  // namespace windlass::api::apps::v1
