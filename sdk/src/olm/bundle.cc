#include <windlass/olm/bundle.h>

#include <windlass/core/base64.h>
#include <windlass/core/semver.h>
#include <windlass/core/yaml.h>

#include "csv_util.h"

#include <zlib.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <system_error>

namespace windlass::olm {

namespace fs = std::filesystem;

namespace {

std::string trim(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r' || s[b] == '\n')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r' || s[e - 1] == '\n')) --e;
  return std::string(s.substr(b, e - b));
}

// Whether a YAML chunk holds nothing but blanks, comments and directives.
bool yaml_chunk_empty(std::string_view chunk) {
  std::size_t pos = 0;
  while (pos <= chunk.size()) {
    std::size_t nl = chunk.find('\n', pos);
    std::string line = trim(chunk.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos));
    if (!line.empty() && line[0] != '#' && line[0] != '%') return false;
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  return true;
}

bool is_doc_marker(std::string_view line, std::string_view marker) {
  if (line.substr(0, 3) != marker) return false;
  if (line.size() == 3) return true;
  char c = line[3];
  return c == ' ' || c == '\t' || c == '\r';
}

// Splits a YAML stream at column-0 `---` / `...` lines. The text after `---` on the marker line
// belongs to the next document.
std::vector<std::string_view> split_yaml_documents(std::string_view text) {
  std::vector<std::string_view> docs;
  std::size_t start = 0, pos = 0;
  while (pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    std::size_t end = nl == std::string_view::npos ? text.size() : nl;
    std::string_view line = text.substr(pos, end - pos);
    if (is_doc_marker(line, "---")) {
      docs.push_back(text.substr(start, pos - start));
      start = pos + 3;
    } else if (is_doc_marker(line, "...")) {
      docs.push_back(text.substr(start, pos - start));
      start = end;
    }
    pos = end + 1;
  }
  if (start < text.size()) docs.push_back(text.substr(start));
  return docs;
}

// The end of the first JSON value starting at `begin` (an object), or npos when it never closes.
std::size_t json_value_end(std::string_view text, std::size_t begin) {
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = begin; i < text.size(); ++i) {
    char c = text[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
      continue;
    }
    if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      ++depth;
    } else if (c == '}' || c == ']') {
      if (--depth == 0) return i + 1;
    }
  }
  return std::string_view::npos;
}

}  // namespace

namespace internal {

Result<std::string> read_file_bounded(const fs::path& p, std::uintmax_t limit) {
  std::error_code ec;
  auto st = fs::status(p, ec);
  if (ec) return Error(ErrorCode::kNotFound, ec.message());
  if (!fs::is_regular_file(st)) return Error(ErrorCode::kBadRequest, "not a regular file");
  auto size = fs::file_size(p, ec);
  if (ec) return Error(ErrorCode::kNotFound, ec.message());
  if (size > limit) {
    return Error(ErrorCode::kRequestEntityTooLarge,
                 "file is " + format_bytes(static_cast<std::int64_t>(size)) +
                     ", more than the " + format_bytes(static_cast<std::int64_t>(limit)) +
                     " a manifest may have");
  }
  std::ifstream in(p, std::ios::binary);
  if (!in) return Error(ErrorCode::kNotFound, "cannot open file");
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<fs::directory_entry> sorted_entries(const fs::path& dir, std::error_code& ec) {
  std::vector<fs::directory_entry> out;
  fs::directory_iterator it(dir, ec), end;
  if (ec) return out;
  for (; it != end; it.increment(ec)) {
    if (ec) break;
    out.push_back(*it);
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return a.path().filename().string() < b.path().filename().string();
  });
  return out;
}

bool is_hidden(const fs::path& p) {
  auto n = p.filename().string();
  return !n.empty() && n[0] == '.';
}

}  // namespace internal

