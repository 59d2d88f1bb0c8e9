// windlass/client/client.h — reading and writing Kubernetes objects.
//
// `Client` speaks the Kubernetes REST API over a `Transport`: get, list (one page or all of
// them), create, update (and /status), patch (JSON, merge, strategic merge, server-side
// apply), delete (with propagation, grace period and preconditions), delete collections, and
// watch. Every call exists twice: for unstructured objects (`Json`, addressed by a
// `ResourceRef`) and for typed kinds (any `api::Resource`, addressed by its type); objects that
// only say their apiVersion and kind (manifests) go through the client's RestMapper
// (`create_object`, `apply_object`, …; see discovery.h). Failures are
// `Error`s carrying the server's metav1.Status, so `is_not_found(e)`, `is_conflict(e)` and
// `is_already_exists(e)` tell the cases apart as client-go's helpers do.
//
// Calls are coroutines; from plain code use `run()`:
//
//   WINDLASS_TRY(Client client, Client::create(config));
//   using windlass::api::core::v1::ConfigMap;
//   WINDLASS_TRY(ConfigMap cm, client.run(client.get<ConfigMap>("default", "settings")));
//   cm.data["mode"] = "fast";
//   WINDLASS_TRY(cm, client.run(client.update(cm)));    // kConflict if someone wrote first
#pragma once

#include <windlass/api/describe.h>
#include <windlass/api/resource.h>
#include <windlass/client/transport.h>
#include <windlass/core/gvk.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace windlass::client {

// The resource a request is about: group, version, plural and scope (and kind, for bodies).
struct ResourceRef {
  // Not an aggregate on purpose: GCC 12 miscompiles aggregate temporaries that appear inside a
  // co_await expression (`co_await client.get(ResourceRef{...}, ...)`); with a constructor it
  // does not. (The options structs below are aggregates, for designated initializers: with GCC
  // 12, name them before awaiting, `ListOptions o{.limit = 10}; co_await client.list(r, ns, o);`.)
  ResourceRef() = default;
  ResourceRef(std::string group_, std::string version_, std::string resource_, std::string kind_ = {},
              bool namespaced_ = true)
      : group(std::move(group_)), version(std::move(version_)), resource(std::move(resource_)),
        kind(std::move(kind_)), namespaced(namespaced_) {}

  std::string group;
  std::string version;
  std::string resource;  // plural, lower case
  std::string kind;
  bool namespaced = true;

  std::string api_version() const { return group.empty() ? version : group + "/" + version; }
  // "/api/v1/namespaces/NS/configmaps[/NAME[/SUB]]" (NS ignored for cluster-scoped resources).
  std::string path(std::string_view ns, std::string_view name = {}, std::string_view subresource = {}) const;
  template <api::Resource T>
  static ResourceRef of() {
    const api::ResourceInfo& i = resource_info(api::Tag<T>{});
    return ResourceRef{i.group, i.version, i.plural, i.kind, i.namespaced};
  }
};

struct ListOptions {
  std::string label_selector;
  std::string field_selector;
  std::int64_t limit = 0;       // one page of at most this many (0: no limit)
  std::string continue_token;   // from the previous page's metadata.continue
  std::string resource_version;
  std::string resource_version_match;  // "Exact" / "NotOlderThan"
};

struct WriteOptions {
  bool dry_run = false;
  std::string field_manager;
  std::string field_validation;  // "Strict", "Warn", "Ignore" (server default: Warn)
};

enum class PatchType { kJson, kMerge, kStrategicMerge, kApply };

struct PatchOptions {
  PatchType type = PatchType::kMerge;
  std::string field_manager;  // required for kApply
  bool force = false;         // kApply only: take fields other managers own
  bool dry_run = false;
  std::string subresource;    // "status", "scale"
  std::string field_validation;
};

struct DeleteOptions {
  std::string propagation_policy;  // "Background", "Foreground", "Orphan" ("" = server default)
  std::optional<std::int64_t> grace_period_seconds;
  std::string precondition_uid;
  std::string precondition_resource_version;
  bool dry_run = false;
};

