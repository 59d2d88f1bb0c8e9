// windlass/api/autoscaling/v1/scale.h — autoscaling/v1 Scale, the body of every `scale`
// subresource.
//
// Deployments, ReplicaSets, StatefulSets, ReplicationControllers and custom resources with a
// scale subresource all expose `/scale`, which reads and writes this one shape: the desired
// replicas in `spec`, the observed replicas and pod selector in `status`. `metadata` is the
// parent object's (name, namespace, uid, resourceVersion). Like meta/v1 Status, Scale is not a
// resource kind of its own (there is no `scales` endpoint), so it has no ResourceInfo; use it
// with the parent's resource and the subresource name "scale".
//
//   autoscaling::v1::Scale s{.metadata = {.name = "web", .namespace_ = "prod"},
//                            .spec = {.replicas = 5}};
//   // PUT /apis/apps/v1/namespaces/prod/deployments/web/scale
#pragma once

#include <windlass/api/autoscaling/v1/scale_spec.h>
#include <windlass/api/autoscaling/v1/scale_status.h>
#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/object_meta.h>

#include <string>

namespace windlass::api::autoscaling::v1 {

// The replica count of a scalable resource, as its scale subresource serves it (upstream
// `autoscalingv1.Scale`).
struct Scale {
  std::string api_version = "autoscaling/v1";
  std::string kind = "Scale";
  meta::v1::ObjectMeta metadata;
  ScaleSpec spec;
  ScaleStatus status;
  UnknownFields unknown_fields;
  bool operator==(const Scale&) const = default;
};
WINDLASS_API_DESCRIBED(Scale);

}  // namespace windlass::api::autoscaling::v1
