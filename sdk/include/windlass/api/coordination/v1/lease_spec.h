// windlass/api/coordination/v1/lease_spec.h — coordination/v1 LeaseSpec, who holds a Lease and
// until when.
//
// Every field is a Go pointer, so each is a std::optional here and an unset field is absent
// from the JSON (a present `leaseTransitions: 0` stays present). The lease is held by
// `holderIdentity` until `renewTime` + `leaseDurationSeconds`; a candidate may take it over
// only after that, and bumps `leaseTransitions` when it does. The times are MicroTime
// (microsecond precision). `strategy` and `preferredHolder` serve coordinated leader election
// (alpha since Kubernetes 1.31, feature gate CoordinatedLeaderElection); the one strategy so far
// is "OldestEmulationVersion".
//
//   coordination::v1::LeaseSpec s{.holder_identity = "op-7f9c", .lease_duration_seconds = 15,
//                                 .acquire_time = now, .renew_time = now,
//                                 .lease_transitions = 0};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/core/time.h>

#include <cstdint>
#include <optional>
#include <string>

namespace windlass::api::coordination::v1 {

// The holder and timing of a Lease (upstream `coordinationv1.LeaseSpec`).
struct LeaseSpec {
  std::optional<std::string> holder_identity;
  std::optional<std::int32_t> lease_duration_seconds;
  std::optional<MicroTime> acquire_time;
  std::optional<MicroTime> renew_time;
  std::optional<std::int32_t> lease_transitions;
  std::optional<std::string> strategy;
  std::optional<std::string> preferred_holder;
  UnknownFields unknown_fields;
  bool operator==(const LeaseSpec&) const = default;
};
WINDLASS_API_DESCRIBED(LeaseSpec);

}  // namespace windlass::api::coordination::v1