namespace {

using internal::is_hidden;
using internal::read_file_bounded;
using internal::sorted_entries;

std::string join(const std::string& dir, const std::string& name) {
  if (dir.empty()) return name;
  if (dir.back() == '/') return dir + name;
  return dir + "/" + name;
}

std::string clean_rel(std::string v) {
  while (!v.empty() && v.back() == '/') v.pop_back();
  while (v.rfind("./", 0) == 0) v = v.substr(2);
  return v.empty() ? "." : v;
}

std::string kind_of(const Json& obj) {
  auto it = obj.find("kind");
  return it != obj.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

Result<FirstDocument> decode_first_document(std::string_view text) {
  std::size_t first = 0;
  while (first < text.size() && (text[first] == ' ' || text[first] == '\t' ||
                                 text[first] == '\r' || text[first] == '\n')) {
    ++first;
  }
  if (first < text.size() && text[first] == '{') {
    std::size_t end = json_value_end(text, first);
    if (end == std::string_view::npos) {
      auto r = parse_json(text.substr(first));
      if (!r) return std::move(r).error();
      return FirstDocument{std::move(*r), false};
    }
    auto r = parse_json(text.substr(first, end - first));
    if (!r) return std::move(r).error();
    bool more = !trim(text.substr(end)).empty();
    return FirstDocument{std::move(*r), more};
  }
  auto docs = split_yaml_documents(text);
  for (std::size_t i = 0; i < docs.size(); ++i) {
    if (yaml_chunk_empty(docs[i])) continue;
    auto r = yaml_to_json(docs[i]);
    if (!r) return std::move(r).error();
    bool more = false;
    for (std::size_t j = i + 1; j < docs.size() && !more; ++j) more = !yaml_chunk_empty(docs[j]);
    return FirstDocument{std::move(*r), more};
  }
  return Error(ErrorCode::kBadRequest, "EOF");
}

std::int64_t gzip_base64_size(std::string_view data) {
  z_stream zs{};
  // windowBits 15 + 16: a gzip wrapper, as Go's compress/gzip writes; level 6 is its default.
  if (deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) return -1;
  std::vector<unsigned char> out(deflateBound(&zs, static_cast<uLong>(data.size())) + 32);
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = out.data();
  zs.avail_out = static_cast<uInt>(out.size());
  int rc = deflate(&zs, Z_FINISH);
  std::int64_t n = static_cast<std::int64_t>(zs.total_out);
  deflateEnd(&zs);
  if (rc != Z_STREAM_END) return -1;
  return (n + 2) / 3 * 4;
}

std::string format_bytes(std::int64_t b) {
  constexpr std::int64_t unit = 1000;
  if (b < unit) return std::to_string(b) + " B";
  std::int64_t div = unit;
  int exp = 0;
  for (std::int64_t n = b / unit; n >= unit; n /= unit) {
    div *= unit;
    ++exp;
  }
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.1f %cB", static_cast<double>(b) / static_cast<double>(div),
                "kMGTPE"[exp]);
  return buf;
}

namespace {

std::string go_float(double d) {
  if (std::isnan(d)) return "NaN";
  if (std::isinf(d)) return d > 0 ? "+Inf" : "-Inf";
  // Go's %v of a float64 is strconv 'g' with the shortest precision: exponent form when the
  // exponent is < -4 or >= 21.
  char buf[64];
  for (int prec = 1; prec <= 17; ++prec) {
    std::snprintf(buf, sizeof buf, "%.*e", prec - 1, d);
    if (std::strtod(buf, nullptr) == d) break;
  }
  std::string e(buf);
  auto epos = e.find('e');
  std::string mant = e.substr(0, epos);
  int exp = std::atoi(e.c_str() + epos + 1);
  if (exp < -4 || exp >= 21) {
    std::string digits = mant;
    char sign = exp < 0 ? '-' : '+';
    int a = std::abs(exp);
    return digits + "e" + sign + (a < 10 ? "0" : "") + std::to_string(a);
  }
  std::snprintf(buf, sizeof buf, "%.17g", d);
  // Shortest round-trip decimal without exponent.
  for (int prec = 0; prec <= 20; ++prec) {
    std::snprintf(buf, sizeof buf, "%.*f", prec, d);
    if (std::strtod(buf, nullptr) == d) break;
  }
  return buf;
}

void go_format_to(const Json& v, std::string& out) {
  switch (v.type()) {
    case Json::value_t::object: {
      out += "map[";
      bool first = true;
      for (auto it = v.begin(); it != v.end(); ++it) {
        if (!first) out += ' ';
        first = false;
        out += it.key();
        out += ':';
        go_format_to(it.value(), out);
      }
      out += ']';
      break;
    }
    case Json::value_t::array: {
      out += '[';
      bool first = true;
      for (const auto& e : v) {
        if (!first) out += ' ';
        first = false;
        go_format_to(e, out);
      }
      out += ']';
      break;
    }
    case Json::value_t::string: out += v.get<std::string>(); break;
    case Json::value_t::boolean: out += v.get<bool>() ? "true" : "false"; break;
    case Json::value_t::number_integer: out += std::to_string(v.get<std::int64_t>()); break;
    case Json::value_t::number_unsigned: out += std::to_string(v.get<std::uint64_t>()); break;
    case Json::value_t::number_float: out += go_float(v.get<double>()); break;
    default: out += "<nil>"; break;
  }
}

}  // namespace

std::string go_format(const Json& value) {
  std::string out;
  go_format_to(value, out);
  return out;
}

const Json* Bundle::csv() const {
  if (!csv_index || csv_malformed) return nullptr;
  return &objects[*csv_index].object;
}

std::string Bundle::name() const {
  if (!csv_index) return "";
  const Json& o = objects[*csv_index].object;
  auto m = o.find("metadata");
  if (m == o.end() || !m->is_object()) return "";
  auto n = m->find("name");
  return n != m->end() && n->is_string() ? n->get<std::string>() : "";
}

std::string Bundle::package() const {
  if (!annotations) return "";
  auto it = annotations->find(std::string(kPackageLabel));
  return it == annotations->end() ? "" : it->second;
}

std::vector<std::string> Bundle::channels() const {
  std::vector<std::string> out;
  if (!annotations) return out;
  auto it = annotations->find(std::string(kChannelsLabel));
  if (it == annotations->end()) return out;
  std::string_view s = it->second;
  std::size_t pos = 0;
  while (pos <= s.size()) {
    auto comma = s.find(',', pos);
    auto part = trim(s.substr(pos, comma == std::string_view::npos ? std::string_view::npos : comma - pos));
    if (!part.empty()) out.push_back(part);
    if (comma == std::string_view::npos) break;
    pos = comma + 1;
  }
  return out;
}

std::string Bundle::default_channel() const {
  if (!annotations) return "";
  auto it = annotations->find(std::string(kDefaultChannelLabel));
  return it == annotations->end() ? "" : it->second;
}

std::vector<const ManifestObject*> Bundle::crds() const {
  std::vector<const ManifestObject*> out;
  for (const auto& o : objects)
    if (kind_of(o.object) == "CustomResourceDefinition") out.push_back(&o);
  return out;
}

bool is_bundle_dir(const fs::path& dir) {
  std::error_code ec;
  return fs::is_directory(dir / "manifests", ec) || fs::is_directory(dir / "metadata", ec);
}

std::vector<fs::path> find_bundle_dirs(const fs::path& dir) {
  std::vector<fs::path> out;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return out;
  if (is_bundle_dir(dir)) {
    out.push_back(dir);
    return out;
  }
  for (const auto& e : sorted_entries(dir, ec)) {
    if (is_hidden(e.path())) continue;
    std::error_code ec2;
    if (e.is_symlink(ec2) || !e.is_directory(ec2)) continue;
    auto sub = find_bundle_dirs(e.path());
    out.insert(out.end(), sub.begin(), sub.end());
  }
  return out;
}

namespace {

// Checks the shapes the CSV validator relies on; the first problem, or "" when usable.
std::string csv_shape_problem(const Json& csv) {
  auto expect = [](const Json& parent, const char* key, Json::value_t t,
                   const std::string& path) -> std::string {
    auto it = parent.find(key);
    if (it == parent.end() || it->is_null()) return "";
    bool ok = it->type() == t ||
              (t == Json::value_t::number_integer && it->is_number_integer());
    if (ok) return "";
    const char* want = t == Json::value_t::object ? "object"
                       : t == Json::value_t::array ? "array"
                       : t == Json::value_t::boolean ? "boolean"
                                                     : "string";
    return path + ": expected " + want + ", got " + std::string(json_type_name(*it));
  };
  using T = Json::value_t;
  std::string p;
  if (!(p = expect(csv, "metadata", T::object, "metadata")).empty()) return p;
  if (!(p = expect(csv, "spec", T::object, "spec")).empty()) return p;
  if (auto m = csv.find("metadata"); m != csv.end() && m->is_object()) {
    for (const char* k : {"annotations", "labels"}) {
      if (!(p = expect(*m, k, T::object, std::string("metadata.") + k)).empty()) return p;
      auto a = m->find(k);
      if (a != m->end() && a->is_object())
        for (auto it = a->begin(); it != a->end(); ++it)
          if (!it->is_string())
            return std::string("metadata.") + k + "." + it.key() + ": expected string, got " +
                   std::string(json_type_name(*it));
    }
    if (!(p = expect(*m, "name", T::string, "metadata.name")).empty()) return p;
  }
  auto s = csv.find("spec");
  if (s == csv.end() || !s->is_object()) return "";
  for (const char* k : {"displayName", "replaces", "minKubeVersion", "version", "maturity", "release"})
    if (!(p = expect(*s, k, T::string, std::string("spec.") + k)).empty()) return p;
  for (const char* k : {"installModes", "skips", "relatedImages", "webhookdefinitions", "icon",
                        "maintainers", "links", "keywords"})
    if (!(p = expect(*s, k, T::array, std::string("spec.") + k)).empty()) return p;
  for (const char* k : {"install", "customresourcedefinitions", "apiservicedefinitions", "provider"})
    if (!(p = expect(*s, k, T::object, std::string("spec.") + k)).empty()) return p;
  if (auto v = s->find("version"); v != s->end() && v->is_string()) {
    if (auto parsed = Version::parse_tolerant(v->get<std::string>()); !parsed)
      return "spec.version: " + parsed.error().message();
  }
  auto check_items = [&](const Json& arr, const std::string& path) -> std::string {
    for (std::size_t i = 0; i < arr.size(); ++i)
      if (!arr[i].is_object())
        return path + "[" + std::to_string(i) + "]: expected object, got " + std::string(json_type_name(arr[i]));
    return "";
  };
  for (const char* k : {"installModes", "relatedImages", "webhookdefinitions", "icon", "maintainers", "links"}) {
    auto a = s->find(k);
    if (a != s->end() && a->is_array())
      if (!(p = check_items(*a, std::string("spec.") + k)).empty()) return p;
  }
  if (auto a = s->find("installModes"); a != s->end() && a->is_array()) {
    for (std::size_t i = 0; i < a->size(); ++i) {
      std::string base = "spec.installModes[" + std::to_string(i) + "]";
      if (!(p = expect((*a)[i], "type", T::string, base + ".type")).empty()) return p;
      if (!(p = expect((*a)[i], "supported", T::boolean, base + ".supported")).empty()) return p;
    }
  }
  if (auto c = s->find("customresourcedefinitions"); c != s->end() && c->is_object()) {
    for (const char* k : {"owned", "required"}) {
      if (!(p = expect(*c, k, T::array, std::string("spec.customresourcedefinitions.") + k)).empty()) return p;
      auto a = c->find(k);
      if (a == c->end() || !a->is_array()) continue;
      std::string base = std::string("spec.customresourcedefinitions.") + k;
      if (!(p = check_items(*a, base)).empty()) return p;
      for (std::size_t i = 0; i < a->size(); ++i)
        for (const char* f : {"name", "version", "kind", "description", "displayName"})
          if (!(p = expect((*a)[i], f, T::string, base + "[" + std::to_string(i) + "]." + f)).empty()) return p;
    }
  }
  if (auto c = s->find("apiservicedefinitions"); c != s->end() && c->is_object()) {
    for (const char* k : {"owned", "required"}) {
      if (!(p = expect(*c, k, T::array, std::string("spec.apiservicedefinitions.") + k)).empty()) return p;
      auto a = c->find(k);
      if (a != c->end() && a->is_array())
        if (!(p = check_items(*a, std::string("spec.apiservicedefinitions.") + k)).empty()) return p;
    }
  }
  if (auto in = s->find("install"); in != s->end() && in->is_object()) {
    if (!(p = expect(*in, "strategy", T::string, "spec.install.strategy")).empty()) return p;
    if (!(p = expect(*in, "spec", T::object, "spec.install.spec")).empty()) return p;
    auto sp = in->find("spec");
    if (sp != in->end() && sp->is_object()) {
      for (const char* k : {"deployments", "permissions", "clusterPermissions"}) {
        std::string base = std::string("spec.install.spec.") + k;
        if (!(p = expect(*sp, k, T::array, base)).empty()) return p;
        auto a = sp->find(k);
        if (a != sp->end() && a->is_array())
          if (!(p = check_items(*a, base)).empty()) return p;
      }
    }
  }
  return "";
}

}  // namespace

namespace {

// Where a bundle's files come from: a directory on disk or files held in memory.
class BundleSource {
 public:
  struct Entry {
    std::string name;
    bool is_dir = false;
    std::string error;  // the entry could not be examined (e.g. a symlink loop)
  };
  virtual ~BundleSource() = default;
  virtual bool is_dir(const std::string& rel) const = 0;
  // Entries of a directory sorted by name; `error` set when it cannot be listed.
  virtual std::vector<Entry> list(const std::string& rel, std::string& error) const = 0;
  virtual Result<std::string> read(const std::string& rel) const = 0;
};

class DiskSource : public BundleSource {
 public:
  explicit DiskSource(fs::path root) : root_(std::move(root)) {}
  bool is_dir(const std::string& rel) const override {
    std::error_code ec;
    return fs::is_directory(root_ / rel, ec);
  }
  std::vector<Entry> list(const std::string& rel, std::string& error) const override {
    std::error_code ec;
    std::vector<Entry> out;
    for (const auto& e : sorted_entries(root_ / rel, ec)) {
      std::error_code ec2;
      Entry x{e.path().filename().string(), e.is_directory(ec2), ""};
      if (ec2 && ec2 != std::errc::no_such_file_or_directory) x.error = ec2.message();
      out.push_back(std::move(x));
    }
    if (ec) error = ec.message();
    return out;
  }
  Result<std::string> read(const std::string& rel) const override {
    return read_file_bounded(root_ / rel, kMaxManifestFileBytes);
  }

