// windlass/api/core/v1/pod.h — core/v1 Pod: a group of containers scheduled together onto one node,
// sharing network and volumes.
//
// The spec is mostly fixed once the pod exists (images, some tolerations and the active deadline
// can change); the status belongs to the kubelet and the control plane. Most pods are made by
// controllers from a PodTemplateSpec rather than directly.
//
//   core::v1::Pod p{.metadata = {.name = "web", .namespace_ = "prod"},
//                   .spec = {.containers = {{.name = "web", .image = "nginx:1.27"}}}};
#pragma once

#include <windlass/api/core/v1/pod_spec.h>
#include <windlass/api/core/v1/pod_status.h>
#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/object_meta.h>
#include <windlass/api/resource.h>

#include <string>

namespace windlass::api::core::v1 {

// A group of containers scheduled together onto one node, sharing network and volumes (upstream
// `corev1.Pod`).
struct Pod {
  std::string api_version = "v1";
  std::string kind = "Pod";
  meta::v1::ObjectMeta metadata;
  PodSpec spec;
  PodStatus status;
  UnknownFields unknown_fields;
  bool operator==(const Pod&) const = default;
};
WINDLASS_API_DESCRIBED(Pod);
WINDLASS_API_RESOURCE(Pod);

}  // namespace windlass::api::core::v1