struct WatchOptions {
  std::string label_selector;
  std::string field_selector;
  std::string resource_version;  // start after this version ("" or "0": current state first)
  bool allow_bookmarks = true;
  std::optional<std::int64_t> timeout_seconds;
  bool send_initial_events = false;  // streaming list (with resource_version_match NotOlderThan)
  // The stream errors with kTimeout when the server sends nothing for this long (bookmarks
  // keep a healthy watch alive); zero: never.
  std::chrono::milliseconds idle_timeout{0};
};

struct WatchEvent {
  enum class Type { kAdded, kModified, kDeleted, kBookmark };
  Type type = Type::kAdded;
  Json object;
};

// The events of one watch request, decoded as they arrive. next() gives the next event,
// std::nullopt when the server ended the watch normally (its timeout: start a new one from the
// last resourceVersion), kExpired when the server says that version is too old (list again),
// kUnavailable when the connection broke.
class WatchStream {
 public:
  WatchStream() = default;
  explicit WatchStream(std::unique_ptr<ResponseStream> stream) : stream_(std::move(stream)) {}
  Task<Result<std::optional<WatchEvent>>> next();
  void cancel() {
    if (stream_) stream_->cancel();
  }

 private:
  std::unique_ptr<ResponseStream> stream_;
  std::string pending_;  // bytes after the last complete line
  bool ended_ = false;
};

template <class T>
struct ObjectList {
  std::vector<T> items;
  std::string resource_version;
  std::string continue_token;
};

struct ClientOptions {
  TransportOptions transport;
};

class RestMapper;  // windlass/client/discovery.h

class Client {
 public:
  static Result<Client> create(Config config, ClientOptions options = {});
  // A client over `transport`, with a RestMapper of its own (shared by copies of the client).
  explicit Client(std::shared_ptr<Transport> transport);

  const Config& config() const { return transport_->config(); }
  Transport& transport() { return *transport_; }
  // The client's cached discovery (include windlass/client/discovery.h to use it).
  RestMapper& mapper() { return *mapper_; }
  // Runs a call to completion on the transport's threads (not from inside a coroutine of it).
  template <class T>
  T run(Task<T> task) {
    return transport_->run(std::move(task));
  }

  // ---- unstructured ------------------------------------------------------------------------
  Task<Result<Json>> get(const ResourceRef& r, std::string ns, std::string name, std::string subresource = {});
  // One page (ListOptions::limit) of a list.
  Task<Result<Json>> list(const ResourceRef& r, std::string ns, ListOptions options);
  // Every page, following `continue`; a page token that expired mid-way is kExpired.
  Task<Result<Json>> list_all(const ResourceRef& r, std::string ns, ListOptions options);
  // The namespace is the object's metadata.namespace, else the Config's default namespace.
  Task<Result<Json>> create(const ResourceRef& r, Json object, WriteOptions options);
  Task<Result<Json>> update(const ResourceRef& r, Json object, WriteOptions options);
  Task<Result<Json>> update_status(const ResourceRef& r, Json object, WriteOptions options);
  // `patch` is the JSON patch (an array) or the partial object of the other types.
  Task<Result<Json>> patch(const ResourceRef& r, std::string ns, std::string name, Json patch,
                           PatchOptions options);
  // Answers with the object (still there when finalizers or a grace period hold it, or for
  // kinds that return it) or the server's Status.
  Task<Result<Json>> remove(const ResourceRef& r, std::string ns, std::string name, DeleteOptions options);
  Task<Result<Json>> remove_collection(const ResourceRef& r, std::string ns, ListOptions selection,
                                       DeleteOptions options);
  Task<Result<WatchStream>> watch(const ResourceRef& r, std::string ns, WatchOptions options);

  // The same without options. (Overloads, not default arguments: a defaulted aggregate is a
  // temporary inside the caller's co_await, which GCC 12 miscompiles.)
  Task<Result<Json>> list(const ResourceRef& r, std::string ns) { return list(r, std::move(ns), ListOptions()); }
  Task<Result<Json>> list_all(const ResourceRef& r, std::string ns) { return list_all(r, std::move(ns), ListOptions()); }
  Task<Result<Json>> create(const ResourceRef& r, Json object) { return create(r, std::move(object), WriteOptions()); }
  Task<Result<Json>> update(const ResourceRef& r, Json object) { return update(r, std::move(object), WriteOptions()); }
  Task<Result<Json>> update_status(const ResourceRef& r, Json object) {
    return update_status(r, std::move(object), WriteOptions());
  }
  Task<Result<Json>> patch(const ResourceRef& r, std::string ns, std::string name, Json patch) {
    return this->patch(r, std::move(ns), std::move(name), std::move(patch), PatchOptions());
  }
  Task<Result<Json>> remove(const ResourceRef& r, std::string ns, std::string name) {
    return remove(r, std::move(ns), std::move(name), DeleteOptions());
  }
  Task<Result<WatchStream>> watch(const ResourceRef& r, std::string ns) { return watch(r, std::move(ns), WatchOptions()); }

