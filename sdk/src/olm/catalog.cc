#include <windlass/olm/catalog.h>

#include <windlass/core/field_error.h>
#include <windlass/core/semver.h>
#include <windlass/core/validation.h>
#include <windlass/core/yaml.h>
#include <windlass/olm/image_reference.h>

#include "csv_util.h"

#include <fnmatch.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>

namespace windlass::olm {

namespace fs = std::filesystem;
using internal::arr;
using internal::obj;
using internal::str;
using internal::go_json_kind;

std::string CatalogBundle::version() const {
  for (const Json& p : properties)
    if (str(p, "type") == "olm.package" && p.contains("value") && p["value"].is_object())
      return str(p["value"], "version");
  return "";
}

std::string CatalogBundle::release() const {
  for (const Json& p : properties)
    if (str(p, "type") == "olm.package" && p.contains("value") && p["value"].is_object())
      return str(p["value"], "release");
  return "";
}

namespace {

Error bad(std::string msg) { return Error(ErrorCode::kInvalid, std::move(msg)); }

std::vector<std::string> strings_of(const Json* a) {
  std::vector<std::string> out;
  if (a)
    for (const Json& s : *a)
      if (s.is_string()) out.push_back(s.get<std::string>());
  return out;
}


// The first field of an olm.deprecations blob whose JSON type does not fit opm's Go struct
// (declcfg.Deprecation), worded as encoding/json's UnmarshalTypeError: the struct holding the
// field, then the dotted JSON path from the top. Null is accepted anywhere, as Go does. Empty
// when the shape is fine.
std::string deprecation_shape_error(const Json& d) {
  auto mismatch = [](const Json& v, const std::string& owner, const std::string& path, const std::string& type) {
    return "json: cannot unmarshal " + go_json_kind(v) + " into Go struct field " + owner + "." + path + " of type " + type;
  };
  auto not_string = [&](const Json& o, const char* key, const std::string& owner, const std::string& path) {
    if (o.contains(key) && !o[key].is_null() && !o[key].is_string()) return mismatch(o[key], owner, path, "string");
    return std::string();
  };
  for (const char* k : {"schema", "package"})
    if (auto e = not_string(d, k, "Deprecation", k); !e.empty()) return e;
  if (!d.contains("entries") || d["entries"].is_null()) return "";
  const Json& entries = d["entries"];
  if (!entries.is_array()) return mismatch(entries, "Deprecation", "entries", "[]declcfg.DeprecationEntry");
  for (const Json& e : entries) {
    if (e.is_null()) continue;
    if (!e.is_object()) return mismatch(e, "Deprecation", "entries", "declcfg.DeprecationEntry");
    if (e.contains("reference") && !e["reference"].is_null()) {
      const Json& ref = e["reference"];
      if (!ref.is_object())
        return mismatch(ref, "DeprecationEntry", "entries.reference", "declcfg.PackageScopedReference");
      for (const char* k : {"schema", "name"})
        if (auto m = not_string(ref, k, "PackageScopedReference", std::string("entries.reference.") + k); !m.empty())
          return m;
    }
    if (auto m = not_string(e, "message", "DeprecationEntry", "entries.message"); !m.empty()) return m;
  }
  return "";
}

Result<void> add_blob(Json blob, const std::string& source, DeclarativeConfig& cfg) {
  if (!blob.is_object() || !blob.contains("schema") || !blob["schema"].is_string() ||
      blob["schema"].get<std::string>().empty())
    return bad(source + ": object '" + to_json_string(blob) + "' is missing root schema field");
  std::string schema = blob["schema"].get<std::string>();
  if (schema == "olm.package") {
    cfg.packages.push_back({str(blob, "name"), str(blob, "defaultChannel"), str(blob, "description"), blob});
  } else if (schema == "olm.channel") {
    CatalogChannel c{str(blob, "package"), str(blob, "name"), {}, blob};
    if (const Json* es = arr(blob, "entries"))
      for (const Json& e : *es)
        if (e.is_object()) c.entries.push_back({str(e, "name"), str(e, "replaces"), strings_of(arr(e, "skips")), str(e, "skipRange")});
    cfg.channels.push_back(std::move(c));
  } else if (schema == "olm.bundle") {
    CatalogBundle b{str(blob, "package"), str(blob, "name"), str(blob, "image"), {}, blob};
    if (const Json* ps = arr(blob, "properties")) b.properties = ps->get<std::vector<Json>>();
    cfg.bundles.push_back(std::move(b));
  } else if (schema == "olm.deprecations") {
    // opm reports this without the file name (declcfg fbcBuilder.addMeta).
    if (auto e = deprecation_shape_error(blob); !e.empty()) return bad("parse deprecation: " + e);
    cfg.deprecations.push_back(std::move(blob));
  } else {
    cfg.others.push_back(std::move(blob));
  }
  return ok();
}

// .indexignore patterns of a directory (gitignore-ish: globs matched against the relative path
// and the file name).
std::vector<std::string> ignore_patterns(const fs::path& dir) {
  std::vector<std::string> out;
  std::ifstream in(dir / ".indexignore");
  std::string line;
  while (std::getline(in, line)) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    if (line[0] == '/') line = line.substr(1);
    out.push_back(line);
  }
  return out;
}

Result<void> load_dir(const fs::path& dir, std::vector<std::pair<fs::path, std::vector<std::string>>>& ignores,
                      DeclarativeConfig& cfg) {
  std::error_code ec;
  std::vector<fs::directory_entry> entries;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) entries.push_back(*it);
  if (ec) return bad("read " + dir.string() + ": " + ec.message());
  std::sort(entries.begin(), entries.end());
  ignores.push_back({dir, ignore_patterns(dir)});
  for (const auto& e : entries) {
    std::string name = e.path().filename().string();
    if (name.empty() || name[0] == '.') continue;
    bool ignored = false;
    for (const auto& [base, pats] : ignores) {
      std::string rel = fs::relative(e.path(), base, ec).string();
      for (const auto& p : pats)
        if (fnmatch(p.c_str(), rel.c_str(), 0) == 0 || fnmatch(p.c_str(), name.c_str(), 0) == 0 ||
            (!p.empty() && p.back() == '/' && fnmatch(p.substr(0, p.size() - 1).c_str(), name.c_str(), 0) == 0))
          ignored = true;
    }
    if (ignored) continue;
    std::error_code ec2;
    if (e.is_symlink(ec2) && e.is_directory(ec2)) continue;
    if (e.is_directory(ec2)) {
      auto r = load_dir(e.path(), ignores, cfg);
      if (!r) return r;
      continue;
    }
    std::ifstream in(e.path(), std::ios::binary);
    if (!in) return bad("read " + e.path().string() + ": cannot open file");
    if (std::error_code sec; fs::file_size(e.path(), sec) > (64u << 20))
      return bad("read " + e.path().string() + ": file larger than 64 MiB");
    std::stringstream ss;
    ss << in.rdbuf();
    auto r = add_blobs(ss.str(), e.path().string(), cfg);
    if (!r) return r;
  }
  ignores.pop_back();
  return ok();
}

