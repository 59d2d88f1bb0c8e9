// windlass/api/coordination/v1/lease.h — the coordination/v1 Lease kind.
//
// A Lease is a small lock with a heartbeat: leader election (controller managers, schedulers,
// operators) takes and renews one per component, and every kubelet renews one per node in the
// kube-node-lease namespace. Mutual exclusion comes from optimistic concurrency: a write based
// on a stale resourceVersion fails with Conflict. A Lease has no status; everything is in
// `spec`.
//
//   coordination::v1::Lease l{.metadata = {.name = "widget-operator", .namespace_ = "widgets"},
//                             .spec = {.holder_identity = "op-7f9c",
//                                      .lease_duration_seconds = 15}};
#pragma once

#include <windlass/api/coordination/v1/lease_spec.h>
#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/object_meta.h>
#include <windlass/api/resource.h>

#include <string>

namespace windlass::api::coordination::v1 {

// A lock held by one identity for a limited time (upstream `coordinationv1.Lease`).
struct Lease {
  std::string api_version = "coordination.k8s.io/v1";
  std::string kind = "Lease";
  meta::v1::ObjectMeta metadata;
  LeaseSpec spec;
  UnknownFields unknown_fields;
  bool operator==(const Lease&) const = default;
};
WINDLASS_API_DESCRIBED(Lease);
WINDLASS_API_RESOURCE(Lease);

}  // namespace windlass::api::coordination::v1
