// apiserver/registry/service_ips.h — cluster IPs and node ports of Services.
//
// kube-apiserver's Service registry hands out a cluster IP from --service-cluster-ip-range and
// node ports from --service-node-port-range, fills in ipFamilies/ipFamilyPolicy, keeps what it
// handed out across updates that omit it, refuses changes to a cluster IP, and frees both when
// a Service is deleted or changes to a type that does not need them. ServiceAllocator does the
// same for a single-stack IPv4 cluster.
//
// What is in use is not kept in a separate record (upstream keeps bitmaps in etcd): the
// allocator watches the stored Services from the moment it is made — the initial list covers a
// restart — and an address belongs to whichever stored Service names it. Deletion from any
// path (DELETE, a namespace's cleanup, the last finalizer going) therefore frees addresses
// without a hook. A write in flight reserves what it picked in a Hold; the reservation ends
// when the Hold goes, by which time a successful write's Service is in the store (the store
// reports a commit to watchers before the write returns).
//
//   ServiceAllocator::Hold hold;
//   WINDLASS_RETURN_IF_ERROR(services.allocate(service, previous, hold));
//   storage.create(key, service);   // hold ends after this
#pragma once

#include "storage/storage.h"

#include <windlass/core/error.h>
#include <windlass/core/json.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace windlass::apiserver {

struct ServiceRanges {
  std::string cluster_ip_range = "10.96.0.0/12";  // kubeadm's default
  std::string node_port_range = "30000-32767";
};

// kInvalid with a message naming the flag when a range is not an IPv4 CIDR (with at least
// two usable addresses) or "low-high" ports.
Result<void> check_service_ranges(const ServiceRanges& ranges);

class ServiceAllocator {
  struct State;

 public:
  // Starts watching the Services in `storage`. `ranges` must pass check_service_ranges
  // (programming error otherwise).
  ServiceAllocator(Storage& storage, const ServiceRanges& ranges);
  ~ServiceAllocator();
  ServiceAllocator(const ServiceAllocator&) = delete;
  ServiceAllocator& operator=(const ServiceAllocator&) = delete;

  // What one write reserved; released when destroyed. Movable, not copyable.
  class Hold {
   public:
    Hold() = default;
    Hold(Hold&&) = default;
    Hold& operator=(Hold&&) = delete;
    ~Hold();

   private:
    friend class ServiceAllocator;
    std::shared_ptr<State> state_;
    std::vector<std::uint32_t> ips_;
    std::vector<int> ports_;
  };

  // Fills in and checks the allocated fields of the v1 Service `service` (already defaulted):
  // on create (`previous` null) and on update (`previous` the stored Service). 422 with
  // upstream's messages for a taken or out-of-range address, a changed cluster IP, IPv6 or
  // dual-stack requests; 500 when a range is exhausted. Thread-safe.
  Result<void> allocate(Json& service, const Json* previous, Hold& hold);

  // The first address of the cluster IP range, which the `kubernetes` Service takes.
  std::string first_ip() const;

 private:
  std::shared_ptr<State> state_;
  std::shared_ptr<WatchQueue> queue_;
};

}  // namespace windlass::apiserver