// opm model.NewRelease: at most 20 characters, dot-separated semver prerelease identifiers.
// Returns opm's error text, empty when `rel` is a valid release.
std::string release_error(const std::string& rel) {
  constexpr std::size_t kMaxReleaseLength = 20;  // the CSV CRD's limit on spec.release
  if (rel.size() > kMaxReleaseLength)
    return "invalid release " + go_quote(rel) + ": exceeds maximum length of " + std::to_string(kMaxReleaseLength) +
           " characters";
  std::vector<std::string> errs;
  std::size_t start = 0, index = 0;
  while (true) {
    std::size_t dot = rel.find('.', start);
    std::string seg = rel.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
    std::string msg;
    if (seg.empty()) {
      msg = "Prerelease is empty";
    } else if (seg.find('+') != std::string::npos) {
      msg = "Invalid character(s) found in prerelease " + go_quote(seg);
    } else if (auto v = Version::parse("0.0.0-" + seg); !v) {
      msg = v.error().message();  // blang's NewPRVersion text for this identifier
    }
    if (!msg.empty()) errs.push_back("segment " + std::to_string(index) + ": " + msg);
    if (dot == std::string::npos) break;
    start = dot + 1;
    ++index;
  }
  if (errs.empty()) return "";
  std::string joined;  // errors.Join: one per line
  for (const auto& e : errs) joined += (joined.empty() ? "" : "\n") + e;
  return "invalid release " + go_quote(rel) + ": " + joined;
}

// opm's model validation error tree.
struct VError {
  std::string message;
  std::vector<VError> subs;  // a leaf when subs is empty and is_leaf
  bool leaf = false;
  static VError text(std::string m) { return VError{std::move(m), {}, true}; }
};

void print_tree(const VError& v, std::u32string prefix, bool last, std::string& out);

