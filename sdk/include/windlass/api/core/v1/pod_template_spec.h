// windlass/api/core/v1/pod_template_spec.h — core/v1 PodTemplateSpec: the blueprint from which
// controllers create pods: metadata plus a pod spec.
//
// Deployments, Jobs, DaemonSets and StatefulSets stamp pods out of it; a change to it rolls out new
// pods.
//
//   core::v1::PodTemplateSpec t{.metadata = {.labels = {{"app", "web"}}},
//                               .spec = {.containers = {{.name = "web", .image = "nginx:1.27"}}}};
#pragma once

#include <windlass/api/core/v1/pod_spec.h>
#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/object_meta.h>

namespace windlass::api::core::v1 {

// The blueprint from which controllers create pods: metadata plus a pod spec (upstream
// `corev1.PodTemplateSpec`).
struct PodTemplateSpec {
  meta::v1::ObjectMeta metadata;
  PodSpec spec;
  UnknownFields unknown_fields;
  bool operator==(const PodTemplateSpec&) const = default;
};
WINDLASS_API_DESCRIBED(PodTemplateSpec);

}  // namespace windlass::api::core::v1