 private:
  fs::path root_;
};

class MemorySource : public BundleSource {
 public:
  explicit MemorySource(const std::map<std::string, std::string>& files) : files_(files) {}
  bool is_dir(const std::string& rel) const override {
    std::string prefix = rel + "/";
    auto it = files_.lower_bound(prefix);
    return it != files_.end() && it->first.compare(0, prefix.size(), prefix) == 0;
  }
  std::vector<Entry> list(const std::string& rel, std::string&) const override {
    std::string prefix = rel + "/";
    std::vector<Entry> out;
    for (auto it = files_.lower_bound(prefix); it != files_.end() && it->first.compare(0, prefix.size(), prefix) == 0;
         ++it) {
      std::string rest = it->first.substr(prefix.size());
      auto slash = rest.find('/');
      std::string name = rest.substr(0, slash);
      if (name.empty() || (!out.empty() && out.back().name == name)) continue;
      out.push_back({name, slash != std::string::npos, ""});
    }
    return out;
  }
  Result<std::string> read(const std::string& rel) const override {
    auto it = files_.find(rel);
    if (it == files_.end()) return Error(ErrorCode::kNotFound, "no such file");
    if (it->second.size() > kMaxManifestFileBytes)
      return Error(ErrorCode::kRequestEntityTooLarge, "file is " + format_bytes(static_cast<std::int64_t>(it->second.size())) +
                                                          ", more than the " +
                                                          format_bytes(static_cast<std::int64_t>(kMaxManifestFileBytes)) +
                                                          " a manifest may have");
    return it->second;
  }

