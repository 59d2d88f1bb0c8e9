#include <windlass/olm/catalog_api.h>

#include <windlass/core/base64.h>
#include <windlass/core/field_error.h>
#include <windlass/core/semver.h>
#include <windlass/olm/bundle.h>

#include "csv_util.h"

#include <openssl/evp.h>
#include <zlib.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <set>

namespace windlass::olm {

namespace fs = std::filesystem;
using internal::arr;
using internal::obj;
using internal::str;

namespace {

std::string sha256_hex(const std::string& data) {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_Digest(data.data(), data.size(), md, &len, EVP_sha256(), nullptr);
  static const char* hex = "0123456789abcdef";
  std::string out;
  for (unsigned int i = 0; i < len; ++i) {
    out += hex[md[i] >> 4];
    out += hex[md[i] & 15];
  }
  return out;
}

std::string gzip(const std::string& data) {
  z_stream zs{};
  if (deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) return {};
  std::string out(deflateBound(&zs, static_cast<uLong>(data.size())) + 32, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  int rc = deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return rc == Z_STREAM_END ? out : std::string();
}

std::string now_rfc3339() {
  std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

int hexval(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Percent-decoding; nullopt for a malformed escape. `plus` turns '+' into ' ' (query strings).
std::optional<std::string> unescape(std::string_view s, bool plus) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%') {
      if (i + 2 >= s.size()) return std::nullopt;
      int h = hexval(s[i + 1]), l = hexval(s[i + 2]);
      if (h < 0 || l < 0) return std::nullopt;
      out += static_cast<char>(h * 16 + l);
      i += 2;
    } else if (plus && s[i] == '+') {
      out += ' ';
    } else {
      out += s[i];
    }
  }
  return out;
}

struct PackageModel {
  const CatalogPackage* package = nullptr;
  std::map<std::string, const CatalogChannel*> channels;
  std::map<std::string, const CatalogBundle*> bundles;
  std::map<std::string, std::vector<const Json*>> others;  // schema -> blobs
  std::string deprecation;
  std::map<std::string, std::string> channel_deprecations, bundle_deprecations;
  std::map<std::string, std::string> heads;                  // channel -> head
  std::map<std::string, std::vector<std::string>> orders;    // channel -> entry names head first
  std::map<std::string, std::vector<std::string>> bundle_channels;
};

struct Route {
  std::vector<std::string> segments;
  std::map<std::string, std::string> query;
};

ApiReply json_reply(int status, const Json& body) {
  return ApiReply{status, {{"Content-Type", "application/json"}}, to_json_string(body) + "\n"};
}

ApiReply error_reply(int status, std::string message) {
  const char* reason = status == 400   ? "BadRequest"
                       : status == 404 ? "NotFound"
                       : status == 405 ? "MethodNotAllowed"
                                       : "InternalError";
  return json_reply(status, Json{{"code", status}, {"reason", reason}, {"message", std::move(message)}});
}

}  // namespace

struct CatalogApi::State {
  DeclarativeConfig config;
  std::map<std::string, PackageModel> packages;
  std::map<std::pair<std::string, std::string>, Bundle> bundle_dirs;  // (package, csv name)
  std::string digest;
  std::string loaded_at;

  Json channel_summary(const PackageModel& p, const std::string& ch) const {
    Json c = {{"name", ch}, {"head", p.heads.at(ch)}};
    if (auto it = p.channel_deprecations.find(ch); it != p.channel_deprecations.end())
      c["deprecation"] = {{"message", it->second}};
    return c;
  }

  Json package_json(const PackageModel& p, bool with_description) const {
    Json channels = Json::array();
    for (const auto& [name, c] : p.channels) channels.push_back(channel_summary(p, name));
    Json out = {{"name", p.package->name}, {"defaultChannel", p.package->default_channel}, {"channels", channels}};
    if (!p.deprecation.empty()) out["deprecation"] = {{"message", p.deprecation}};
    if (const Json* icon = obj(p.package->blob, "icon")) out["icon"] = *icon;
    if (with_description) out["description"] = p.package->description;
    return out;
  }

  static Json entry_json(const ChannelEntry& e) {
    Json j = {{"name", e.name}};
    if (!e.replaces.empty()) j["replaces"] = e.replaces;
    j["skips"] = e.skips;
    if (!e.skip_range.empty()) j["skipRange"] = e.skip_range;
    return j;
  }

