#include "rest/api_handler.h"

#include "rest/common.h"
#include "rest/discovery.h"
#include "rest/openapi.h"
#include "rest/table.h"
#include "registry/crds.h"

#include <windlass/core/field_error.h>

#include <algorithm>
#include <chrono>
#include <sstream>

namespace windlass::apiserver {

ApiHandler::ApiHandler(Storage& storage, ApiHandlerOptions options)
    : storage_(storage),
      options_(std::move(options)),
      catalog_(builtin_catalog()),
      services_(std::make_shared<ServiceAllocator>(storage_, options_.service_ranges)) {
  if (!options_.service_account_key) {
    auto key = ServiceAccountTokenKey::generate();
    if (key) options_.service_account_key = *key;
  }
  rebuild_catalog();
}

Result<void> ApiHandler::bootstrap() {
  const ResourceType* ns = builtin_catalog()->find("", "v1", "namespaces");
  for (const char* name : {"default", "kube-system", "kube-public", "kube-node-lease"}) {
    if (storage_.get(ns->key("", name))) continue;
    Json obj = {{"apiVersion", "v1"},
                {"kind", "Namespace"},
                {"metadata",
                 {{"name", name},
                  {"uid", new_uid()},
                  {"creationTimestamp", format_rfc3339(options_.now())},
                  {"labels", {{"kubernetes.io/metadata.name", name}}}}},
                {"spec", {{"finalizers", {"kubernetes"}}}},
                {"status", {{"phase", "Active"}}}};
    auto created = storage_.create(ns->key("", name), std::move(obj));
    if (!created && !is_already_exists(created.error())) return created.error();
  }
  WINDLASS_RETURN_IF_ERROR(reconcile_kubernetes_service());
  rebuild_catalog();
  return ok();
}

namespace {

// Creates `desired` at `key`, or brings the stored object's `fields` in line with it.
Result<void> ensure_object(Storage& storage, const std::string& key, Json desired,
                           const std::vector<const char*>& fields, TimePoint now) {
  if (!storage.get(key)) {
    desired["metadata"]["uid"] = new_uid();
    desired["metadata"]["creationTimestamp"] = format_rfc3339(now);
    auto created = storage.create(key, std::move(desired));
    if (created || is_already_exists(created.error())) return ok();
    return created.error();
  }
  auto updated = storage.update(key, [&](const Json& current) -> Result<std::optional<Json>> {
    Json next = current;
    for (const char* f : fields) next[f] = desired[f];
    if (next == current) return std::optional<Json>();
    return std::optional<Json>(std::move(next));
  });
  if (!updated && !is_not_found(updated.error())) return updated.error();
  return ok();
}

}  // namespace

// kube-apiserver keeps a `kubernetes` Service in default (the first cluster IP, port 443) whose
// endpoints are the API servers themselves; clients in pods reach us through it.
Result<void> ApiHandler::reconcile_kubernetes_service() {
  std::string address;
  {
    std::lock_guard lock(address_mu_);
    address = options_.server_address;
  }
  std::int64_t port = 6443;
  std::string host = address;
  if (auto colon = address.rfind(':'); colon != std::string::npos) {
    host = address.substr(0, colon);
    try {
      port = std::stoll(address.substr(colon + 1));
    } catch (const std::exception&) {
    }
  }
  // Endpoints need an IP; a wildcard or name bind is reached on loopback.
  std::string ip = "127.0.0.1";
  if (!host.empty() && host != "0.0.0.0" && host.find_first_not_of("0123456789.") == std::string::npos &&
      std::count(host.begin(), host.end(), '.') == 3)
    ip = host;
  auto cat = builtin_catalog();
  const ResourceType* services = cat->find("", "v1", "services");
  const ResourceType* endpoints = cat->find("", "v1", "endpoints");
  const ResourceType* slices = cat->find("discovery.k8s.io", "v1", "endpointslices");
  std::string cluster_ip = services_->first_ip();
  Json service = {
      {"apiVersion", "v1"},
      {"kind", "Service"},
      {"metadata", {{"name", "kubernetes"}, {"namespace", "default"}, {"labels", {{"component", "apiserver"}, {"provider", "kubernetes"}}}}},
      {"spec",
       {{"clusterIP", cluster_ip},
        {"clusterIPs", {cluster_ip}},
        {"internalTrafficPolicy", "Cluster"},
        {"ipFamilies", {"IPv4"}},
        {"ipFamilyPolicy", "SingleStack"},
        {"ports", {{{"name", "https"}, {"port", 443}, {"protocol", "TCP"}, {"targetPort", port}}}},
        {"sessionAffinity", "None"},
        {"type", "ClusterIP"}}},
      {"status", {{"loadBalancer", Json::object()}}}};
  Json ports = {{{"name", "https"}, {"port", port}, {"protocol", "TCP"}}};
  Json eps = {{"apiVersion", "v1"},
              {"kind", "Endpoints"},
              {"metadata", {{"name", "kubernetes"}, {"namespace", "default"}, {"labels", {{"endpointslice.kubernetes.io/skip-mirror", "true"}}}}},
              {"subsets", {{{"addresses", {{{"ip", ip}}}}, {"ports", ports}}}}};
  Json slice = {{"apiVersion", "discovery.k8s.io/v1"},
                {"kind", "EndpointSlice"},
                {"metadata", {{"name", "kubernetes"}, {"namespace", "default"}, {"labels", {{"kubernetes.io/service-name", "kubernetes"}}}}},
                {"addressType", "IPv4"},
                {"endpoints", {{{"addresses", {ip}}, {"conditions", {{"ready", true}}}}}},
                {"ports", ports}};
  TimePoint now = options_.now();
  // Only the port follows the server; what a user changed in the Service otherwise stays.
  auto stored = storage_.get(services->key("default", "kubernetes"));
  if (stored) {
    Json spec = (**stored).value("spec", Json::object());
    if (spec.is_object()) {
      Json merged = service;
      merged["spec"] = spec;
      merged["spec"]["ports"] = service["spec"]["ports"];
      service = std::move(merged);
    }
  }
  WINDLASS_RETURN_IF_ERROR(ensure_object(storage_, services->key("default", "kubernetes"), service, {"spec"}, now));
  WINDLASS_RETURN_IF_ERROR(ensure_object(storage_, endpoints->key("default", "kubernetes"), eps, {"subsets"}, now));
  WINDLASS_RETURN_IF_ERROR(ensure_object(storage_, slices->key("default", "kubernetes"), slice, {"endpoints", "ports"}, now));
  return ok();
}

std::shared_ptr<const Catalog> ApiHandler::catalog() const {
  std::lock_guard lock(catalog_mu_);
  return catalog_;
}

void ApiHandler::rebuild_catalog() {
  auto builtin = builtin_catalog();
  const ResourceType* crd = builtin->find("apiextensions.k8s.io", "v1", "customresourcedefinitions");
  std::vector<ResourceType> custom;
  if (crd) {
    auto crds = storage_.list({.prefix = crd->key_prefix()});
    if (crds)
      for (const auto& c : crds->items)
        for (auto& t : crd_resource_types(*c)) custom.push_back(std::move(t));
  }
  auto next = custom.empty() ? builtin : builtin->with(std::move(custom));
  std::lock_guard lock(catalog_mu_);
  catalog_ = std::move(next);
}

Json present(const ResourceType& type, const Json& stored) {
  if (type.from_storage) return type.from_storage(stored);
  if (!type.custom) return stored;
  std::string av = type.info.api_version();
  if (stored.value("apiVersion", "") == av) return stored;
  Json out = stored;
  out["apiVersion"] = av;
  return out;
}

bool presents_as_stored(const ResourceType& type, const Json& stored) {
  return !type.from_storage && (!type.custom || stored.value("apiVersion", "") == type.info.api_version());
}

std::string present_text(const ResourceType& type, const Json& stored) {
  return presents_as_stored(type, stored) ? to_json_string(stored) : to_json_string(present(type, stored));
}

Response present_response(int code, const ResourceType& type, const Json& stored) {
  return Response{code, "application/json", present_text(type, stored), {}};
}

void ApiHandler::set_server_address(std::string address) {
  {
    std::lock_guard lock(address_mu_);
    options_.server_address = std::move(address);
  }
  // Best effort: a failed write leaves the previous port, which the next start corrects.
  (void)reconcile_kubernetes_service();
}

Response error_response(const Error& e) {
  Status s = e.to_status();
  Json j = s;
  return Response{s.code ? s.code : 500, "application/json", to_json_string(j), {}};
}

Reply ApiHandler::handle(const Request& req) {
  auto start = std::chrono::steady_clock::now();
  std::string verb = req.method, resource;
  Reply reply;
  try {
    reply = dispatch(req, verb, resource);
  } catch (const std::exception& e) {
    // A bug must cost one request a 500, never the server.
    reply = error_response(make_internal(e.what()));
  }
  int code = std::holds_alternative<Response>(reply) ? std::get<Response>(reply).status
                                                     : std::get<StreamResponse>(reply).status;
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  {
    std::lock_guard lock(metrics_.mu);
    ++metrics_.total[verb + "|" + resource + "|" + std::to_string(code)];
    auto& h = metrics_.duration[verb + "|" + resource];
    for (std::size_t i = 0; i < std::size(RequestMetrics::kBuckets); ++i)
      if (seconds <= RequestMetrics::kBuckets[i]) ++h.buckets[i];
    ++h.count;
    h.sum += seconds;
  }
  return reply;
}

namespace {

std::vector<std::string> split_path(std::string_view path) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < path.size()) {
    while (i < path.size() && path[i] == '/') ++i;
    std::size_t j = path.find('/', i);
    if (j == std::string_view::npos) j = path.size();
    if (j > i) out.emplace_back(path.substr(i, j - i));
    i = j;
  }
  return out;
}