  // ---- by kind, through the RestMapper -------------------------------------------------------
  // The resource of a kind (an empty version: the preferred one); kNotFound for a kind the
  // server does not serve, after reading discovery again once (a CRD created meanwhile).
  // (GCC 12: name the GroupVersionKind before awaiting; it is an aggregate.)
  Task<Result<ResourceRef>> resource_for(const GroupVersionKind& gvk);
  Task<Result<Json>> get(const GroupVersionKind& gvk, std::string ns, std::string name);
  Task<Result<Json>> list(const GroupVersionKind& gvk, std::string ns, ListOptions options);
  Task<Result<Json>> list(const GroupVersionKind& gvk, std::string ns) { return list(gvk, std::move(ns), ListOptions()); }
  // Objects that carry their apiVersion and kind (manifests, unstructured objects): the
  // resource is looked up from them; the namespace is the object's, else the default one.
  Task<Result<Json>> create_object(Json object, WriteOptions options);
  Task<Result<Json>> create_object(Json object) { return create_object(std::move(object), WriteOptions()); }
  Task<Result<Json>> update_object(Json object, WriteOptions options);
  Task<Result<Json>> update_object(Json object) { return update_object(std::move(object), WriteOptions()); }
  // Server-side apply of a whole manifest, as `kubectl apply --server-side`.
  Task<Result<Json>> apply_object(Json object, std::string field_manager, bool force = false);
  Task<Result<Json>> remove_object(Json object, DeleteOptions options);
  Task<Result<Json>> remove_object(Json object) { return remove_object(std::move(object), DeleteOptions()); }

  // ---- typed -------------------------------------------------------------------------------
  // (Plain functions around the unstructured calls: see the note in client.cc.)
  template <api::Resource T>
  Task<Result<T>> get(std::string ns, std::string name) {
    auto inner = get(ResourceRef::of<T>(), std::move(ns), std::move(name));
    return as_typed<T>(std::move(inner));
  }
  template <api::Resource T>
  Task<Result<ObjectList<T>>> list(std::string ns, ListOptions options) {
    auto inner = list(ResourceRef::of<T>(), std::move(ns), std::move(options));
    return as_typed_list<T>(std::move(inner));
  }
  template <api::Resource T>
  Task<Result<ObjectList<T>>> list_all(std::string ns, ListOptions options) {
    auto inner = list_all(ResourceRef::of<T>(), std::move(ns), std::move(options));
    return as_typed_list<T>(std::move(inner));
  }
  template <api::Resource T>
  Task<Result<T>> create(const T& object, WriteOptions options) {
    auto inner = create(ResourceRef::of<T>(), with_type<T>(object), std::move(options));
    return as_typed<T>(std::move(inner));
  }
  template <api::Resource T>
  Task<Result<T>> update(const T& object, WriteOptions options) {
    auto inner = update(ResourceRef::of<T>(), with_type<T>(object), std::move(options));
    return as_typed<T>(std::move(inner));
  }
  template <api::Resource T>
  Task<Result<T>> update_status(const T& object, WriteOptions options) {
    auto inner = update_status(ResourceRef::of<T>(), with_type<T>(object), std::move(options));
    return as_typed<T>(std::move(inner));
  }
  template <api::Resource T>
  Task<Result<T>> patch(std::string ns, std::string name, Json patch, PatchOptions options) {
    auto inner = this->patch(ResourceRef::of<T>(), std::move(ns), std::move(name), std::move(patch), std::move(options));
    return as_typed<T>(std::move(inner));
  }
  // Server-side apply of a typed object (its set fields are the applied configuration).
  template <api::Resource T>
  Task<Result<T>> apply(const T& object, std::string field_manager, bool force = false) {
    Json body = with_type<T>(object);
    std::string ns = body["metadata"].value("namespace", config().default_namespace);
    std::string name = body["metadata"].value("name", "");
    auto inner = patch(ResourceRef::of<T>(), std::move(ns), std::move(name), std::move(body),
                       PatchOptions{.type = PatchType::kApply, .field_manager = std::move(field_manager), .force = force});
    return as_typed<T>(std::move(inner));
  }
  template <api::Resource T>
  Task<Result<Json>> remove(std::string ns, std::string name, DeleteOptions options) {
    return remove(ResourceRef::of<T>(), std::move(ns), std::move(name), std::move(options));
  }
  template <api::Resource T>
  Task<Result<WatchStream>> watch(std::string ns, WatchOptions options) {
    return watch(ResourceRef::of<T>(), std::move(ns), std::move(options));
  }
  template <api::Resource T>
  Task<Result<ObjectList<T>>> list(std::string ns) { return list<T>(std::move(ns), ListOptions()); }
  template <api::Resource T>
  Task<Result<ObjectList<T>>> list_all(std::string ns) { return list_all<T>(std::move(ns), ListOptions()); }
  template <api::Resource T>
  Task<Result<T>> create(const T& object) { return create<T>(object, WriteOptions()); }
  template <api::Resource T>
  Task<Result<T>> update(const T& object) { return update<T>(object, WriteOptions()); }
  template <api::Resource T>
  Task<Result<T>> update_status(const T& object) { return update_status<T>(object, WriteOptions()); }
  template <api::Resource T>
  Task<Result<T>> patch(std::string ns, std::string name, Json patch) {
    return this->patch<T>(std::move(ns), std::move(name), std::move(patch), PatchOptions());
  }
  template <api::Resource T>
  Task<Result<Json>> remove(std::string ns, std::string name) { return remove<T>(std::move(ns), std::move(name), DeleteOptions()); }
  template <api::Resource T>
  Task<Result<WatchStream>> watch(std::string ns) { return watch<T>(std::move(ns), WatchOptions()); }