  static const ChannelEntry* entry_of(const CatalogChannel& c, const std::string& name) {
    for (const auto& e : c.entries)
      if (e.name == name) return &e;
    return nullptr;
  }

  Json channel_json(const PackageModel& p, const std::string& ch) const {
    const CatalogChannel& c = *p.channels.at(ch);
    Json entries = Json::array();
    for (const auto& n : p.orders.at(ch)) entries.push_back(entry_json(*entry_of(c, n)));
    Json out = {{"package", p.package->name}, {"name", ch}, {"head", p.heads.at(ch)}, {"entries", entries}};
    if (auto it = p.channel_deprecations.find(ch); it != p.channel_deprecations.end())
      out["deprecation"] = {{"message", it->second}};
    return out;
  }

  // A bundle as the list shows it; graph fields from `channel` (or the first channel holding it).
  Json bundle_json(const PackageModel& p, const CatalogBundle& b, const std::string& channel) const {
    const auto& chans = p.bundle_channels.at(b.name);
    std::string from = channel;
    if (from.empty()) {
      from = std::find(chans.begin(), chans.end(), p.package->default_channel) != chans.end()
                 ? p.package->default_channel
                 : chans.front();
    }
    const ChannelEntry* e = entry_of(*p.channels.at(from), b.name);
    Json out = {{"name", b.name}, {"package", b.package}, {"channels", chans}, {"version", b.version()}};
    for (const Json& prop : b.properties)
      if (str(prop, "type") == "olm.package" && prop.contains("value"))
        if (auto rel = str(prop["value"], "release"); !rel.empty()) out["release"] = rel;
    out["image"] = b.image;
    if (!e->replaces.empty()) out["replaces"] = e->replaces;
    out["skips"] = e->skips;
    if (!e->skip_range.empty()) out["skipRange"] = e->skip_range;
    Json props = Json::array();
    for (const Json& prop : b.properties)
      if (str(prop, "type") != "olm.bundle.object") props.push_back(prop);
    out["properties"] = props;
    const Json* ri = arr(b.blob, "relatedImages");
    out["relatedImages"] = ri ? *ri : Json::array();
    if (auto it = p.bundle_deprecations.find(b.name); it != p.bundle_deprecations.end())
      out["deprecation"] = {{"message", it->second}};
    return out;
  }

  const PackageModel* package(const std::string& name) const {
    auto it = packages.find(name);
    return it == packages.end() ? nullptr : &it->second;
  }