Response text(int code, std::string body) { return Response{code, "text/plain; charset=utf-8", std::move(body), {}}; }

}  // namespace

Reply ApiHandler::dispatch(const Request& req, std::string& verb, std::string& resource) {
  auto parts = split_path(req.path);
  const std::string& method = req.method;
  bool read = method == "GET" || method == "HEAD";

  // Non-resource endpoints.
  if (parts.empty()) {
    verb = "get";
    if (!read) return error_response(make_method_not_allowed());
    Json paths = {"/api", "/api/v1", "/apis", "/healthz", "/livez", "/metrics", "/openapi/v2", "/openapi/v3", "/readyz", "/version"};
    return json_response(200, Json{{"paths", paths}});
  }
  if (parts[0] == "version" && parts.size() == 1) {
    verb = "get";
    if (!read) return error_response(make_method_not_allowed());
    return json_response(200, version_info());
  }
  if ((parts[0] == "healthz" || parts[0] == "livez" || parts[0] == "readyz") && parts.size() <= 2) {
    verb = "get";
    if (!read) return error_response(make_method_not_allowed());
    if (req.param("verbose")) return text(200, "[+]ping ok\n[+]etcd ok\n" + parts[0] + " check passed\n");
    return text(200, "ok");
  }
  if (parts[0] == "metrics" && parts.size() == 1) {
    verb = "get";
    return metrics_text();
  }
  if (parts[0] == "openapi") {
    verb = "get";
    return serve_openapi(req, parts, catalog(), options_.now());
  }

  // Discovery and resources.
  std::string group, version;
  std::size_t rest = 0;
  if (parts[0] == "api") {
    if (parts.size() == 1) {
      verb = "get";
      if (!read) return error_response(make_method_not_allowed());
      std::string address;
      {
        std::lock_guard lock(address_mu_);
        address = options_.server_address;
      }
      return discovery_core(req, *catalog(), address);
    }
    version = parts[1];
    rest = 2;
  } else if (parts[0] == "apis") {
    if (parts.size() == 1) {
      verb = "get";
      if (!read) return error_response(make_method_not_allowed());
      return discovery_groups(req, *catalog());
    }
    group = parts[1];
    if (parts.size() == 2) {
      verb = "get";
      if (!read) return error_response(make_method_not_allowed());
      return discovery_group(*catalog(), group);
    }
    version = parts[2];
    rest = 3;
  } else {
    return error_response(path_not_found());
  }
  if (parts.size() == rest) {
    verb = "get";
    if (!read) return error_response(make_method_not_allowed());
    return discovery_resources(*catalog(), group, version);
  }

  // /namespaces/{ns}/{resource}… or /{resource}…; "status" and "finalize" after a namespace
  // name are the Namespace's own subresources.
  Target t;
  t.group = group;
  t.version = version;
  std::vector<std::string> p(parts.begin() + static_cast<std::ptrdiff_t>(rest), parts.end());
  if (p[0] == "watch") return error_response(path_not_found());  // the deprecated prefix form
  std::string plural;
  if (p[0] == "namespaces" && p.size() >= 3 && p[2] != "status" && p[2] != "finalize") {
    t.ns = p[1];
    t.namespaced_path = true;
    p.erase(p.begin(), p.begin() + 2);
  }
  plural = p[0];
  if (p.size() >= 2) t.name = p[1];
  if (p.size() >= 3) t.subresource = p[2];
  if (p.size() > 3) return error_response(path_not_found());
  t.catalog = catalog();
  t.type = t.catalog->find(group, version, plural);
  resource = plural;
  if (!t.type) return error_response(path_not_found());
  if (t.namespaced_path && !t.type->info.namespaced) return error_response(path_not_found());
  if (!t.subresource.empty()) {
    const auto& info = t.type->info;
    bool known = (t.subresource == "status" && info.status_subresource) ||
                 (t.subresource == "scale" && info.scale) ||
                 t.type->find_subresource(t.subresource) != nullptr;
    if (!known) return error_response(path_not_found());
  }
  return serve_resource(req, t, verb);
}

