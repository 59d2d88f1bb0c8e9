// windlass/api/core/v1/pod_template.h — core/v1 PodTemplate: a stored pod template that other
// objects can copy from.
//
// Rarely used directly; workloads embed a PodTemplateSpec instead.
//
//   core::v1::PodTemplate t{.metadata = {.name = "worker"},
//                           .template_ = {.spec = {.containers = {{.name = "w", .image = "w:1"}}}}};
#pragma once

#include <windlass/api/core/v1/pod_template_spec.h>
#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/object_meta.h>
#include <windlass/api/resource.h>

#include <string>

namespace windlass::api::core::v1 {

// A stored pod template that other objects can copy from (upstream `corev1.PodTemplate`).
struct PodTemplate {
  std::string api_version = "v1";
  std::string kind = "PodTemplate";
  meta::v1::ObjectMeta metadata;
  PodTemplateSpec template_;  // `template` is a C++ keyword or macro
  UnknownFields unknown_fields;
  bool operator==(const PodTemplate&) const = default;
};
WINDLASS_API_DESCRIBED(PodTemplate);
WINDLASS_API_RESOURCE(PodTemplate);

}  // namespace windlass::api::core::v1