  ApiReply route(const Route& r) const;
  ApiReply manifests(const PackageModel& p, const CatalogBundle& b) const;
};

ApiReply CatalogApi::State::manifests(const PackageModel& p, const CatalogBundle& b) const {
  Json csv;
  Json objects = Json::array();
  bool inline_objects = false;
  for (const Json& prop : b.properties) {
    if (str(prop, "type") != "olm.bundle.object") continue;
    inline_objects = true;
    std::string data = prop.contains("value") ? str(prop["value"], "data") : "";
    auto raw = base64_decode(data);
    auto o = raw ? parse_json(*raw) : Result<Json>(raw.error());
    if (!o || !o->is_object())
      return error_reply(500, "bundle " + go_quote(b.name) + " has an olm.bundle.object that is not a base64 JSON object");
    if (str(*o, "kind") == "ClusterServiceVersion" && csv.is_null()) {
      csv = std::move(*o);
    } else {
      objects.push_back(std::move(*o));
    }
  }
  if (!inline_objects) {
    auto it = bundle_dirs.find({p.package->name, b.name});
    if (it == bundle_dirs.end())
      return error_reply(404, "the manifests of bundle " + go_quote(b.name) +
                                  " are not in the catalog (no olm.bundle.object properties) and no bundle "
                                  "directory holds them");
    for (std::size_t i = 0; i < it->second.objects.size(); ++i) {
      if (it->second.csv_index && *it->second.csv_index == i) {
        csv = it->second.objects[i].object;
      } else {
        objects.push_back(it->second.objects[i].object);
      }
    }
  }
  return json_reply(200, Json{{"csv", csv}, {"objects", objects}});
}

ApiReply CatalogApi::State::route(const Route& r) const {
  const auto& s = r.segments;
  auto q = [&](const char* k) {
    auto it = r.query.find(k);
    return it == r.query.end() ? std::string() : it->second;
  };
  if (s.size() == 1 && (s[0] == "healthz" || s[0] == "readyz"))
    return ApiReply{200, {{"Content-Type", "text/plain; charset=utf-8"}}, "ok\n"};
  if (s.empty() || s[0] != "v1") return error_reply(404, "no such path");
  if (s.size() == 2 && s[1] == "meta")
    return json_reply(200, Json{{"digest", digest}, {"loadedAt", loaded_at}, {"packages", packages.size()},
                                {"bundles", config.bundles.size()}});
  if (s.size() >= 2 && s[1] == "packages") {
    if (s.size() == 2) {
      Json list = Json::array();
      for (const auto& [n, p] : packages) list.push_back(package_json(p, false));
      return json_reply(200, list);
    }
    const PackageModel* p = package(s[2]);
    if (!p) return error_reply(404, "package " + go_quote(s[2]) + " not found");
    if (s.size() == 3) return json_reply(200, package_json(*p, true));
    if (s[3] == "channels" && s.size() == 4) {
      Json list = Json::array();
      for (const auto& [n, c] : p->channels) list.push_back(channel_json(*p, n));
      return json_reply(200, list);
    }
    if (s[3] == "channels" && s.size() == 5) {
      if (!p->channels.count(s[4]))
        return error_reply(404, "package " + go_quote(s[2]) + " has no channel " + go_quote(s[4]));
      return json_reply(200, channel_json(*p, s[4]));
    }
    if (s[3] == "schemas" && s.size() == 5) {
      Json list = Json::array();
      if (auto it = p->others.find(s[4]); it != p->others.end())
        for (const Json* b : it->second) list.push_back(*b);
      return json_reply(200, list);
    }
    return error_reply(404, "no such path");
  }
  if (s.size() >= 2 && s[1] == "bundles") {
    if (s.size() == 2) {
      std::string pkg = q("package"), ch = q("channel");
      if (!ch.empty() && pkg.empty()) return error_reply(400, "the channel parameter needs a package parameter");
      Json list = Json::array();
      for (const auto& [pn, p] : packages) {
        if (!pkg.empty() && pn != pkg) continue;
        if (!ch.empty() && !p.channels.count(ch))
          return error_reply(404, "package " + go_quote(pkg) + " has no channel " + go_quote(ch));
        for (const auto& [bn, b] : p.bundles) {
          const auto& chans = p.bundle_channels.at(bn);
          if (!ch.empty() && std::find(chans.begin(), chans.end(), ch) == chans.end()) continue;
          list.push_back(bundle_json(p, *b, ch));
        }
      }
      if (!pkg.empty() && !packages.count(pkg)) return error_reply(404, "package " + go_quote(pkg) + " not found");
      return json_reply(200, list);
    }
    if (s.size() < 4) return error_reply(404, "no such path");
    const PackageModel* p = package(s[2]);
    if (!p) return error_reply(404, "package " + go_quote(s[2]) + " not found");
    auto bit = p->bundles.find(s[3]);
    if (bit == p->bundles.end())
      return error_reply(404, "package " + go_quote(s[2]) + " has no bundle " + go_quote(s[3]));
    if (s.size() == 4) return json_reply(200, bundle_json(*p, *bit->second, q("channel")));
    if (s.size() == 5 && s[4] == "manifests") return manifests(*p, *bit->second);
    return error_reply(404, "no such path");
  }
  if (s.size() == 2 && s[1] == "providers") {
    std::string g = q("group"), v = q("version"), k = q("kind");
    if (v.empty() || k.empty()) return error_reply(400, "the version and kind parameters are required");
    Json list = Json::array();
    for (const auto& [pn, p] : packages)
      for (const auto& [cn, c] : p.channels)
        for (const auto& n : p.orders.at(cn)) {
          const CatalogBundle* b = p.bundles.at(n);
          bool provides = false;
          for (const Json& prop : b->properties)
            if (str(prop, "type") == "olm.gvk" && prop.contains("value"))
              provides = provides || (str(prop["value"], "group") == g && str(prop["value"], "version") == v &&
                                      str(prop["value"], "kind") == k);
          if (!provides) continue;
          Json e = {{"package", pn}, {"channel", cn}, {"bundle", n}};
          if (const ChannelEntry* ce = entry_of(*c, n); ce && !ce->replaces.empty()) e["replaces"] = ce->replaces;
          list.push_back(std::move(e));
        }
    return json_reply(200, list);
  }
  if (s.size() == 2 && s[1] == "successors") {
    std::string pkg = q("package"), ch = q("channel"), from = q("from"), version = q("version");
    if (pkg.empty() || ch.empty()) return error_reply(400, "the package and channel parameters are required");
    if (from.empty() && version.empty()) return error_reply(400, "one of the from and version parameters is required");
    if (!version.empty())
      if (auto v = Version::parse_tolerant(version); !v)
        return error_reply(400, "invalid version " + go_quote(version) + ": " + v.error().message());
    const PackageModel* p = package(pkg);
    if (!p) return error_reply(404, "package " + go_quote(pkg) + " not found");
    auto cit = p->channels.find(ch);
    if (cit == p->channels.end()) return error_reply(404, "package " + go_quote(pkg) + " has no channel " + go_quote(ch));
    // The installed bundle's version, when it is known to the catalog and not given.
    if (version.empty())
      if (auto b = p->bundles.find(from); b != p->bundles.end()) version = b->second->version();
    Json list = Json::array();
    for (const auto& n : successors(*cit->second, from, version)) list.push_back(entry_json(*entry_of(*cit->second, n)));
    return json_reply(200, Json{{"package", pkg}, {"channel", ch}, {"from", from}, {"version", version},
                                {"successors", list}});
  }
  return error_reply(404, "no such path");
}

CatalogApi::CatalogApi(std::unique_ptr<State> state) : state_(std::move(state)) {}
CatalogApi::CatalogApi(CatalogApi&&) noexcept = default;
CatalogApi& CatalogApi::operator=(CatalogApi&&) noexcept = default;
CatalogApi::~CatalogApi() = default;

const std::string& CatalogApi::digest() const { return state_->digest; }
std::size_t CatalogApi::package_count() const { return state_->packages.size(); }
std::size_t CatalogApi::bundle_count() const { return state_->config.bundles.size(); }

Result<CatalogApi> CatalogApi::load(const fs::path& dir, const Options& options) {
  WINDLASS_TRY(DeclarativeConfig cfg, load_catalog(dir));
  return from_config(std::move(cfg), options);
}

Result<CatalogApi> CatalogApi::from_config(DeclarativeConfig config, const Options& options) {
  if (auto err = validate_catalog(config); !err.empty()) return Error(ErrorCode::kInvalid, err);
  auto st = std::make_unique<State>();
  st->config = std::move(config);
  st->loaded_at = options.loaded_at.empty() ? now_rfc3339() : options.loaded_at;
  const DeclarativeConfig& cfg = st->config;
  for (const auto& p : cfg.packages) st->packages[p.name].package = &p;
  for (const auto& c : cfg.channels) {
    PackageModel& p = st->packages.at(c.package);
    p.channels[c.name] = &c;
    auto head = channel_head(c);
    if (!head) return Error(ErrorCode::kInvalid, head.error().message());
    p.heads[c.name] = *head;
    // Head first along replaces (skipped entries included), then whatever is left by name.
    std::vector<std::string> order;
    std::set<std::string> placed;
    std::map<std::string, const ChannelEntry*> by_name;
    for (const auto& e : c.entries) by_name[e.name] = &e;
    for (std::string n = *head; by_name.count(n) && placed.insert(n).second; n = by_name[n]->replaces)
      order.push_back(n);
    for (const auto& [n, e] : by_name)
      if (placed.insert(n).second) order.push_back(n);
    p.orders[c.name] = std::move(order);
    for (const auto& e : c.entries) p.bundle_channels[e.name].push_back(c.name);
  }
  for (auto& [n, p] : st->packages)
    for (auto& [b, chans] : p.bundle_channels) std::sort(chans.begin(), chans.end());
  for (const auto& b : cfg.bundles) st->packages.at(b.package).bundles[b.name] = &b;
  for (const Json& o : cfg.others) {
    std::string pkg = str(o, "package");
    if (auto it = st->packages.find(pkg); it != st->packages.end()) it->second.others[str(o, "schema")].push_back(&o);
  }
  for (const Json& d : cfg.deprecations) {
    PackageModel& p = st->packages.at(str(d, "package"));
    if (const Json* es = arr(d, "entries"))
      for (const Json& e : *es) {
        const Json* ref = obj(e, "reference");
        if (!ref) continue;
        std::string schema = str(*ref, "schema"), name = str(*ref, "name"), msg = str(e, "message");
        if (schema == "olm.package") p.deprecation = msg;
        if (schema == "olm.channel") p.channel_deprecations[name] = msg;
        if (schema == "olm.bundle") p.bundle_deprecations[name] = msg;
      }
  }
  // The digest: every blob's canonical JSON, in a canonical order.
  std::vector<std::string> blobs;
  for (const auto& p : cfg.packages) blobs.push_back(to_json_string(p.blob));
  for (const auto& c : cfg.channels) blobs.push_back(to_json_string(c.blob));
  for (const auto& b : cfg.bundles) blobs.push_back(to_json_string(b.blob));
  for (const auto& d : cfg.deprecations) blobs.push_back(to_json_string(d));
  for (const auto& o : cfg.others) blobs.push_back(to_json_string(o));
  std::sort(blobs.begin(), blobs.end());
  std::string all;
  for (const auto& b : blobs) all += b + "\n";
  st->digest = sha256_hex(all);

  if (!options.bundles_dir.empty()) {
    for (const auto& d : find_bundle_dirs(options.bundles_dir)) {
      auto b = load_bundle(d, {.strict = false});
      if (!b || !b->csv()) continue;
      auto key = std::pair{b->package(), b->name()};
      if (auto p = st->packages.find(key.first); p != st->packages.end() && p->second.bundles.count(key.second))
        st->bundle_dirs.emplace(key, std::move(*b));
    }
  }
  return CatalogApi(std::move(st));
}

ApiReply CatalogApi::handle(const ApiRequest& req) const {
  if (req.method != "GET" && req.method != "HEAD") {
    ApiReply r = error_reply(405, "method " + req.method + " is not allowed: the catalog is read-only");
    r.headers.push_back({"Allow", "GET, HEAD"});
    return r;
  }
  std::string_view target = req.target;
  auto qpos = target.find('?');
  std::string_view path = target.substr(0, qpos);
  Route route;
  std::size_t pos = 0;
  while (pos < path.size()) {
    auto slash = path.find('/', pos);
    std::string_view seg = path.substr(pos, slash == std::string_view::npos ? std::string_view::npos : slash - pos);
    if (!seg.empty()) {
      auto u = unescape(seg, false);
      if (!u) return error_reply(400, "malformed percent-encoding in the path");
      route.segments.push_back(std::move(*u));
    }
    if (slash == std::string_view::npos) break;
    pos = slash + 1;
  }
  if (qpos != std::string_view::npos) {
    std::string_view qs = target.substr(qpos + 1);
    std::size_t p = 0;
    while (p <= qs.size()) {
      auto amp = qs.find('&', p);
      std::string_view kv = qs.substr(p, amp == std::string_view::npos ? std::string_view::npos : amp - p);
      if (!kv.empty()) {
        auto eq = kv.find('=');
        auto k = unescape(kv.substr(0, eq), true);
        auto v = unescape(eq == std::string_view::npos ? std::string_view() : kv.substr(eq + 1), true);
        if (!k || !v) return error_reply(400, "malformed percent-encoding in the query");
        route.query[*k] = *v;
      }
      if (amp == std::string_view::npos) break;
      p = amp + 1;
    }
  }
  ApiReply reply = state_->route(route);
  bool api = !route.segments.empty() && route.segments[0] == "v1";
  if (reply.status == 200 && api) {
    std::string etag = "\"" + state_->digest + "\"";
    reply.headers.push_back({"ETag", etag});
    reply.headers.push_back({"Cache-Control", "no-cache"});
    // If-None-Match: a list of tags, or *.
    bool match = false;
    std::string_view inm = req.if_none_match;
    while (!inm.empty() && !match) {
      auto comma = inm.find(',');
      std::string_view tag = inm.substr(0, comma);
      while (!tag.empty() && tag.front() == ' ') tag.remove_prefix(1);
      while (!tag.empty() && tag.back() == ' ') tag.remove_suffix(1);
      if (tag.substr(0, 2) == "W/") tag.remove_prefix(2);
      match = tag == etag || tag == "*";
      if (comma == std::string_view::npos) break;
      inm.remove_prefix(comma + 1);
    }
    if (match) {
      reply.status = 304;
      reply.body.clear();
      return reply;
    }
    reply.headers.push_back({"Vary", "Accept-Encoding"});
  }
  if (req.accept_gzip && reply.body.size() > 1024) {
    std::string z = gzip(reply.body);
    if (!z.empty()) {
      reply.body = std::move(z);
      reply.headers.push_back({"Content-Encoding", "gzip"});
    }
  }
  return reply;
}

}  // namespace windlass::olm