 private:
  template <api::Resource T>
  static Json with_type(const T& object) {
    Json j = api::encode(object);
    const api::ResourceInfo& i = resource_info(api::Tag<T>{});
    j["apiVersion"] = i.api_version();
    j["kind"] = i.kind;
    return j;
  }
  template <api::Resource T>
  static Result<T> typed(Result<Json> j) {
    if (!j) return j.error();
    return api::decode<T>(*j);
  }
  template <api::Resource T>
  static Result<ObjectList<T>> typed_list(Result<Json> j) {
    if (!j) return j.error();
    ObjectList<T> out;
    const Json& meta = j->value("metadata", Json::object());
    out.resource_version = meta.value("resourceVersion", "");
    out.continue_token = meta.value("continue", "");
    for (const auto& item : j->value("items", Json::array())) {
      WINDLASS_TRY(T t, api::decode<T>(item));
      out.items.push_back(std::move(t));
    }
    return out;
  }
  Task<Result<Json>> call(HttpRequest request);
  static Task<Result<Json>> failed(Error e);
  Task<Result<Json>> list_all_pages(ResourceRef r, std::string ns, ListOptions options);
  Task<Result<WatchStream>> open_watch(HttpRequest request, std::chrono::milliseconds idle_timeout);
  template <api::Resource T>
  static Task<Result<T>> as_typed(Task<Result<Json>> inner) {
    co_return typed<T>(co_await std::move(inner));
  }
  template <api::Resource T>
  static Task<Result<ObjectList<T>>> as_typed_list(Task<Result<Json>> inner) {
    co_return typed_list<T>(co_await std::move(inner));
  }
  std::string namespace_of(const Json& object) const;
  enum class ObjectVerb { kCreate, kUpdate, kApply, kRemove };
  struct ObjectCall;
  Task<Result<Json>> by_kind(GroupVersionKind gvk, std::string ns, std::string name, ListOptions options, bool one);
  Task<Result<Json>> on_object(std::shared_ptr<ObjectCall> call);

  std::shared_ptr<Transport> transport_;
  std::shared_ptr<RestMapper> mapper_;
};

// The Error for a non-2xx response: the server's Status when the body is one, else one made
// from the HTTP status.
Error error_from_response(const HttpResponse& response);

}  // namespace windlass::client
