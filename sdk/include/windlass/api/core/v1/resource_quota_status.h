// windlass/api/core/v1/resource_quota_status.h — core/v1 ResourceQuotaStatus: the limits in force
// and current usage.
//
//   Quantity used_pods = quota.status.used.at("pods");
#pragma once

#include <windlass/api/describe.h>
#include <windlass/core/quantity.h>

#include <map>
#include <string>

namespace windlass::api::core::v1 {

// The limits in force and current usage of a ResourceQuota (upstream `corev1.ResourceQuotaStatus`).
struct ResourceQuotaStatus {
  std::map<std::string, Quantity> hard;
  std::map<std::string, Quantity> used;
  UnknownFields unknown_fields;
  bool operator==(const ResourceQuotaStatus&) const = default;
};
WINDLASS_API_DESCRIBED(ResourceQuotaStatus);

}  // namespace windlass::api::core::v1