std::string to_utf8(const std::u32string& s) {
  std::string out;
  for (char32_t c : s) {
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (c < 0x800) {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      out += static_cast<char>(0xE0 | (c >> 12));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return out;
}

void print_tree(const VError& v, std::u32string prefix, bool last, std::string& out) {
  out += to_utf8(prefix) + v.message + (v.subs.empty() ? "\n" : ":\n");
  for (std::size_t i = 0; i < v.subs.size(); ++i) {
    std::u32string sub = prefix;
    if (sub.size() >= 4) sub = sub.substr(0, sub.size() - 4) + (last ? U"    " : U"\u2502   ");
    bool sub_last = i + 1 == v.subs.size();
    sub += sub_last ? U"\u2514\u2500\u2500 " : U"\u251c\u2500\u2500 ";
    if (v.subs[i].leaf) {
      out += to_utf8(sub) + v.subs[i].message + "\n";
    } else {
      print_tree(v.subs[i], sub, sub_last, out);
    }
  }
}

std::string replaces_chain_error(const CatalogChannel& c) {
  auto head = channel_head(c);
  if (!head) return head.error().message();
  std::map<std::string, const ChannelEntry*> by_name;
  std::set<std::string> skipped;
  for (const auto& e : c.entries) {
    by_name[e.name] = &e;
    skipped.insert(e.skips.begin(), e.skips.end());
  }
  std::map<std::string, std::vector<std::string>> chain_from;
  std::set<std::string> chain{*head};
  const ChannelEntry* cur = by_name[*head];
  while (cur) {
    if (!chain_from.count(cur->name)) chain_from[cur->name] = {cur->name};
    if (skipped.count(cur->replaces)) break;
    for (auto& [k, v] : chain_from) v.push_back(cur->replaces);
    if (chain.count(cur->replaces)) {
      std::string s;
      for (const auto& n : chain_from[cur->replaces]) s += (s.empty() ? "" : " -> ") + n;
      return "detected cycle in replaces chain of upgrade graph: " + s;
    }
    chain.insert(cur->replaces);
    auto it = by_name.find(cur->replaces);
    cur = it == by_name.end() ? nullptr : it->second;
  }
  std::vector<std::string> stranded;
  for (const auto& [n, e] : by_name)
    if (!chain.count(n) && !skipped.count(n)) stranded.push_back(n);
  if (stranded.empty()) return "";
  std::string s;
  for (const auto& n : stranded) s += (s.empty() ? "" : ", ") + n;
  return "channel contains one or more stranded bundles: " + s;
}

}  // namespace

Result<void> add_blobs(std::string_view text, const std::string& source, DeclarativeConfig& cfg) {
  std::size_t i = 0;
  while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
  if (i < text.size() && (text[i] == '{' || text[i] == '[')) {
    // A stream of concatenated JSON values.
    while (i < text.size()) {
      int depth = 0;
      bool in_str = false;
      std::size_t start = i, end = std::string_view::npos;
      for (; i < text.size(); ++i) {
        char c = text[i];
        if (in_str) {
          if (c == '\\') ++i;
          else if (c == '"') in_str = false;
          continue;
        }
        if (c == '"') in_str = true;
        else if (c == '{' || c == '[') ++depth;
        else if ((c == '}' || c == ']') && --depth == 0) {
          end = ++i;
          break;
        }
      }
      if (end == std::string_view::npos) return bad(source + ": unexpected EOF");
      auto j = parse_json(text.substr(start, end - start));
      if (!j) return bad(source + ": " + j.error().message());
      auto r = add_blob(std::move(*j), source, cfg);
      if (!r) return r;
      while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    }
    return ok();
  }
  auto docs = yaml_to_json_documents(text);
  if (!docs) return bad(source + ": " + docs.error().message());
  for (auto& d : *docs) {
    auto r = add_blob(std::move(d), source, cfg);
    if (!r) return r;
  }
  return ok();
}

Result<DeclarativeConfig> load_catalog(const fs::path& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Error(ErrorCode::kNotFound, dir.string() + " is not a directory");
  DeclarativeConfig cfg;
  std::vector<std::pair<fs::path, std::vector<std::string>>> ignores;
  auto r = load_dir(dir, ignores, cfg);
  if (!r) return r.error();
  return cfg;
}

std::string validation_result_json(const std::string& error) {
  std::string out = "{\n  \"passed\": " + std::string(error.empty() ? "true" : "false");
  if (!error.empty())
    out += ",\n  \"error\": {\n    \"message\": " + Json(error).dump(-1, ' ', false, Json::error_handler_t::replace) +
           "\n  }";
  return internal::go_html_escape(out + "\n}") + "\n";
}

std::string validation_result_yaml(const std::string& error) {
  Json j = {{"passed", error.empty()}};
  if (!error.empty()) j["error"] = {{"message", error}};
  return to_yaml(j);
}

Result<std::string> channel_head(const CatalogChannel& c) {
  std::map<std::string, int> incoming;
  for (const auto& e : c.entries) {
    if (!e.replaces.empty()) incoming[e.replaces]++;
    for (const auto& s : e.skips) incoming[s]++;
  }
  std::set<std::string> heads;
  for (const auto& e : c.entries)
    if (!incoming.count(e.name)) heads.insert(e.name);
  if (heads.empty()) return bad("no channel head found in graph");
  if (heads.size() > 1) {
    std::string s;
    for (const auto& h : heads) s += (s.empty() ? "" : ", ") + h;
    return bad("multiple channel heads found in graph: " + s);
  }
  return *heads.begin();
}

std::vector<std::string> channel_order(const CatalogChannel& c) {
  std::vector<std::string> out;
  auto head = channel_head(c);
  if (!head) return out;
  std::map<std::string, const ChannelEntry*> by_name;
  std::set<std::string> skipped;
  for (const auto& e : c.entries) {
    by_name[e.name] = &e;
    skipped.insert(e.skips.begin(), e.skips.end());
  }
  std::set<std::string> seen;
  for (std::string n = *head; by_name.count(n) && seen.insert(n).second; n = by_name[n]->replaces)
    if (!skipped.count(n) || n == *head) out.push_back(n);
  return out;
}

std::vector<std::string> successors(const CatalogChannel& c, const std::string& from, const std::string& version) {
  std::optional<Version> v;
  if (!version.empty())
    if (auto p = Version::parse_tolerant(version)) v = *p;
  std::set<std::string> candidates;
  for (const auto& e : c.entries) {
    if (e.name == from) continue;
    // An empty `from` (only a version known) matches no replaces/skips edge.
    bool edge = !from.empty() &&
                (e.replaces == from || std::find(e.skips.begin(), e.skips.end(), from) != e.skips.end());
    if (!edge && v && !e.skip_range.empty())
      if (auto r = Range::parse(e.skip_range); r && r->contains(*v)) edge = true;
    if (edge) candidates.insert(e.name);
  }
  std::vector<std::string> out;
  std::set<std::string> placed;
  // Head-first over the whole replaces walk (skipped entries included), then anything else by name.
  auto head = channel_head(c);
  std::map<std::string, const ChannelEntry*> by_name;
  for (const auto& e : c.entries) by_name[e.name] = &e;
  if (head)
    for (std::string n = *head; by_name.count(n) && !placed.count(n); n = by_name[n]->replaces) {
      placed.insert(n);
      if (candidates.count(n)) out.push_back(n);
    }
  for (const auto& n : candidates)
    if (std::find(out.begin(), out.end(), n) == out.end()) out.push_back(n);
  return out;
}

std::string graph_text(const CatalogChannel& c) {
  std::string out;
  auto head = channel_head(c);
  out += "package " + c.package + ", channel " + c.name + "\n";
  out += "head: " + (head ? *head : "(" + head.error().message() + ")") + "\n";
  std::vector<const ChannelEntry*> order;
  for (const auto& n : channel_order(c))
    for (const auto& e : c.entries)
      if (e.name == n) order.push_back(&e);
  for (const auto& e : c.entries)
    if (std::find(order.begin(), order.end(), &e) == order.end()) order.push_back(&e);
  for (const ChannelEntry* e : order) {
    out += e->name + "\n";
    if (!e->replaces.empty()) out += "  <- " + e->replaces + " (replaces)\n";
    for (const auto& s : e->skips) out += "  <- " + s + " (skips)\n";
    if (!e->skip_range.empty()) out += "  <- any version in " + go_quote(e->skip_range) + " (skipRange)\n";
  }
  return out;
}

std::string graph_dot(const CatalogChannel& c) {
  std::string out = "digraph " + go_quote(c.package + "/" + c.name) + " {\n  rankdir=BT;\n";
  auto head = channel_head(c);
  for (const auto& e : c.entries) {
    out += "  " + go_quote(e.name);
    if (head && *head == e.name) out += " [peripheries=2]";
    out += ";\n";
  }
  for (const auto& e : c.entries) {
    if (!e.replaces.empty()) out += "  " + go_quote(e.replaces) + " -> " + go_quote(e.name) + " [label=\"replaces\"];\n";
    for (const auto& s : e.skips) out += "  " + go_quote(s) + " -> " + go_quote(e.name) + " [label=\"skips\", style=dashed];\n";
    if (!e.skip_range.empty()) {
      out += "  " + go_quote("range:" + e.skip_range) + " [shape=box, label=" + go_quote(e.skip_range) + "];\n";
      out += "  " + go_quote("range:" + e.skip_range) + " -> " + go_quote(e.name) + " [label=\"skipRange\", style=dotted];\n";
    }
  }
  return out + "}\n";
}

std::string validate_catalog(const DeclarativeConfig& cfg) {
  // Conversion (declcfg ConvertToModel): the first error aborts.
  std::map<std::string, const CatalogPackage*> pkgs;
  for (const auto& p : cfg.packages) {
    if (p.name.empty()) return "config contains package with no name";
    if (pkgs.count(p.name)) return "duplicate package " + go_quote(p.name);
    if (auto errs = is_dns1123_label(p.name); !errs.empty()) {
      std::string s;
      for (const auto& e : errs) s += (s.empty() ? "" : " ") + e;
      return "invalid package name " + go_quote(p.name) + ": [" + s + "]";
    }
    pkgs[p.name] = &p;
  }
  std::map<std::string, std::map<std::string, const CatalogChannel*>> channels;
  std::map<std::string, std::set<std::string>> entries_of_pkg;
  for (const auto& c : cfg.channels) {
    if (!pkgs.count(c.package)) return "unknown package " + go_quote(c.package) + " for channel " + go_quote(c.name);
    if (c.name.empty()) return "package " + go_quote(c.package) + " contains channel with no name";
    if (channels[c.package].count(c.name))
      return "package " + go_quote(c.package) + " has duplicate channel " + go_quote(c.name);
    std::set<std::string> seen;
    for (const auto& e : c.entries) {
      if (!seen.insert(e.name).second)
        return "invalid package " + go_quote(c.package) + ", channel " + go_quote(c.name) + ": duplicate entry " +
               go_quote(e.name);
      entries_of_pkg[c.package].insert(e.name);
    }
    channels[c.package][c.name] = &c;
  }
  std::map<std::string, std::map<std::string, const CatalogBundle*>> bundles;
  for (const auto& b : cfg.bundles) {
    if (b.package.empty()) return "package name must be set for bundle " + go_quote(b.name);
    if (!pkgs.count(b.package)) return "unknown package " + go_quote(b.package) + " for bundle " + go_quote(b.name);
    if (bundles[b.package].count(b.name))
      return "package " + go_quote(b.package) + " has duplicate bundle " + go_quote(b.name);
    bundles[b.package][b.name] = &b;
    std::vector<const Json*> pkg_props;
    for (std::size_t i = 0; i < b.properties.size(); ++i) {
      const Json& p = b.properties[i];
      std::string type = str(p, "type");
      // The property types opm decodes into Go structs (property.Parse), with their string fields.
      static const std::map<std::string, std::pair<std::string, std::vector<std::string>>> kTyped = {
          {"olm.package", {"Package", {"packageName", "version", "release"}}},
          {"olm.gvk", {"GVK", {"group", "kind", "version"}}},
          {"olm.package.required", {"PackageRequired", {"packageName", "versionRange"}}},
          {"olm.gvk.required", {"GVKRequired", {"group", "kind", "version"}}}};
      auto typed = kTyped.find(type);
      if (typed == kTyped.end()) continue;
      const auto& [go_type, fields] = typed->second;
      std::string prefix = "parse properties for bundle " + go_quote(b.name) + ": parse property[" + std::to_string(i) +
                           "] of type " + go_quote(type) + ": ";
      // A missing value is an empty json.RawMessage; null decodes to the zero struct.
      if (!p.contains("value")) return prefix + "unexpected end of JSON input";
      static const Json kZero = Json::object();
      const Json& v = p["value"].is_null() ? kZero : p["value"];
      if (!v.is_object())
        return prefix + "json: cannot unmarshal " + go_json_kind(v) + " into Go value of type property." + go_type;
      for (const auto& f : fields)
        if (v.contains(f) && !v[f].is_null() && !v[f].is_string())
          return prefix + "json: cannot unmarshal " + go_json_kind(v[f]) + " into Go struct field " + go_type + "." + f +
                 " of type string";
      if (type == "olm.package") pkg_props.push_back(&v);
    }
    if (pkg_props.size() != 1)
      return "package " + go_quote(b.package) + " bundle " + go_quote(b.name) + " must have exactly 1 \"olm.package\" property, found " +
             std::to_string(pkg_props.size());
    if (str(*pkg_props[0], "packageName") != b.package)
      return "package " + go_quote(b.package) + " does not match \"olm.package\" property " +
             go_quote(str(*pkg_props[0], "packageName"));
    if (!b.image.empty())
      if (auto r = parse_normalized_image(b.image); !r)
        return "package " + go_quote(b.package) + " bundle " + go_quote(b.name) + " image: invalid image pull spec " +
               go_quote(b.image) + ": " + r.error().message();
    if (const Json* ri = arr(b.blob, "relatedImages"))
      for (std::size_t i = 0; i < ri->size(); ++i) {
        std::string img = str((*ri)[i], "image");
        if (img.empty()) continue;
        if (auto r = parse_normalized_image(img); !r)
          return "package " + go_quote(b.package) + " bundle " + go_quote(b.name) + " relatedImages[" +
                 std::to_string(i) + "].image: invalid image pull spec " + go_quote(img) + ": " + r.error().message();
      }
    std::string ver = str(*pkg_props[0], "version");
    if (auto v = Version::parse(ver); !v)
      return "error parsing bundle " + go_quote(b.name) + " version " + go_quote(ver) + ": " + v.error().message();
    if (std::string rel = str(*pkg_props[0], "release"); !rel.empty())
      if (auto e = release_error(rel); !e.empty())
        return "error parsing bundle " + go_quote(b.name) + " release version " + go_quote(rel) + ": " + e;
    bool found = false;
    for (const auto& [n, c] : channels[b.package])
      for (const auto& e : c->entries) found = found || e.name == b.name;
    if (!found) return "package " + go_quote(b.package) + ", bundle " + go_quote(b.name) + " not found in any channel entries";
    entries_of_pkg[b.package].erase(b.name);
  }
  for (const auto& [pkg, left] : entries_of_pkg) {
    if (left.empty()) continue;
    std::string s;
    for (const auto& n : left) s += (s.empty() ? "" : " ") + n;
    return "no olm.bundle blobs found in package " + go_quote(pkg) + " for olm.channel entries [" + s + "]";
  }
  // Deprecations (FBC-V4). opm checks them after the default channel has been added to the
  // model, so a deprecation may name a default channel that has no olm.channel blob.
  std::map<std::string, std::string> pkg_deprecation;
  std::map<std::string, std::map<std::string, std::string>> channel_deprecation, bundle_deprecation;
  std::set<std::string> deprecated_pkgs;
  for (std::size_t i = 0; i < cfg.deprecations.size(); ++i) {
    const Json& d = cfg.deprecations[i];
    std::string pkg = str(d, "package");
    if (pkg.empty()) return "package name must be set for deprecation item " + std::to_string(i);
    if (!pkgs.count(pkg)) return "cannot apply deprecations to an unknown package " + go_quote(pkg);
    if (!deprecated_pkgs.insert(pkg).second) return "expected a maximum of one deprecation per package: " + go_quote(pkg);
    const Json* entries = arr(d, "entries");
    if (!entries) continue;
    std::set<std::pair<std::string, std::string>> refs;
    for (std::size_t j = 0; j < entries->size(); ++j) {
      const Json& e = (*entries)[j];
      const Json* ref = obj(e, "reference");
      std::string schema = ref ? str(*ref, "schema") : "", name = ref ? str(*ref, "name") : "";
      // Go's %#v of declcfg.PackageScopedReference.
      std::string ref_text = "declcfg.PackageScopedReference{Schema:" + go_quote(schema) + ", Name:" + go_quote(name) + "}";
      if (schema.empty())
        return "schema must be set for deprecation entry [" + std::to_string(j) + "] for package " + go_quote(pkg);
      if (!refs.insert({schema, name}).second)
        return "duplicate deprecation entry " + ref_text + " for package " + go_quote(pkg);
      std::string message = str(e, "message");
      if (schema == "olm.bundle") {
        if (!bundles[pkg].count(name))
          return "cannot deprecate bundle " + go_quote(name) + " for package " + go_quote(pkg) + ": bundle not found";
        bundle_deprecation[pkg][name] = message;
      } else if (schema == "olm.channel") {
        const std::string& dc = pkgs[pkg]->default_channel;
        if (!channels[pkg].count(name) && !(name == dc && !dc.empty()))
          return "cannot deprecate channel " + go_quote(name) + " for package " + go_quote(pkg) + ": channel not found";
        channel_deprecation[pkg][name] = message;
      } else if (schema == "olm.package") {
        if (!name.empty())
          return "package name must be empty for deprecated package " + go_quote(pkg) + " (specified " + go_quote(name) + ")";
        pkg_deprecation[pkg] = message;
      } else {
        return "cannot deprecate object " + ref_text + " referenced by entry " + std::to_string(j) + " for package " +
               go_quote(pkg) + ": object schema unknown";
      }
    }
  }
  // model.Deprecation.Validate, wrapped by the owning package, channel or bundle.
  auto deprecation_error = [](const auto& messages, const std::string& key, std::vector<VError>& into) {
    if (auto it = messages.find(key); it != messages.end() && it->second.empty())
      into.push_back(VError::text("invalid deprecation: message must be set"));
  };

  // Model validation.
  VError index{"invalid index"};
  for (const auto& [pname, p] : pkgs) {
    VError pe{"invalid package " + go_quote(pname)};
    auto& chs = channels[pname];
    bool default_exists = !p->default_channel.empty();
    if (p->default_channel.empty()) pe.subs.push_back(VError::text("default channel must be set"));
    std::map<std::string, CatalogChannel> model_channels;
    for (const auto& [cn, c] : chs) model_channels[cn] = *c;
    if (default_exists && !model_channels.count(p->default_channel))
      model_channels[p->default_channel] = CatalogChannel{pname, p->default_channel, {}, {}};
    if (model_channels.empty()) pe.subs.push_back(VError::text("package must contain at least one channel"));
    std::map<std::string, std::set<std::string>> by_version;
    for (const auto& [cn, c] : model_channels) {
      VError ce{"invalid channel " + go_quote(cn)};
      if (c.entries.empty()) {
        ce.subs.push_back(VError::text("channel must contain at least one bundle"));
      } else if (auto e = replaces_chain_error(c); !e.empty()) {
        ce.subs.push_back(VError::text(e));
      }
      std::vector<ChannelEntry> sorted = c.entries;
      std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
      for (const auto& e : sorted) {
        VError be{"invalid bundle " + go_quote(e.name)};
        if (e.name.empty()) be.subs.push_back(VError::text("name must be set"));
        auto bit = bundles[pname].find(e.name);
        const CatalogBundle* mb = bit == bundles[pname].end() ? nullptr : bit->second;
        // Version and release were checked during conversion.
        std::optional<Version> version;
        std::string release;
        if (mb) {
          if (auto v = Version::parse(mb->version())) version = *v;
          release = mb->release();
        }
        // model.Bundle.VersionString: the version, then "-<release>" when there is one.
        std::string version_string = version ? version->to_string() + (release.empty() ? "" : "-" + release) : "";
        if (!release.empty()) {
          std::string normalized = pname + "-v" + version_string;
          if (e.name != normalized)
            be.subs.push_back(VError::text("name " + go_quote(e.name) + " does not match normalized name " + go_quote(normalized)));
        }
        for (std::size_t i = 0; i < e.skips.size(); ++i)
          if (e.skips[i].empty()) be.subs.push_back(VError::text("skip[" + std::to_string(i) + "] is empty"));
        if (!e.skip_range.empty())
          if (auto r = Range::parse(e.skip_range); !r)
            be.subs.push_back(VError::text("invalid skipRange " + go_quote(e.skip_range) + ": " + r.error().message()));
        if (mb) {
          if (mb->image.empty() && !std::any_of(mb->properties.begin(), mb->properties.end(), [](const Json& prop) {
                return str(prop, "type") == "olm.bundle.object";
              }))
            be.subs.push_back(VError::text("bundle image must be set"));
          deprecation_error(bundle_deprecation[pname], e.name, be.subs);
          if (version && !version->build().empty() && !release.empty())
            be.subs.push_back(VError::text("cannot use build metadata in version with a release version"));
          if (version) by_version[version_string].insert(mb->name);
        }
        if (!be.subs.empty()) ce.subs.push_back(std::move(be));
      }
      deprecation_error(channel_deprecation[pname], cn, ce.subs);
      if (!ce.subs.empty()) pe.subs.push_back(std::move(ce));
    }
    std::string dups;
    for (const auto& [v, names] : by_version) {
      if (names.size() < 2) continue;
      std::string ns;
      for (const auto& n : names) ns += (ns.empty() ? "" : ", ") + n;
      dups += (dups.empty() ? "" : " ") + ("{" + v + ": [" + ns + "]}");
    }
    if (!dups.empty()) pe.subs.push_back(VError::text("duplicate versions found in bundles: [" + dups + "]"));
    deprecation_error(pkg_deprecation, pname, pe.subs);
    if (!pe.subs.empty()) index.subs.push_back(std::move(pe));
  }
  if (index.subs.empty()) return "";
  std::string out;
  print_tree(index, U"", true, out);
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
  return out;
}

Json render_bundle(const Bundle& b, const std::string& image) {
  const Json* csvp = b.csv();
  Json csv = csvp ? *csvp : Json::object();
  std::vector<Json> props;
  Json pkg = {{"packageName", b.package()}, {"version", internal::csv_version_string(csv)}};
  if (const Json* spec = obj(csv, "spec")) {
    if (auto v = str(*spec, "version"); !v.empty()) pkg["version"] = v;
    if (auto rel = str(*spec, "release"); !rel.empty()) pkg["release"] = rel;
  }
  props.push_back({{"type", "olm.package"}, {"value", pkg}});
  for (const Json& o : internal::owned_crds(csv)) {
    std::string n = str(o, "name");
    auto dot = n.find('.');
    props.push_back({{"type", "olm.gvk"},
                     {"value", {{"group", dot == std::string::npos ? n : n.substr(dot + 1)}, {"version", str(o, "version")}, {"kind", str(o, "kind")}}}});
  }
  for (const Json& o : internal::owned_apiservices(csv))
    props.push_back({{"type", "olm.gvk"}, {"value", {{"group", str(o, "group")}, {"version", str(o, "version")}, {"kind", str(o, "kind")}}}});
  for (const Json& o : internal::required_crds(csv)) {
    std::string n = str(o, "name");
    auto dot = n.find('.');
    props.push_back({{"type", "olm.gvk.required"},
                     {"value", {{"group", dot == std::string::npos ? n : n.substr(dot + 1)}, {"version", str(o, "version")}, {"kind", str(o, "kind")}}}});
  }
  for (const Json& o : internal::required_apiservices(csv))
    props.push_back({{"type", "olm.gvk.required"}, {"value", {{"group", str(o, "group")}, {"version", str(o, "version")}, {"kind", str(o, "kind")}}}});
  for (const Json& d : b.dependencies) {
    std::string type = str(d, "type");
    Json value = d.contains("value") ? d["value"] : Json();
    if (type == "olm.gvk") {
      props.push_back({{"type", "olm.gvk.required"}, {"value", value}});
    } else if (type == "olm.package") {
      props.push_back({{"type", "olm.package.required"},
                       {"value", {{"packageName", str(value, "packageName")}, {"versionRange", str(value, "version")}}}});
    } else {
      props.push_back({{"type", type}, {"value", value}});
    }
  }
  for (const Json& p : b.properties) props.push_back(p);
  // The olm.csv.metadata subset.
  Json meta = Json::object();
  if (const Json* m = obj(csv, "metadata")) {
    if (const Json* a = obj(*m, "annotations")) meta["annotations"] = *a;
    if (const Json* l = obj(*m, "labels")) meta["labels"] = *l;
  }
  if (const Json* spec = obj(csv, "spec")) {
    static const std::vector<std::pair<const char*, const char*>> fields = {
        {"apiservicedefinitions", "apiServiceDefinitions"}, {"customresourcedefinitions", "crdDescriptions"},
        {"description", "description"}, {"displayName", "displayName"}, {"installModes", "installModes"},
        {"keywords", "keywords"}, {"links", "links"}, {"maintainers", "maintainers"}, {"maturity", "maturity"},
        {"minKubeVersion", "minKubeVersion"}, {"nativeAPIs", "nativeAPIs"}, {"provider", "provider"}};
    for (const auto& [from, to] : fields)
      if (spec->contains(from) && !(*spec)[from].is_null()) meta[to] = (*spec)[from];
  }
  props.push_back({{"type", "olm.csv.metadata"}, {"value", meta}});
  std::sort(props.begin(), props.end(), [](const Json& x, const Json& y) {
    auto ta = str(x, "type"), tb = str(y, "type");
    if (ta != tb) return ta < tb;
    return to_json_string(x.value("value", Json())) < to_json_string(y.value("value", Json()));
  });
  props.erase(std::unique(props.begin(), props.end()), props.end());
  // relatedImages: the CSV's, the bundle image, and every deployment container image.
  Json related = Json::array();
  std::set<std::string> seen;
  if (const Json* spec = obj(csv, "spec"))
    if (const Json* ri = arr(*spec, "relatedImages"))
      for (const Json& r : *ri)
        if (r.is_object() && seen.insert(str(r, "image")).second)
          related.push_back(str(r, "name").empty() ? Json{{"image", str(r, "image")}} : Json{{"name", str(r, "name")}, {"image", str(r, "image")}});
  if (!image.empty() && seen.insert(image).second) related.push_back({{"image", image}});
  for (const Json& d : internal::deployments(csv)) {
    const Json* s = obj(d, "spec");
    const Json* t = s ? obj(*s, "template") : nullptr;
    const Json* ps = t ? obj(*t, "spec") : nullptr;
    for (const char* k : {"initContainers", "containers"})
      if (const Json* cs = ps ? arr(*ps, k) : nullptr)
        for (const Json& c : *cs)
          if (auto img = str(c, "image"); !img.empty() && seen.insert(img).second) related.push_back({{"image", img}});
  }
  Json out = {{"schema", "olm.bundle"}, {"name", b.name()}, {"package", b.package()}, {"properties", props}};
  if (!image.empty()) out["image"] = image;
  if (!related.empty()) out["relatedImages"] = related;
  return out;
}

std::string to_fbc_json(const Json& blob) { return to_json_string(blob); }

}  // namespace windlass::olm