Reply ApiHandler::serve_resource(const Request& req, const Target& t, std::string& verb) {
  Reply reply = serve_verb(req, t, verb);
  if (auto* r = std::get_if<Response>(&reply)) {
    if (is_crd_type(*t.type) && verb != "get" && verb != "list" && r->status < 300) rebuild_catalog();
    if (!t.type->deprecation_warning.empty())
      r->headers.push_back({"Warning", "299 - " + go_quote(t.type->deprecation_warning)});
  }
  return reply;
}

Reply ApiHandler::serve_verb(const Request& req, const Target& t, std::string& verb) {
  const std::string& m = req.method;
  if (t.type->info.kind == "Pod" && t.type->info.group.empty() &&
      (t.subresource == "log" || t.subresource == "exec" || t.subresource == "attach" || t.subresource == "portforward")) {
    verb = m == "GET" ? "get" : m == "POST" ? "create" : m;
    return pod_subresource(req, t);
  }
  if (t.subresource == "token" && t.type->find_subresource("token")) {
    verb = "create";
    if (m != "POST") return error_response(make_method_not_allowed());
    return create_token(req, t);
  }
  if (t.subresource.empty()) {
    // The verbs discovery announces are the verbs served (reviews are create-only).
    std::string v = m == "GET" || m == "HEAD" ? (!t.name.empty() ? "get" : query_flag(req, "watch") ? "watch" : "list")
                  : m == "POST" ? "create" : m == "PUT" ? "update" : m == "PATCH" ? "patch"
                  : m == "DELETE" ? (t.name.empty() ? "deletecollection" : "delete") : m;
    if (!t.type->has_verb(v)) {
      verb = v;
      return error_response(make_method_not_allowed());
    }
  }
  if (!t.name.empty()) {
    if (m == "GET" || m == "HEAD") {
      verb = "get";
      return get(req, t);
    }
    if (m == "PUT") {
      verb = "update";
      return update(req, t);
    }
    if (m == "PATCH") {
      verb = "patch";
      return patch(req, t);
    }
    if (m == "DELETE" && t.subresource.empty()) {
      verb = "delete";
      return remove(req, t);
    }
    verb = m;
    return error_response(make_method_not_allowed());
  }
  if (m == "GET" || m == "HEAD") return list_or_watch(req, t, verb);
  if (m == "POST") {
    verb = "create";
    return create(req, t);
  }
  if (m == "DELETE") {
    verb = "deletecollection";
    return delete_collection(req, t);
  }
  verb = m;
  return error_response(make_method_not_allowed());
}

