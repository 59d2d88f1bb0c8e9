#include "rest/discovery.h"

#include "rest/common.h"

namespace windlass::apiserver {

namespace {

// The aggregated-discovery version the client asked for first, or "" for legacy JSON.
std::string aggregated_version(const Request& req) {
  for (const auto& m : accepted_media(req)) {
    std::string v = m.param("v");
    if (m.param("g") == "apidiscovery.k8s.io" && m.param("as") == "APIGroupDiscoveryList" &&
        (v == "v2" || v == "v2beta1"))
      return v;
  }
  return "";
}

Json gvk_json(const std::string& group, const std::string& version, const std::string& kind) {
  return Json{{"group", group}, {"version", version}, {"kind", kind}};
}

Json aggregated_resource(const ResourceType& t) {
  const auto& i = t.info;
  Json r = {{"resource", i.plural},
            {"responseKind", gvk_json(i.group, i.version, i.kind)},
            {"scope", i.namespaced ? "Namespaced" : "Cluster"},
            {"singularResource", i.singular},
            {"verbs", t.verbs}};
  if (!i.short_names.empty()) r["shortNames"] = i.short_names;
  if (!i.categories.empty()) r["categories"] = i.categories;
  Json subs = Json::array();
  if (i.scale)
    subs.push_back({{"subresource", "scale"}, {"responseKind", gvk_json("autoscaling", "v1", "Scale")},
                    {"verbs", {"get", "patch", "update"}}});
  if (i.status_subresource)
    subs.push_back({{"subresource", "status"}, {"responseKind", gvk_json(i.group, i.version, i.kind)},
                    {"verbs", {"get", "patch", "update"}}});
  for (const auto& s : t.extra_subresources)
    subs.push_back({{"subresource", s.name},
                    {"responseKind", s.kind.empty() ? gvk_json(i.group, i.version, i.kind) : gvk_json(s.group, s.version, s.kind)},
                    {"verbs", s.verbs}});
  if (!subs.empty()) r["subresources"] = subs;
  return r;
}

Json aggregated_group(const Catalog& catalog, const GroupEntry& g) {
  Json versions = Json::array();
  for (const auto& v : g.versions) {
    Json resources = Json::array();
    for (const ResourceType* t : catalog.resources(g.name, v)) resources.push_back(aggregated_resource(*t));
    versions.push_back({{"version", v}, {"resources", resources}, {"freshness", "Current"}});
  }
  Json meta = {{"creationTimestamp", nullptr}};
  if (!g.name.empty()) meta["name"] = g.name;
  return Json{{"metadata", meta}, {"versions", versions}};
}

Response aggregated(const std::string& v, Json items) {
  Json list = {{"kind", "APIGroupDiscoveryList"},
               {"apiVersion", "apidiscovery.k8s.io/" + v},
               {"metadata", Json::object()},
               {"items", std::move(items)}};
  Response r = json_response(200, list);
  r.content_type = "application/json;g=apidiscovery.k8s.io;v=" + v + ";as=APIGroupDiscoveryList";
  r.headers.push_back({"Vary", "Accept"});
  return r;
}

Json group_version(const std::string& group, const std::string& v) {
  return Json{{"groupVersion", group.empty() ? v : group + "/" + v}, {"version", v}};
}

Json api_group(const GroupEntry& g) {
  Json versions = Json::array();
  for (const auto& v : g.versions) versions.push_back(group_version(g.name, v));
  return Json{{"name", g.name}, {"versions", versions}, {"preferredVersion", group_version(g.name, g.versions.front())}};
}

}  // namespace

Response discovery_core(const Request& req, const Catalog& catalog, const std::string& address) {
  if (auto v = aggregated_version(req); !v.empty()) {
    Json items = Json::array();
    for (const auto& g : catalog.groups())
      if (g.name.empty()) items.push_back(aggregated_group(catalog, g));
    return aggregated(v, items);
  }
  return json_response(200, Json{{"kind", "APIVersions"},
                                 {"versions", {"v1"}},
                                 {"serverAddressByClientCIDRs",
                                  {{{"clientCIDR", "0.0.0.0/0"}, {"serverAddress", address}}}}});
}

Response discovery_groups(const Request& req, const Catalog& catalog) {
  if (auto v = aggregated_version(req); !v.empty()) {
    Json items = Json::array();
    for (const auto& g : catalog.groups())
      if (!g.name.empty()) items.push_back(aggregated_group(catalog, g));
    return aggregated(v, items);
  }
  Json groups = Json::array();
  for (const auto& g : catalog.groups())
    if (!g.name.empty()) groups.push_back(api_group(g));
  return json_response(200, Json{{"kind", "APIGroupList"}, {"apiVersion", "v1"}, {"groups", groups}});
}

Response discovery_group(const Catalog& catalog, const std::string& group) {
  for (const auto& g : catalog.groups()) {
    if (g.name != group || group.empty()) continue;
    Json j = api_group(g);
    j["kind"] = "APIGroup";
    j["apiVersion"] = "v1";
    return json_response(200, j);
  }
  return error_response(path_not_found());
}

Response discovery_resources(const Catalog& catalog, const std::string& group,
                             const std::string& version) {
  auto types = catalog.resources(group, version);
  if (types.empty()) return error_response(path_not_found());
  Json resources = Json::array();
  for (const ResourceType* t : types) {
    const auto& i = t->info;
    Json r = {{"name", i.plural}, {"singularName", i.singular}, {"namespaced", i.namespaced},
              {"kind", i.kind}, {"verbs", t->verbs}};
    if (!i.short_names.empty()) r["shortNames"] = i.short_names;
    if (!i.categories.empty()) r["categories"] = i.categories;
    resources.push_back(r);
    if (i.scale)
      resources.push_back({{"name", i.plural + "/scale"}, {"singularName", ""}, {"namespaced", i.namespaced},
                           {"group", "autoscaling"}, {"version", "v1"}, {"kind", "Scale"},
                           {"verbs", {"get", "patch", "update"}}});
    if (i.status_subresource)
      resources.push_back({{"name", i.plural + "/status"}, {"singularName", ""}, {"namespaced", i.namespaced},
                           {"kind", i.kind}, {"verbs", {"get", "patch", "update"}}});
    for (const auto& s : t->extra_subresources) {
      resources.push_back({{"name", i.plural + "/" + s.name}, {"singularName", ""}, {"namespaced", i.namespaced},
                           {"kind", s.kind.empty() ? i.kind : s.kind}, {"verbs", s.verbs}});
      if (!s.group.empty()) {
        resources.back()["group"] = s.group;
        resources.back()["version"] = s.version;
      }
    }
  }
  return json_response(200, Json{{"kind", "APIResourceList"},
                                 {"apiVersion", "v1"},
                                 {"groupVersion", group.empty() ? version : group + "/" + version},
                                 {"resources", resources}});
}

}  // namespace windlass::apiserver
