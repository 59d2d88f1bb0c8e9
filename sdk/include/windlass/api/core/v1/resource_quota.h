// windlass/api/core/v1/resource_quota.h — the core/v1 ResourceQuota kind.
//
// A ResourceQuota caps what the objects of one namespace may use in total: compute requests and
// limits, storage, object counts. Requests that would exceed it are refused; the quota controller
// keeps `status.used` current. Scopes narrow which pods a quota counts.
//
//   core::v1::ResourceQuota q{
//       .metadata = {.name = "compute", .namespace_ = "team-a"},
//       .spec = {.hard = {{"requests.cpu", *Quantity::parse("4")},
//                         {"pods", *Quantity::parse("20")}}}};
#pragma once

#include <windlass/api/core/v1/resource_quota_spec.h>
#include <windlass/api/core/v1/resource_quota_status.h>
#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/object_meta.h>
#include <windlass/api/resource.h>

#include <string>

namespace windlass::api::core::v1 {

// A cap on the total resources the objects of one namespace may use (upstream
// `corev1.ResourceQuota`).
struct ResourceQuota {
  std::string api_version = "v1";
  std::string kind = "ResourceQuota";
  meta::v1::ObjectMeta metadata;
  ResourceQuotaSpec spec;
  ResourceQuotaStatus status;
  UnknownFields unknown_fields;
  bool operator==(const ResourceQuota&) const = default;
};
WINDLASS_API_DESCRIBED(ResourceQuota);
WINDLASS_API_RESOURCE(ResourceQuota);

}  // namespace windlass::api::core::v1