 private:
  const std::map<std::string, std::string>& files_;
};

Bundle load_from(const std::string& root, const BundleSource& src, const LoadOptions& options) {
  Bundle b;
  b.root = root;
  b.metadata_dir = join(b.root, "metadata");
  b.has_metadata_dir = options.manifests_subdir.empty() && src.is_dir("metadata");

  auto add = [&](Finding f) { b.load_findings.push_back(std::move(f)); };
  auto structure = [&](Level level, std::string detail) {
    add(Finding{std::string(kInvalidManifestStructure), level, "", std::string(), std::move(detail)});
  };

  // metadata/: recognised by content.
  if (b.has_metadata_dir) {
    bool ann = false, deps = false, props = false;
    std::string list_error;
    for (const auto& e : src.list("metadata", list_error)) {
      if (e.is_dir || !e.error.empty()) continue;
      auto text = src.read("metadata/" + e.name);
      if (!text) continue;
      auto first = decode_first_document(*text);
      if (!first || !first->value.is_object()) continue;
      std::optional<Json> doc = std::move(first->value);
      std::string path = join(b.metadata_dir, e.name);
      if (!ann) {
        auto a = doc->find("annotations");
        if (a != doc->end() && a->is_object()) {
          std::map<std::string, std::string> m;
          bool strings = true;
          for (auto it = a->begin(); it != a->end(); ++it) {
            if (!it->is_string()) {
              strings = false;
              break;
            }
            m[it.key()] = it->get<std::string>();
          }
          if (strings) {
            ann = true;
            b.annotations = std::move(m);
            b.annotations_file = path;
            continue;
          }
          structure(Level::kWarning, "metadata file " + path +
                                         " has an annotations map whose values are not all strings; it is not used");
        }
      }
      if (!deps) {
        auto d = doc->find("dependencies");
        if (d != doc->end() && d->is_array() && !d->empty()) {
          deps = true;
          b.dependencies = d->get<std::vector<Json>>();
          b.dependencies_file = path;
        }
      }
      if (!props) {
        auto d = doc->find("properties");
        if (d != doc->end() && d->is_array() && !d->empty()) {
          props = true;
          b.properties = d->get<std::vector<Json>>();
          b.properties_file = path;
        }
      }
    }
  }

  std::string manifests_rel = options.manifests_subdir.empty() ? "manifests" : clean_rel(options.manifests_subdir);
  if (b.annotations) {
    auto it = b.annotations->find(std::string(kManifestsLabel));
    if (it != b.annotations->end() && !it->second.empty()) manifests_rel = clean_rel(it->second);
  }
  // A label pointing outside the bundle is not followed.
  if (manifests_rel.find("..") != std::string::npos || manifests_rel[0] == '/') manifests_rel = "manifests";
  b.manifests_dir = join(b.root, manifests_rel);
  b.has_manifests_dir = src.is_dir(manifests_rel);
  if (!b.has_manifests_dir) return b;

  // Media type (opm GetMediaType): regular files of manifests/ only.
  std::string list_error;
  auto entries = src.list(manifests_rel, list_error);
  if (!list_error.empty()) {
    add(Finding::error(kIOError, "unable to read directory " + b.manifests_dir + ": " + list_error, "", std::string()));
    return b;
  }
  bool any_file = false, any_csv_first_doc = false;
  bool chart = false;

  for (const auto& e : entries) {
    std::string fname = e.name;
    std::string path = join(b.manifests_dir, fname);
    bool is_dir = e.is_dir;
    if (!e.error.empty()) {
      // Symlink loops and unreadable entries.
      add(Finding::error(kIOError, "unable to load file " + path + ": " + e.error, "", std::string()));
      continue;
    }
    if (is_dir) {
      if (options.strict) structure(Level::kError, "bundle manifests dir contains directory: " + path);
      continue;
    }
    any_file = true;
    if (fname == "Chart.yaml") chart = true;
    if (fname[0] == '.') {
      if (options.strict) structure(Level::kError, "bundle manifests dir has hidden file: " + path);
      continue;
    }
    auto text = src.read(manifests_rel + "/" + fname);
    if (!text) {
      add(Finding{std::string(kIOError), options.strict ? Level::kError : Level::kWarning, "",
                  std::string(), "unable to load file " + path + ": " + text.error().message()});
      continue;
    }
    b.size += static_cast<std::int64_t>(text->size());
    b.compressed_size += gzip_base64_size(*text);
    if (text->size() > static_cast<std::size_t>(kMaxBundleCompressedBytes))
      b.file_sizes_over_limit.push_back(path);
    if (text->find('\0') != std::string::npos) {
      add(Finding{std::string(kInvalidParse), options.strict ? Level::kError : Level::kWarning, "",
                  std::string(), "unable to decode object: " + path + ": binary content is not YAML or JSON"});
      continue;
    }
    auto doc = decode_first_document(*text);
    if (!doc) {
      add(Finding{std::string(kInvalidParse), options.strict ? Level::kError : Level::kWarning, "",
                  std::string(), "unable to decode object: " + path + ": " + doc.error().message()});
      continue;
    }
    if (!doc->value.is_object()) {
      add(Finding{std::string(kInvalidParse), options.strict ? Level::kError : Level::kWarning, "",
                  std::string(), "unable to decode object: " + path + ": expected a Kubernetes object, got " +
                                     std::string(json_type_name(doc->value))});
      continue;
    }
    if (kind_of(doc->value).empty()) {
      add(Finding{std::string(kInvalidParse), options.strict ? Level::kError : Level::kWarning, "",
                  std::string(), "unable to decode object: " + path + ": Object 'Kind' is missing in '" +
                                     to_json_string(doc->value) + "'"});
      continue;
    }
    if (doc->more) {
      structure(Level::kWarning, "found more than one document inside " + path + ", using only the first one");
    }
    std::string kind = kind_of(doc->value);
    if (kind == "ClusterServiceVersion") {
      any_csv_first_doc = true;
      if (b.csv_index) {
        structure(Level::kWarning, "bundle contains more than one ClusterServiceVersion: " + path +
                                       " is ignored, " + b.objects[*b.csv_index].path + " is used");
        continue;
      }
      if (auto problem = csv_shape_problem(doc->value); !problem.empty()) {
        add(Finding::error(kInvalidParse, "unable to parse CSV " + fname + ": " + problem, "", std::string()));
        b.csv_malformed = true;
      }
      b.csv_index = b.objects.size();
    } else if (kind == "CustomResourceDefinition") {
      auto av = doc->value.find("apiVersion");
      std::string version = av != doc->value.end() && av->is_string() ? av->get<std::string>() : "";
      if (version != "apiextensions.k8s.io/v1" && version != "apiextensions.k8s.io/v1beta1") {
        add(Finding::error(kInvalidParse, "unsupported CRD version " + version + " for " + fname, "", std::string()));
        continue;
      }
      auto spec = doc->value.find("spec");
      if (spec == doc->value.end() || !spec->is_object()) {
        add(Finding::error(kInvalidParse, "unable to parse CRD " + fname + ": spec: expected object", "", std::string()));
        continue;
      }
    }
    b.objects.push_back(ManifestObject{path, fname, std::move(doc->value)});
  }

  if (!any_file) {
    b.media_type_error = "The directory " + b.manifests_dir + " contains no yaml files";
  } else if (chart) {
    b.media_type = std::string(kHelmType);
  } else if (any_csv_first_doc) {
    b.media_type = std::string(kRegistryV1Type);
  } else {
    b.media_type = std::string(kPlainType);
  }
  return b;
}

}  // namespace

Result<Bundle> load_bundle(const fs::path& dir, const LoadOptions& options) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    return Error(ErrorCode::kNotFound, "bundle directory " + dir.string() + " does not exist or is not a directory");
  }
  return load_from(dir.string(), DiskSource(dir), options);
}

Bundle load_bundle_from_memory(const std::map<std::string, std::string>& files, const LoadOptions& options,
                               const std::string& root) {
  return load_from(root, MemorySource(files), options);
}

}  // namespace windlass::olm
