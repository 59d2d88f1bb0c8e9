#include <windlass/client/client.h>
#include <windlass/client/discovery.h>

namespace windlass::client {

namespace {

std::string segment(std::string_view s) {
  // Names are DNS subdomains and the like; escape anything else all the same.
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == ':') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

void add_write_options(HttpRequest& r, const WriteOptions& o) {
  if (o.dry_run) r.query.emplace_back("dryRun", "All");
  if (!o.field_manager.empty()) r.query.emplace_back("fieldManager", o.field_manager);
  if (!o.field_validation.empty()) r.query.emplace_back("fieldValidation", o.field_validation);
}

void add_list_options(HttpRequest& r, const ListOptions& o) {
  if (!o.label_selector.empty()) r.query.emplace_back("labelSelector", o.label_selector);
  if (!o.field_selector.empty()) r.query.emplace_back("fieldSelector", o.field_selector);
  if (o.limit > 0) r.query.emplace_back("limit", std::to_string(o.limit));
  if (!o.continue_token.empty()) r.query.emplace_back("continue", o.continue_token);
  if (!o.resource_version.empty()) r.query.emplace_back("resourceVersion", o.resource_version);
  if (!o.resource_version_match.empty()) r.query.emplace_back("resourceVersionMatch", o.resource_version_match);
}

Json delete_body(const DeleteOptions& o) {
  Json b = {{"kind", "DeleteOptions"}, {"apiVersion", "v1"}};
  if (!o.propagation_policy.empty()) b["propagationPolicy"] = o.propagation_policy;
  if (o.grace_period_seconds) b["gracePeriodSeconds"] = *o.grace_period_seconds;
  if (!o.precondition_uid.empty()) b["preconditions"]["uid"] = o.precondition_uid;
  if (!o.precondition_resource_version.empty()) b["preconditions"]["resourceVersion"] = o.precondition_resource_version;
  if (o.dry_run) b["dryRun"] = {"All"};
  return b;
}


}  // namespace

std::string ResourceRef::path(std::string_view ns, std::string_view name, std::string_view subresource) const {
  std::string p = group.empty() ? "/api/" + version : "/apis/" + group + "/" + version;
  if (namespaced && !ns.empty()) p += "/namespaces/" + segment(ns);
  p += "/" + resource;
  if (!name.empty()) p += "/" + segment(name);
  if (!subresource.empty()) p += "/" + std::string(subresource);
  return p;
}

Error error_from_response(const HttpResponse& response) {
  auto j = parse_json(response.body);
  if (j && j->is_object() && j->value("kind", "") == "Status") {
    Status s;
    try {
      s = j->get<Status>();
    } catch (const std::exception&) {
      s.message = response.body;
    }
    if (s.code == 0) s.code = response.status;
    return Error::from_status(std::move(s));
  }
  // Not a Status: core's mapping of the HTTP code decides, as for a Status without a reason.
  std::string text = response.body.size() > 512 ? response.body.substr(0, 512) + "…" : response.body;
  Status s;
  s.code = response.status;
  s.message = "the server answered " + std::to_string(response.status) + (text.empty() ? "" : ": " + text);
  return Error::from_status(std::move(s));
}

Client::Client(std::shared_ptr<Transport> transport)
    : transport_(std::move(transport)), mapper_(std::make_shared<RestMapper>(transport_)) {}

Result<Client> Client::create(Config config, ClientOptions options) {
  WINDLASS_TRY(auto transport, Transport::create(std::move(config), std::move(options.transport)));
  return Client(std::move(transport));
}

std::string Client::namespace_of(const Json& object) const {
  std::string ns = object.contains("metadata") ? object["metadata"].value("namespace", "") : "";
  return ns.empty() ? config().default_namespace : ns;
}

Task<Result<Json>> Client::failed(Error e) { co_return e; }

Task<Result<Json>> Client::call(HttpRequest request) {
  auto res = co_await transport_->send(std::move(request));
  if (!res) co_return res.error();
  if (res->status < 200 || res->status >= 300) co_return error_from_response(*res);
  auto j = parse_json(res->body);
  if (!j) co_return Error(ErrorCode::kInternal, "the server's answer is not JSON: " + j.error().message());
  co_return std::move(*j);
}

// The request builders below are plain functions: they make the request and hand it, by
// move, to the one coroutine that sends it. (GCC 12 miscompiles class prvalues passed by value
// straight into coroutines; named values moved in are fine.)
Task<Result<Json>> Client::get(const ResourceRef& r, std::string ns, std::string name, std::string subresource) {
  HttpRequest req{.method = "GET", .path = r.path(ns, name, subresource)};
  return call(std::move(req));
}

Task<Result<Json>> Client::list(const ResourceRef& r, std::string ns, ListOptions options) {
  HttpRequest req{.method = "GET", .path = r.path(ns)};
  add_list_options(req, options);
  return call(std::move(req));
}

Task<Result<Json>> Client::list_all(const ResourceRef& r, std::string ns, ListOptions options) {
  ResourceRef ref = r;
  return list_all_pages(std::move(ref), std::move(ns), std::move(options));
}

Task<Result<Json>> Client::list_all_pages(ResourceRef r, std::string ns, ListOptions options) {
  if (options.limit == 0) options.limit = 500;  // as client-go's pager
  Json all;
  while (true) {
    ListOptions page_options = options;
    auto page = co_await list(r, ns, std::move(page_options));
    if (!page) co_return page.error();
    if (all.is_null()) {
      all = std::move(*page);
      if (!all.contains("items") || all["items"].is_null()) all["items"] = Json::array();
    } else {
      for (auto& item : (*page)["items"]) all["items"].push_back(std::move(item));
      all["metadata"] = (*page)["metadata"];
    }
    std::string next = all["metadata"].value("continue", "");
    if (next.empty()) break;
    options.continue_token = next;
    options.resource_version.clear();  // the token pins the version
    options.resource_version_match.clear();
  }
  all["metadata"].erase("continue");
  all["metadata"].erase("remainingItemCount");
  co_return all;
}

Task<Result<Json>> Client::create(const ResourceRef& r, Json object, WriteOptions options) {
  HttpRequest req{.method = "POST", .path = r.path(namespace_of(object)), .content_type = "application/json"};
  if (!object.contains("apiVersion")) object["apiVersion"] = r.api_version();
  if (!object.contains("kind") && !r.kind.empty()) object["kind"] = r.kind;
  req.body = to_json_string(object);
  add_write_options(req, options);
  return call(std::move(req));
}

Task<Result<Json>> Client::update(const ResourceRef& r, Json object, WriteOptions options) {
  std::string name = object.contains("metadata") ? object["metadata"].value("name", "") : "";
  if (name.empty()) return failed(Error(ErrorCode::kInvalid, "update: the object has no metadata.name"));
  HttpRequest req{.method = "PUT", .path = r.path(namespace_of(object), name), .content_type = "application/json"};
  req.body = to_json_string(object);
  add_write_options(req, options);
  return call(std::move(req));
}

Task<Result<Json>> Client::update_status(const ResourceRef& r, Json object, WriteOptions options) {
  std::string name = object.contains("metadata") ? object["metadata"].value("name", "") : "";
  if (name.empty()) return failed(Error(ErrorCode::kInvalid, "update_status: the object has no metadata.name"));
  HttpRequest req{.method = "PUT", .path = r.path(namespace_of(object), name, "status"), .content_type = "application/json"};
  req.body = to_json_string(object);
  add_write_options(req, options);
  return call(std::move(req));
}

Task<Result<Json>> Client::patch(const ResourceRef& r, std::string ns, std::string name, Json patch, PatchOptions options) {
  HttpRequest req{.method = "PATCH", .path = r.path(ns, name, options.subresource)};
  switch (options.type) {
    case PatchType::kJson: req.content_type = "application/json-patch+json"; break;
    case PatchType::kMerge: req.content_type = "application/merge-patch+json"; break;
    case PatchType::kStrategicMerge: req.content_type = "application/strategic-merge-patch+json"; break;
    case PatchType::kApply:
      req.content_type = "application/apply-patch+yaml";
      if (options.field_manager.empty()) return failed(Error(ErrorCode::kInvalid, "apply: a field manager is required"));
      if (!patch.contains("apiVersion")) patch["apiVersion"] = r.api_version();
      if (!patch.contains("kind") && !r.kind.empty()) patch["kind"] = r.kind;
      if (options.force) req.query.emplace_back("force", "true");
      break;
  }
  req.body = to_json_string(patch);
  add_write_options(req, WriteOptions{options.dry_run, options.field_manager, options.field_validation});
  return call(std::move(req));
}

Task<Result<Json>> Client::remove(const ResourceRef& r, std::string ns, std::string name, DeleteOptions options) {
  HttpRequest req{.method = "DELETE", .path = r.path(ns, name), .body = to_json_string(delete_body(options)),
                  .content_type = "application/json"};
  return call(std::move(req));
}

Task<Result<Json>> Client::remove_collection(const ResourceRef& r, std::string ns, ListOptions selection,
                                             DeleteOptions options) {
  HttpRequest req{.method = "DELETE", .path = r.path(ns), .body = to_json_string(delete_body(options)),
                  .content_type = "application/json"};
  add_list_options(req, selection);
  return call(std::move(req));
}

Task<Result<WatchStream>> Client::watch(const ResourceRef& r, std::string ns, WatchOptions options) {
  HttpRequest req{.method = "GET", .path = r.path(ns)};
  req.query.emplace_back("watch", "true");
  if (!options.label_selector.empty()) req.query.emplace_back("labelSelector", options.label_selector);
  if (!options.field_selector.empty()) req.query.emplace_back("fieldSelector", options.field_selector);
  if (!options.resource_version.empty()) req.query.emplace_back("resourceVersion", options.resource_version);
  if (options.allow_bookmarks) req.query.emplace_back("allowWatchBookmarks", "true");
  if (options.timeout_seconds) req.query.emplace_back("timeoutSeconds", std::to_string(*options.timeout_seconds));
  if (options.send_initial_events) {
    req.query.emplace_back("sendInitialEvents", "true");
    req.query.emplace_back("resourceVersionMatch", "NotOlderThan");
  }
  return open_watch(std::move(req), options.idle_timeout);
}

Task<Result<WatchStream>> Client::open_watch(HttpRequest req, std::chrono::milliseconds idle_timeout) {
  auto stream = co_await transport_->stream(std::move(req), idle_timeout);
  if (!stream) co_return stream.error();
  if ((*stream)->status() != 200) {
    // An error answer: read it whole and report the server's Status.
    HttpResponse res{.status = (*stream)->status(), .headers = (*stream)->headers()};
    while (true) {
      auto chunk = co_await (*stream)->read();
      if (!chunk || chunk->empty()) break;
      res.body += *chunk;
    }
    co_return error_from_response(res);
  }
  co_return WatchStream(std::move(*stream));
}

Task<Result<std::optional<WatchEvent>>> WatchStream::next() {
  if (!stream_) co_return Error(ErrorCode::kInvalid, "the watch was not started");
  while (true) {
    auto nl = pending_.find('\n');
    if (nl != std::string::npos) {
      std::string line = pending_.substr(0, nl);
      pending_.erase(0, nl + 1);
      if (line.empty() || line == "\r") continue;
      auto j = parse_json(line);
      if (!j || !j->is_object()) co_return Error(ErrorCode::kInternal, "a watch event is not JSON: " + line.substr(0, 200));
      std::string type = j->value("type", "");
      Json object = j->value("object", Json());
      if (type == "ERROR") {
        Status s;
        try {
          s = object.get<Status>();
        } catch (const std::exception&) {
          s.message = to_json_string(object);
          s.code = 500;
        }
        co_return Error::from_status(std::move(s));
      }
      WatchEvent e;
      e.object = std::move(object);
      if (type == "ADDED") e.type = WatchEvent::Type::kAdded;
      else if (type == "MODIFIED") e.type = WatchEvent::Type::kModified;
      else if (type == "DELETED") e.type = WatchEvent::Type::kDeleted;
      else if (type == "BOOKMARK") e.type = WatchEvent::Type::kBookmark;
      else co_return Error(ErrorCode::kInternal, "unknown watch event type \"" + type + "\"");
      co_return std::optional<WatchEvent>(std::move(e));
    }
    if (ended_) co_return std::optional<WatchEvent>();
    auto chunk = co_await stream_->read();
    if (!chunk) co_return chunk.error();
    if (chunk->empty()) {
      ended_ = true;
      if (!pending_.empty()) pending_ += '\n';  // a last event without its newline
      continue;
    }
    pending_ += *chunk;
  }
}

// ---- by kind ---------------------------------------------------------------------------------

namespace {

Task<Result<ResourceRef>> ref_of(Task<Result<RestMapping>> mapping) {
  auto m = co_await std::move(mapping);
  if (!m) co_return m.error();
  co_return m->ref();
}

Result<GroupVersionKind> kind_of_object(const Json& object) {
  if (!object.is_object()) return Error(ErrorCode::kInvalid, "the object is not a JSON object");
  std::string api_version = object.value("apiVersion", "");
  std::string kind = object.value("kind", "");
  if (api_version.empty() || kind.empty())
    return Error(ErrorCode::kInvalid, "the object has no apiVersion and kind (\"" + api_version + "\", \"" + kind + "\")");
  return GroupVersionKind::from_api_version_kind(api_version, kind);
}

}  // namespace

struct Client::ObjectCall {
  ObjectVerb verb = ObjectVerb::kCreate;
  Json object;
  WriteOptions write;
  DeleteOptions remove;
  std::string field_manager;
  bool force = false;
};

Task<Result<ResourceRef>> Client::resource_for(const GroupVersionKind& gvk) {
  auto inner = mapper_->mapping(gvk);
  return ref_of(std::move(inner));
}

Task<Result<Json>> Client::get(const GroupVersionKind& gvk, std::string ns, std::string name) {
  GroupVersionKind k = gvk;
  ListOptions none;
  return by_kind(std::move(k), std::move(ns), std::move(name), std::move(none), true);
}

Task<Result<Json>> Client::list(const GroupVersionKind& gvk, std::string ns, ListOptions options) {
  GroupVersionKind k = gvk;
  return by_kind(std::move(k), std::move(ns), std::string(), std::move(options), false);
}

Task<Result<Json>> Client::by_kind(GroupVersionKind gvk, std::string ns, std::string name, ListOptions options, bool one) {
  auto ref = co_await resource_for(gvk);
  if (!ref) co_return ref.error();
  if (one) co_return co_await get(*ref, std::move(ns), std::move(name));
  co_return co_await list(*ref, std::move(ns), std::move(options));
}

Task<Result<Json>> Client::create_object(Json object, WriteOptions options) {
  auto c = std::make_shared<ObjectCall>();
  c->verb = ObjectVerb::kCreate;
  c->object = std::move(object);
  c->write = std::move(options);
  return on_object(std::move(c));
}

Task<Result<Json>> Client::update_object(Json object, WriteOptions options) {
  auto c = std::make_shared<ObjectCall>();
  c->verb = ObjectVerb::kUpdate;
  c->object = std::move(object);
  c->write = std::move(options);
  return on_object(std::move(c));
}

Task<Result<Json>> Client::apply_object(Json object, std::string field_manager, bool force) {
  auto c = std::make_shared<ObjectCall>();
  c->verb = ObjectVerb::kApply;
  c->object = std::move(object);
  c->field_manager = std::move(field_manager);
  c->force = force;
  return on_object(std::move(c));
}

Task<Result<Json>> Client::remove_object(Json object, DeleteOptions options) {
  auto c = std::make_shared<ObjectCall>();
  c->verb = ObjectVerb::kRemove;
  c->object = std::move(object);
  c->remove = std::move(options);
  return on_object(std::move(c));
}

Task<Result<Json>> Client::on_object(std::shared_ptr<ObjectCall> c) {
  auto gvk = kind_of_object(c->object);
  if (!gvk) co_return gvk.error();
  auto ref = co_await resource_for(*gvk);
  if (!ref) co_return ref.error();
  switch (c->verb) {
    case ObjectVerb::kCreate: co_return co_await create(*ref, std::move(c->object), std::move(c->write));
    case ObjectVerb::kUpdate: co_return co_await update(*ref, std::move(c->object), std::move(c->write));
    case ObjectVerb::kApply: {
      PatchOptions options;
      options.type = PatchType::kApply;
      options.field_manager = std::move(c->field_manager);
      options.force = c->force;
      std::string ns = ref->namespaced ? namespace_of(c->object) : std::string();
      std::string name = c->object.contains("metadata") ? c->object["metadata"].value("name", "") : "";
      co_return co_await patch(*ref, std::move(ns), std::move(name), std::move(c->object), std::move(options));
    }
    case ObjectVerb::kRemove: {
      std::string ns = ref->namespaced ? namespace_of(c->object) : std::string();
      std::string name = c->object.contains("metadata") ? c->object["metadata"].value("name", "") : "";
      if (name.empty()) co_return Error(ErrorCode::kInvalid, "delete: the object has no metadata.name");
      co_return co_await remove(*ref, std::move(ns), std::move(name), std::move(c->remove));
    }
  }
  co_return Error(ErrorCode::kInternal, "unknown verb");
}

}  // namespace windlass::client
