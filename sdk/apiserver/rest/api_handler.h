// apiserver/rest/api_handler.h — the Kubernetes REST API over a Storage.
//
// Turns each HTTP Request into the Reply kube-apiserver would give: discovery (aggregated and
// legacy), /version and health, and for every resource in the Catalog get, list (selectors,
// pagination, resourceVersion semantics), watch (replay, bookmarks, initial events), create,
// update, patch (JSON, merge, strategic merge) and delete, with exact metav1.Status errors.
// Thread-safe: any number of server threads may call handle() at once.
#pragma once

#include "auth/service_account_tokens.h"
#include "http/message.h"
#include "registry/catalog.h"
#include "registry/service_ips.h"
#include "storage/storage.h"

#include <windlass/core/error.h>
#include <windlass/core/time.h>

#include <atomic>
#include <functional>
#include <iterator>
#include <map>
#include <mutex>
#include <optional>

namespace windlass::apiserver {

// A pods/log request, after the pod and container have been checked.
struct PodLogRequest {
  std::string ns;
  std::string pod;
  std::string container;
  Json pod_object;
  bool follow = false;
  bool previous = false;
  bool timestamps = false;
  std::optional<std::int64_t> tail_lines;
  std::optional<std::int64_t> limit_bytes;
  std::optional<std::int64_t> since_seconds;
  std::optional<TimePoint> since_time;
};

struct ApiHandlerOptions {
  // The address clients reach us at, for /api's serverAddressByClientCIDRs.
  std::string server_address = "127.0.0.1:6443";
  // Time source (tests inject a fake one).
  std::function<TimePoint()> now = [] { return std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now()); };
  // Watches without timeoutSeconds last a random time in [min, 2*min], as upstream.
  std::chrono::seconds min_request_timeout{1800};
  std::chrono::seconds bookmark_interval{60};
  // Serves pods/log for pods that a node runs (the node agent plugs in here). Unset, or for
  // pods it does not know, the containers report what a kubelet says before they start.
  std::function<std::optional<Reply>(const PodLogRequest&)> pod_logs;
  // Signs the tokens of serviceaccounts/<name>/token and checks them in TokenReviews (a fresh
  // key when unset; windlass-apiserver keeps its own in the PKI directory).
  std::shared_ptr<const ServiceAccountTokenKey> service_account_key;
  // Where Services' cluster IPs and node ports come from (must pass check_service_ranges).
  ServiceRanges service_ranges;
};

// Request counters for /metrics.
struct RequestMetrics {
  std::mutex mu;
  std::map<std::string, std::uint64_t> total;  // "verb|resource|code"
  // Upper bounds (seconds) of the latency histogram's buckets, a subset of kube-apiserver's.
  static constexpr double kBuckets[] = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 60};
  struct Histogram {
    std::uint64_t buckets[std::size(kBuckets)] = {};  // cumulative counts
    std::uint64_t count = 0;
    double sum = 0;
  };
  std::map<std::string, Histogram> duration;  // "verb|resource"
  std::atomic<std::int64_t> watchers{0};
};

class ApiHandler {
 public:
  ApiHandler(Storage& storage, ApiHandlerOptions options);
  // Creates default, kube-system, kube-public and kube-node-lease when missing, and the
  // `kubernetes` Service with its Endpoints and EndpointSlice in default.
  Result<void> bootstrap();
  Reply handle(const Request& request);
  RequestMetrics& metrics() { return metrics_; }
  // Also points the `kubernetes` Service's endpoints at the address's port.
  void set_server_address(std::string address);
  // The resources served right now: the built-in kinds plus those of established CRDs.
  std::shared_ptr<const Catalog> catalog() const;
  // Re-reads the CRDs from storage and swaps in a new catalog.
  void rebuild_catalog();

  struct Target;  // a parsed resource request

 private:
  Reply dispatch(const Request& req, std::string& verb, std::string& resource);
  Reply serve_resource(const Request& req, const Target& t, std::string& verb);
  Reply serve_verb(const Request& req, const Target& t, std::string& verb);
  Response get(const Request& req, const Target& t);
  Reply list_or_watch(const Request& req, const Target& t, std::string& verb);
  Response create(const Request& req, const Target& t);
  Response update(const Request& req, const Target& t);
  Response patch(const Request& req, const Target& t);
  Response remove(const Request& req, const Target& t);
  Response delete_collection(const Request& req, const Target& t);
  Reply pod_subresource(const Request& req, const Target& t);
  Response create_token(const Request& req, const Target& t);
  Json review_token(const Json& spec);
  Response metrics_text();
  // The `kubernetes` Service, Endpoints and EndpointSlice as the server address says.
  Result<void> reconcile_kubernetes_service();

  Storage& storage_;
  ApiHandlerOptions options_;
  mutable std::mutex catalog_mu_;
  std::shared_ptr<const Catalog> catalog_;
  RequestMetrics metrics_;
  std::mutex address_mu_;
  std::shared_ptr<ServiceAllocator> services_;
};

// The JSON reply for an error, with its HTTP code.
Response error_response(const Error& e);
// A stored object as the requested version shows it (custom resources are stored in their
// storage version; with conversion None only apiVersion changes).
Json present(const ResourceType& type, const Json& stored);
// to_json_string(present(type, stored)), serializing `stored` in place when presenting
// changes nothing (the common case: no copy of the object per answer, list item or event).
std::string present_text(const ResourceType& type, const Json& stored);
// Whether present(type, stored) would be `stored` itself.
bool presents_as_stored(const ResourceType& type, const Json& stored);
// The same as a JSON response.
Response present_response(int code, const ResourceType& type, const Json& stored);

}  // namespace windlass::apiserver
