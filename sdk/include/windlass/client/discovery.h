// windlass/client/discovery.h — what an API server serves, and names mapped to REST paths.
//
// `DiscoveryClient` reads the server's discovery documents: the groups, their versions (the
// preferred one first) and, per version, the resources with kind, scope, verbs, short names,
// categories and subresources. It asks for aggregated discovery first (two requests, `/api`
// and `/apis`, answered as apidiscovery.k8s.io APIGroupDiscoveryList v2 or v2beta1) and falls
// back to the legacy documents (`/api`, `/apis`, then one `/api/v1` or `/apis/G/V` per group
// version) when the server answers plain JSON, as kube-apiservers before 1.26 do.
//
// `RestMapper` turns what users and manifests say into what requests need, as kubectl does:
// a kind (`apps/v1 Deployment`, or `apps Deployment` at the preferred version) into its
// resource and scope, a resource into its kind, and a command-line word — `deploy`,
// `deployments`, `deployment`, `deployments.apps`, `deployments.v1.apps`, `Deployment`,
// `Deployment.apps` — into a mapping; `category("all")` lists what `kubectl get all` shows.
// It reads discovery once and caches it; a lookup that finds nothing reads discovery again
// once before failing, so a CustomResourceDefinition created after the first read becomes
// usable without restarting. It is thread-safe; share one per server (`Client::mapper()`).
//
//   RestMapper mapper(transport);
//   GroupVersionKind gvk{"apps", "", "Deployment"};      // a named value: see the note below
//   WINDLASS_TRY(RestMapping m, transport->run(mapper.mapping(gvk)));
//   m.gvr.to_string();   // "apps/v1, Resource=deployments"; m.namespaced == true
//
// Lookup failures: kNotFound when nothing matches (the message says what, in kubectl's words),
// kBadRequest when a word matches resources of several groups and none of them is the core
// group (kubectl would silently take the first; an operator should not guess).
//
// GCC 12 note: `GroupVersionKind` and `GroupVersionResource` are aggregates; do not write
// `co_await mapper.mapping(GroupVersionKind{...})` (GCC 12 miscompiles aggregate temporaries
// inside a co_await expression) — name the value first, as above.
#pragma once

#include <windlass/client/client.h>
#include <windlass/core/gvk.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace windlass::client {

// A subresource of a served resource ("status", "scale", "log"…).
struct ApiSubresource {
  std::string name;
  GroupVersionKind response_kind;  // what requests to it answer with (autoscaling/v1 Scale…)
  std::vector<std::string> verbs;
};

// One resource as one group version serves it.
struct ApiResource {
  std::string group;
  std::string version;
  std::string resource;  // plural, lower case: "deployments"
  std::string singular;  // "deployment" (derived from the kind when the server gives none)
  std::string kind;      // "Deployment"
  bool namespaced = true;
  std::vector<std::string> verbs;
  std::vector<std::string> short_names;
  std::vector<std::string> categories;
  std::vector<ApiSubresource> subresources;

  GroupVersionKind gvk() const { return {group, version, kind}; }
  GroupVersionResource gvr() const { return {group, version, resource}; }
  ResourceRef ref() const { return ResourceRef(group, version, resource, kind, namespaced); }
  bool has_verb(std::string_view verb) const;
  const ApiSubresource* subresource(std::string_view name) const;
};

struct ApiGroupVersion {
  std::string version;
  std::vector<ApiResource> resources;
  bool stale = false;  // aggregated discovery's freshness "Stale" (an aggregated API server is down)
};

// An API group; the core group is "".
struct ApiGroup {
  std::string name;
  std::vector<ApiGroupVersion> versions;  // in the server's order of preference
  std::string preferred_version;          // versions.front() unless the server says otherwise

  const ApiGroupVersion* version(std::string_view v) const;
};

// Everything a server serves.
struct DiscoveryDocument {
  std::vector<ApiGroup> groups;  // the core group first, then as the server listed them
  bool aggregated = false;       // read from aggregated discovery (else from the legacy documents)
  // Group versions whose legacy document could not be read ("apps/v1" → the error), as
  // kubectl's "unable to retrieve the complete list of server APIs"; the rest is usable.
  std::vector<std::pair<std::string, std::string>> failed;

  const ApiGroup* group(std::string_view name) const;
  const ApiResource* find(const GroupVersionResource& gvr) const;
};

struct DiscoveryOptions {
  // Ask for the legacy documents only (as clients before aggregated discovery did).
  bool legacy_only = false;
};

// Reads discovery documents over a Transport. Stateless (no cache); see RestMapper for that.
class DiscoveryClient {
 public:
  explicit DiscoveryClient(std::shared_ptr<Transport> transport, DiscoveryOptions options = {})
      : transport_(std::move(transport)), options_(options) {}

  // All groups, versions and resources. kUnavailable etc. when `/api` or `/apis` cannot be read;
  // a legacy group version that fails only lands in `failed`.
  Task<Result<DiscoveryDocument>> discover();

  // Parsers of the documents themselves (public for tests and for tools that fetched them).
  static Result<ApiGroup> parse_aggregated_group(const Json& item);
  static Result<ApiGroupVersion> parse_resource_list(const Json& list, const std::string& group,
                                                     const std::string& version);

 private:
  Task<Result<DiscoveryDocument>> read_all();
  std::shared_ptr<Transport> transport_;
  DiscoveryOptions options_;
};

// A kind and where it lives.
struct RestMapping {
  GroupVersionKind gvk;
  GroupVersionResource gvr;
  bool namespaced = true;
  ResourceRef ref() const { return ResourceRef(gvr.group, gvr.version, gvr.resource, gvk.kind, namespaced); }
};

class RestMapper {
 public:
  explicit RestMapper(std::shared_ptr<Transport> transport, DiscoveryOptions options = {});

  // The mapping of a kind; an empty version means the group's preferred version serving it.
  Task<Result<RestMapping>> mapping(const GroupVersionKind& gvk);
  // The kind served at a resource; an empty version means the preferred version. The
  // resource may be plural or singular.
  Task<Result<GroupVersionKind>> kind_for(const GroupVersionResource& gvr);
  // A word as `kubectl get WORD` reads it (see the header comment).
  Task<Result<RestMapping>> resolve(std::string word);
  // The resources in a category (e.g. "all"), each once at its group's preferred version, in
  // discovery order. Unknown categories are kNotFound.
  Task<Result<std::vector<RestMapping>>> category(std::string name);
  // The cached discovery document (read first if there is none).
  Task<Result<std::shared_ptr<const DiscoveryDocument>>> discovery();

  // Drops the cache; the next lookup reads discovery again.
  void invalidate();
  // How many times discovery was read (for tests and metrics).
  std::uint64_t reads() const;

  struct Index;

 private:
  using Lookup = std::function<Result<RestMapping>(const Index&)>;
  Task<Result<RestMapping>> lookup(Lookup f);
  Task<Result<std::shared_ptr<const Index>>> current();
  Task<Result<std::shared_ptr<const Index>>> refresh(std::uint64_t seen_generation);
  Task<Result<GroupVersionKind>> kind_of(Lookup f);
  Task<Result<std::vector<RestMapping>>> category_of(std::string name);

  DiscoveryClient discovery_;
  mutable std::mutex mu_;
  std::shared_ptr<const Index> index_;  // null until read or after invalidate()
  std::uint64_t generation_ = 0;        // bumped by every read
};

}  // namespace windlass::client
