#include <windlass/client/discovery.h>

#include <algorithm>
#include <cctype>

namespace windlass::client {

namespace {

// Aggregated discovery in the two versions servers speak, then plain JSON: a server without
// aggregated discovery answers the last, legacy type.
constexpr const char* kAggregatedAccept =
    "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,"
    "application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,"
    "application/json";

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::vector<std::string> strings(const Json& j, const char* key) {
  std::vector<std::string> out;
  auto it = j.find(key);
  if (it == j.end() || !it->is_array()) return out;
  for (const auto& s : *it)
    if (s.is_string()) out.push_back(s.get<std::string>());
  return out;
}

std::string str(const Json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

GroupVersionKind gvk_of(const Json& j) {
  if (!j.is_object()) return {};
  return GroupVersionKind{str(j, "group"), str(j, "version"), str(j, "kind")};
}

bool contains(const std::vector<std::string>& v, std::string_view s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

bool is_aggregated(const Json& j) { return j.is_object() && j.value("kind", "") == "APIGroupDiscoveryList"; }

}  // namespace

bool ApiResource::has_verb(std::string_view verb) const { return contains(verbs, verb); }

const ApiSubresource* ApiResource::subresource(std::string_view name) const {
  for (const auto& s : subresources)
    if (s.name == name) return &s;
  return nullptr;
}

const ApiGroupVersion* ApiGroup::version(std::string_view v) const {
  for (const auto& gv : versions)
    if (gv.version == v) return &gv;
  return nullptr;
}

const ApiGroup* DiscoveryDocument::group(std::string_view name) const {
  for (const auto& g : groups)
    if (g.name == name) return &g;
  return nullptr;
}

const ApiResource* DiscoveryDocument::find(const GroupVersionResource& gvr) const {
  const ApiGroup* g = group(gvr.group);
  const ApiGroupVersion* v = g ? g->version(gvr.version) : nullptr;
  if (!v) return nullptr;
  for (const auto& r : v->resources)
    if (r.resource == gvr.resource) return &r;
  return nullptr;
}

// ---- parsing --------------------------------------------------------------------------------

Result<ApiGroup> DiscoveryClient::parse_aggregated_group(const Json& item) {
  if (!item.is_object()) return Error(ErrorCode::kInternal, "discovery: an APIGroupDiscovery is not an object");
  ApiGroup g;
  if (auto m = item.find("metadata"); m != item.end() && m->is_object()) g.name = str(*m, "name");
  auto versions = item.find("versions");
  if (versions == item.end() || !versions->is_array())
    return Error(ErrorCode::kInternal, "discovery: group \"" + g.name + "\" has no versions");
  for (const auto& v : *versions) {
    ApiGroupVersion gv;
    gv.version = str(v, "version");
    if (gv.version.empty()) return Error(ErrorCode::kInternal, "discovery: group \"" + g.name + "\": a version without a name");
    gv.stale = str(v, "freshness") == "Stale";
    auto resources = v.find("resources");
    if (resources != v.end() && resources->is_array()) {
      for (const auto& r : *resources) {
        ApiResource a;
        a.group = g.name;
        a.version = gv.version;
        a.resource = str(r, "resource");
        if (a.resource.empty()) continue;
        if (auto k = r.find("responseKind"); k != r.end()) a.kind = gvk_of(*k).kind;
        a.singular = str(r, "singularResource");
        if (a.singular.empty()) a.singular = lower(a.kind);
        a.namespaced = str(r, "scope") != "Cluster";
        a.verbs = strings(r, "verbs");
        a.short_names = strings(r, "shortNames");
        a.categories = strings(r, "categories");
        if (auto subs = r.find("subresources"); subs != r.end() && subs->is_array()) {
          for (const auto& s : *subs) {
            ApiSubresource sub;
            sub.name = str(s, "subresource");
            if (auto k = s.find("responseKind"); k != s.end()) sub.response_kind = gvk_of(*k);
            // A kind without a version is this group version's (the legacy documents say so
            // by leaving group and version out).
            if (sub.response_kind.version.empty()) {
              sub.response_kind.group = g.name;
              sub.response_kind.version = gv.version;
            }
            sub.verbs = strings(s, "verbs");
            a.subresources.push_back(std::move(sub));
          }
        }
        gv.resources.push_back(std::move(a));
      }
    }
    g.versions.push_back(std::move(gv));
  }
  if (!g.versions.empty()) g.preferred_version = g.versions.front().version;
  return g;
}

Result<ApiGroupVersion> DiscoveryClient::parse_resource_list(const Json& list, const std::string& group,
                                                             const std::string& version) {
  if (!list.is_object() || !list.contains("resources"))
    return Error(ErrorCode::kInternal, "discovery: the APIResourceList of " +
                                           GroupVersion{group, version}.to_string() + " has no resources");
  ApiGroupVersion gv;
  gv.version = version;
  struct Sub {
    std::string parent;
    ApiSubresource sub;
  };
  std::vector<Sub> subs;
  for (const auto& r : list["resources"]) {
    std::string name = str(r, "name");
    if (name.empty()) continue;
    if (auto slash = name.find('/'); slash != std::string::npos) {
      Sub s;
      s.parent = name.substr(0, slash);
      s.sub.name = name.substr(slash + 1);
      // A subresource answering another group's kind says so; otherwise it is this one's.
      std::string g = r.contains("group") ? str(r, "group") : group;
      std::string v = r.contains("version") ? str(r, "version") : version;
      s.sub.response_kind = GroupVersionKind{g, v, str(r, "kind")};
      s.sub.verbs = strings(r, "verbs");
      subs.push_back(std::move(s));
      continue;
    }
    ApiResource a;
    a.group = group;
    a.version = version;
    a.resource = name;
    a.kind = str(r, "kind");
    a.singular = str(r, "singularName");
    if (a.singular.empty()) a.singular = lower(a.kind);
    auto ns = r.find("namespaced");
    a.namespaced = ns == r.end() || !ns->is_boolean() || ns->get<bool>();
    a.verbs = strings(r, "verbs");
    a.short_names = strings(r, "shortNames");
    a.categories = strings(r, "categories");
    gv.resources.push_back(std::move(a));
  }
  for (auto& s : subs)
    for (auto& a : gv.resources)
      if (a.resource == s.parent) a.subresources.push_back(std::move(s.sub));
  return gv;
}

// ---- reading --------------------------------------------------------------------------------

Task<Result<DiscoveryDocument>> DiscoveryClient::discover() { return read_all(); }

namespace {

// GET a discovery document; an error answer becomes the server's Status.
Task<Result<Json>> send_for_document(Transport& transport, HttpRequest req) {
  auto res = co_await transport.send(std::move(req));
  if (!res) co_return res.error();
  if (res->status != 200) co_return error_from_response(*res);
  auto j = parse_json(res->body);
  if (!j) co_return Error(ErrorCode::kInternal, "discovery: the answer is not JSON: " + j.error().message());
  co_return std::move(*j);
}

// A plain function: the request is built here and moved, named, into the coroutine (GCC 12
// mishandles class prvalues passed straight into coroutines).
Task<Result<Json>> get_document(Transport& transport, std::string path, std::string accept) {
  HttpRequest req;
  req.method = "GET";
  req.path = std::move(path);
  req.accept = std::move(accept);
  return send_for_document(transport, std::move(req));
}

}  // namespace

Task<Result<DiscoveryDocument>> DiscoveryClient::read_all() {
  const std::string accept = options_.legacy_only ? "application/json" : kAggregatedAccept;
  DiscoveryDocument doc;
  bool all_aggregated = true;

  // The core group: /api answers either the aggregated list or APIVersions.
  auto core = co_await get_document(*transport_, "/api", accept);
  if (!core) co_return core.error();
  if (is_aggregated(*core)) {
    for (const auto& item : core->value("items", Json::array())) {
      auto g = parse_aggregated_group(item);
      if (!g) co_return g.error();
      g->name.clear();  // the core group, whatever the metadata says
      doc.groups.push_back(std::move(*g));
    }
  } else {
    all_aggregated = false;
    ApiGroup g;
    for (const auto& v : strings(*core, "versions")) {
      auto list = co_await get_document(*transport_, "/api/" + v, "application/json");
      if (!list) {
        doc.failed.emplace_back(v, list.error().message());
        continue;
      }
      auto gv = parse_resource_list(*list, "", v);
      if (!gv) {
        doc.failed.emplace_back(v, gv.error().message());
        continue;
      }
      g.versions.push_back(std::move(*gv));
    }
    if (!g.versions.empty()) {
      g.preferred_version = g.versions.front().version;
      doc.groups.push_back(std::move(g));
    }
  }

  // The named groups: /apis answers the aggregated list or APIGroupList.
  auto named = co_await get_document(*transport_, "/apis", accept);
  if (!named) co_return named.error();
  if (is_aggregated(*named)) {
    for (const auto& item : named->value("items", Json::array())) {
      auto g = parse_aggregated_group(item);
      if (!g) co_return g.error();
      doc.groups.push_back(std::move(*g));
    }
  } else {
    all_aggregated = false;
    for (const auto& jg : named->value("groups", Json::array())) {
      ApiGroup g;
      g.name = str(jg, "name");
      if (auto p = jg.find("preferredVersion"); p != jg.end() && p->is_object()) g.preferred_version = str(*p, "version");
      for (const auto& jv : jg.value("versions", Json::array())) {
        std::string v = str(jv, "version");
        std::string gv_name = g.name + "/" + v;
        auto list = co_await get_document(*transport_, "/apis/" + gv_name, "application/json");
        if (!list) {
          doc.failed.emplace_back(gv_name, list.error().message());
          continue;
        }
        auto gv = parse_resource_list(*list, g.name, v);
        if (!gv) {
          doc.failed.emplace_back(gv_name, gv.error().message());
          continue;
        }
        g.versions.push_back(std::move(*gv));
      }
      if (g.versions.empty()) continue;
      if (g.preferred_version.empty() || !g.version(g.preferred_version)) g.preferred_version = g.versions.front().version;
      doc.groups.push_back(std::move(g));
    }
  }
  doc.aggregated = all_aggregated;
  co_return doc;
}

// ---- the mapper -----------------------------------------------------------------------------

struct RestMapper::Index {
  std::shared_ptr<const DiscoveryDocument> doc;
  std::uint64_t generation = 0;
  // Every resource in kubectl's priority order: groups as discovered (core first), within a
  // group the preferred version first, then the others in the server's order.
  std::vector<const ApiResource*> ordered;

  explicit Index(std::shared_ptr<const DiscoveryDocument> d, std::uint64_t gen) : doc(std::move(d)), generation(gen) {
    std::vector<const ApiGroup*> groups;
    for (const auto& g : doc->groups)
      if (g.name.empty()) groups.insert(groups.begin(), &g);
      else groups.push_back(&g);
    for (const ApiGroup* g : groups) {
      if (const ApiGroupVersion* p = g->version(g->preferred_version))
        for (const auto& r : p->resources) ordered.push_back(&r);
      for (const auto& v : g->versions) {
        if (v.version == g->preferred_version) continue;
        for (const auto& r : v.resources) ordered.push_back(&r);
      }
    }
  }
};

namespace {

using Index = RestMapper::Index;

RestMapping mapping_of(const ApiResource& r) {
  RestMapping m;
  m.gvk = r.gvk();
  m.gvr = r.gvr();
  m.namespaced = r.namespaced;
  return m;
}

Result<RestMapping> by_kind(const Index& idx, const GroupVersionKind& gvk) {
  for (const ApiResource* r : idx.ordered)
    if (r->group == gvk.group && r->kind == gvk.kind && (gvk.version.empty() || r->version == gvk.version))
      return mapping_of(*r);
  if (gvk.version.empty())
    return Error(ErrorCode::kNotFound, "no matches for kind \"" + gvk.kind + "\" in group \"" + gvk.group + "\"");
  return Error(ErrorCode::kNotFound,
               "no matches for kind \"" + gvk.kind + "\" in version \"" + gvk.api_version() + "\"");
}

enum class Match { kName, kShortName };

// Resources named `word` (plural or singular; or a short name), in the group if one is given
// and at the version if one is given, in priority order.
std::vector<const ApiResource*> by_name(const Index& idx, const std::optional<std::string>& group,
                                        const std::string& version, const std::string& word, Match how) {
  std::vector<const ApiResource*> out;
  for (const ApiResource* r : idx.ordered) {
    if (group && r->group != *group) continue;
    if (!version.empty() && r->version != version) continue;
    bool hit = how == Match::kName ? (r->resource == word || r->singular == word) : contains(r->short_names, word);
    if (hit) out.push_back(r);
  }
  return out;
}

// The first candidate, unless they span groups and the first is not the core group's (which
// kubectl's priority always puts first: `events`, `ev`).
Result<RestMapping> pick(const std::vector<const ApiResource*>& found, const std::string& word) {
  const ApiResource* first = found.front();
  std::vector<std::string> groups;
  for (const ApiResource* r : found) {
    std::string gr = r->group.empty() ? r->resource : r->resource + "." + r->group;
    if (!contains(groups, gr)) groups.push_back(gr);
  }
  bool spans_groups = std::any_of(found.begin(), found.end(), [&](const ApiResource* r) { return r->group != first->group; });
  if (spans_groups && !first->group.empty()) {
    std::string list;
    for (const auto& g : groups) list += (list.empty() ? "" : ", ") + g;
    return Error(ErrorCode::kBadRequest, "\"" + word + "\" is ambiguous: it matches " + list +
                                             "; name the group (RESOURCE.GROUP) to choose one");
  }
  return mapping_of(*first);
}

// The resource reading of a word: by name first, then by short name.
Result<RestMapping> by_resource(const Index& idx, const std::optional<std::string>& group, const std::string& version,
                                const std::string& word) {
  std::string w = lower(word);
  auto found = by_name(idx, group, version, w, Match::kName);
  if (found.empty()) found = by_name(idx, group, version, w, Match::kShortName);
  if (found.empty()) return Error(ErrorCode::kNotFound, "no matches for resource \"" + word + "\"");
  return pick(found, word);
}

Result<RestMapping> resolve_word(const Index& idx, const std::string& word) {
  auto [gvr, gr] = parse_resource_arg(word);
  if (gvr) {
    if (auto m = by_resource(idx, gvr->group, gvr->version, gvr->resource); m || m.error().code() != ErrorCode::kNotFound)
      return m;
  }
  // "deployments" (any group) or "deployments.apps" (that group).
  std::optional<std::string> group;
  if (word.find('.') != std::string::npos) group = gr.group;
  if (auto m = by_resource(idx, group, "", gr.resource); m || m.error().code() != ErrorCode::kNotFound) return m;
  // Kinds: "Deployment.v1.apps", "Deployment.apps", "Deployment" (the core group).
  auto [gvk, gk] = parse_kind_arg(word);
  if (gvk)
    if (auto m = by_kind(idx, *gvk); m) return m;
  GroupVersionKind any_version{gk.group, "", gk.kind};
  if (auto m = by_kind(idx, any_version); m) return m;
  return Error(ErrorCode::kNotFound, "the server doesn't have a resource type \"" + gr.resource + "\"");
}

}  // namespace

RestMapper::RestMapper(std::shared_ptr<Transport> transport, DiscoveryOptions options)
    : discovery_(std::move(transport), options) {}

void RestMapper::invalidate() {
  std::lock_guard lock(mu_);
  index_.reset();
}

std::uint64_t RestMapper::reads() const {
  std::lock_guard lock(mu_);
  return generation_;
}

Task<Result<std::shared_ptr<const RestMapper::Index>>> RestMapper::current() {
  std::uint64_t seen;
  {
    std::lock_guard lock(mu_);
    if (index_) co_return index_;
    seen = generation_;
  }
  co_return co_await refresh(seen);
}

Task<Result<std::shared_ptr<const RestMapper::Index>>> RestMapper::refresh(std::uint64_t seen_generation) {
  {
    // Someone else read discovery since this caller looked: theirs is as fresh as ours would be.
    std::lock_guard lock(mu_);
    if (index_ && generation_ != seen_generation) co_return index_;
  }
  auto doc = co_await discovery_.discover();
  if (!doc) co_return doc.error();
  auto shared = std::make_shared<const DiscoveryDocument>(std::move(*doc));
  std::lock_guard lock(mu_);
  ++generation_;
  index_ = std::make_shared<const Index>(std::move(shared), generation_);
  co_return index_;
}

Task<Result<RestMapping>> RestMapper::lookup(Lookup f) {
  auto idx = co_await current();
  if (!idx) co_return idx.error();
  auto found = f(**idx);
  if (found || found.error().code() != ErrorCode::kNotFound) co_return found;
  // Not there: perhaps created since we read (a new CRD). Read once more.
  auto fresh = co_await refresh((*idx)->generation);
  if (!fresh) co_return fresh.error();
  co_return f(**fresh);
}

Task<Result<RestMapping>> RestMapper::mapping(const GroupVersionKind& gvk) {
  Lookup f = [gvk](const Index& idx) { return by_kind(idx, gvk); };
  return lookup(std::move(f));
}

Task<Result<GroupVersionKind>> RestMapper::kind_for(const GroupVersionResource& gvr) {
  Lookup f = [gvr](const Index& idx) -> Result<RestMapping> {
    std::string w = lower(gvr.resource);
    auto found = by_name(idx, gvr.group, gvr.version, w, Match::kName);
    if (found.empty()) return Error(ErrorCode::kNotFound, "no matches for " + gvr.to_string());
    return mapping_of(*found.front());
  };
  return kind_of(std::move(f));
}

Task<Result<GroupVersionKind>> RestMapper::kind_of(Lookup f) {
  auto m = co_await lookup(std::move(f));
  if (!m) co_return m.error();
  co_return m->gvk;
}

Task<Result<RestMapping>> RestMapper::resolve(std::string word) {
  Lookup f = [w = std::move(word)](const Index& idx) { return resolve_word(idx, w); };
  return lookup(std::move(f));
}

Task<Result<std::vector<RestMapping>>> RestMapper::category(std::string name) { return category_of(std::move(name)); }

Task<Result<std::vector<RestMapping>>> RestMapper::category_of(std::string name) {
  auto collect = [&](const Index& idx) {
    std::vector<RestMapping> out;
    std::vector<std::pair<std::string, std::string>> seen;
    for (const ApiResource* r : idx.ordered) {
      if (!contains(r->categories, name)) continue;
      std::pair<std::string, std::string> gr{r->group, r->resource};
      if (std::find(seen.begin(), seen.end(), gr) != seen.end()) continue;
      seen.push_back(std::move(gr));
      out.push_back(mapping_of(*r));
    }
    return out;
  };
  auto idx = co_await current();
  if (!idx) co_return idx.error();
  auto out = collect(**idx);
  if (out.empty()) {
    auto fresh = co_await refresh((*idx)->generation);
    if (!fresh) co_return fresh.error();
    out = collect(**fresh);
  }
  if (out.empty()) co_return Error(ErrorCode::kNotFound, "no resources in category \"" + name + "\"");
  co_return out;
}

Task<Result<std::shared_ptr<const DiscoveryDocument>>> RestMapper::discovery() {
  auto idx = co_await current();
  if (!idx) co_return idx.error();
  co_return (*idx)->doc;
}

}  // namespace windlass::client