Response ApiHandler::get(const Request& req, const Target& t) {
  if (auto v = check_media(req); !v) return error_response(v.error());
  auto obj = storage_.get(t.type->key(t.ns, t.name));
  if (!obj) return error_response(make_not_found(t.type->info.group, t.type->info.plural, t.name));
  if (t.subresource == "scale") return json_response(200, to_scale(*t.type, **obj));
  auto table = table_request(req);
  if (!table) return error_response(table.error());
  if (*table) {
    Json meta = {{"resourceVersion", (**obj)["metadata"].value("resourceVersion", "")}};
    Response r = json_response(200, make_table(*t.type, {obj->get()}, **table, true, meta, options_.now()));
    r.content_type = table_content_type(**table);
    return r;
  }
  if (auto partial = partial_metadata_request(req)) {
    Response r = json_response(200, partial_metadata(present(*t.type, **obj), *partial));
    r.content_type = partial_metadata_content_type(false, *partial);
    return r;
  }
  return present_response(200, *t.type, **obj);
}

Response ApiHandler::metrics_text() {
  std::ostringstream out;
  out << "# HELP apiserver_request_total Counter of apiserver requests broken out by verb, resource and HTTP response code.\n"
         "# TYPE apiserver_request_total counter\n";
  std::lock_guard lock(metrics_.mu);
  auto split = [](const std::string& k) {
    std::vector<std::string> v;
    std::size_t s = 0;
    for (;;) {
      auto b = k.find('|', s);
      v.push_back(k.substr(s, b - s));
      if (b == std::string::npos) break;
      s = b + 1;
    }
    return v;
  };
  for (const auto& [k, n] : metrics_.total) {
    auto f = split(k);
    out << "apiserver_request_total{code=\"" << f[2] << "\",resource=\"" << f[1] << "\",verb=\""
        << f[0] << "\"} " << n << "\n";
  }
  out << "# HELP apiserver_request_duration_seconds Response latency distribution in seconds for each verb and resource.\n"
         "# TYPE apiserver_request_duration_seconds histogram\n";
  for (const auto& [k, h] : metrics_.duration) {
    auto f = split(k);
    std::string labels = "resource=\"" + f[1] + "\",verb=\"" + f[0] + "\"";
    for (std::size_t i = 0; i < std::size(RequestMetrics::kBuckets); ++i)
      out << "apiserver_request_duration_seconds_bucket{" << labels << ",le=\"" << RequestMetrics::kBuckets[i]
          << "\"} " << h.buckets[i] << "\n";
    out << "apiserver_request_duration_seconds_bucket{" << labels << ",le=\"+Inf\"} " << h.count << "\n"
        << "apiserver_request_duration_seconds_sum{" << labels << "} " << h.sum << "\n"
        << "apiserver_request_duration_seconds_count{" << labels << "} " << h.count << "\n";
  }
  out << "# HELP apiserver_registered_watchers Number of currently registered watchers.\n"
         "# TYPE apiserver_registered_watchers gauge\n"
         "apiserver_registered_watchers " << metrics_.watchers.load() << "\n";
  out << "# HELP apiserver_storage_objects Number of stored objects at the time of last check split by kind.\n"
         "# TYPE apiserver_storage_objects gauge\n";
  auto cat = catalog();
  for (const auto& g : cat->groups())
    for (const auto& v : g.versions)
      for (const ResourceType* r : cat->resources(g.name, v))
        out << "apiserver_storage_objects{resource=\"" << r->qualified_resource() << "\"} "
            << storage_.count(r->key_prefix()) << "\n";
  return Response{200, "text/plain; version=0.0.4; charset=utf-8", out.str(), {}};
}

}  // namespace windlass::apiserver
