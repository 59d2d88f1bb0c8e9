// windlass/api/apps/v1/daemon_set.h — apps/v1 DaemonSet: runs one copy of a pod on every eligible
// node.
//
// Pods are added as nodes join and removed as they leave. Template revisions are recorded as
// ControllerRevisions.
//
//   apps::v1::DaemonSet ds{
//       .metadata = {.name = "agent", .namespace_ = "kube-system"},
//       .spec = {.selector = meta::v1::LabelSelector{.match_labels = {{"app", "agent"}}},
//                .template_ = {.metadata = {.labels = {{"app", "agent"}}},
//                              .spec = {.containers = {{.name = "agent", .image = "agent:2"}}}}}};
#pragma once

#include <windlass/api/apps/v1/daemon_set_spec.h>
#include <windlass/api/apps/v1/daemon_set_status.h>
#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/object_meta.h>
#include <windlass/api/resource.h>

#include <string>

namespace windlass::api::apps::v1 {

// Runs one copy of a pod on every eligible node, such as a log shipper or a network agent (upstream
// `appsv1.DaemonSet`).
struct DaemonSet {
  std::string api_version = "apps/v1";
  std::string kind = "DaemonSet";
  meta::v1::ObjectMeta metadata;
  DaemonSetSpec spec;
  DaemonSetStatus status;
  UnknownFields unknown_fields;
  bool operator==(const DaemonSet&) const = default;
};
WINDLASS_API_DESCRIBED(DaemonSet);
WINDLASS_API_RESOURCE(DaemonSet);

}  // namespace windlass::api::apps::v1
