#include <windlass/olm/package_manifest.h>

#include <windlass/core/field_error.h>
#include <windlass/olm/bundle.h>

#include "csv_util.h"

#include <algorithm>
#include <set>

namespace windlass::olm {

namespace fs = std::filesystem;

namespace {

using internal::go_json_kind;

Error type_error(const Json& v, const std::string& target) {
  return Error(ErrorCode::kBadRequest, "json: cannot unmarshal " + go_json_kind(v) + " into " + target);
}

// A string field of a Go struct: absent or null is "", a string is itself, anything else is
// Go's UnmarshalTypeError naming the struct and the path from the top.
Result<std::string> string_field(const Json& o, const char* key, const std::string& owner, const std::string& path) {
  auto it = o.find(key);
  if (it == o.end() || it->is_null()) return std::string();
  if (!it->is_string()) return type_error(*it, "Go struct field " + owner + "." + path + " of type string");
  return it->get<std::string>();
}

}  // namespace

Result<PackageManifest> decode_package_manifest(const Json& doc) {
  PackageManifest p;
  if (doc.is_null()) return p;
  if (!doc.is_object()) return type_error(doc, "Go value of type manifests.PackageManifest");
  WINDLASS_TRY(p.package_name, string_field(doc, "packageName", "PackageManifest", "packageName"));
  WINDLASS_TRY(p.default_channel, string_field(doc, "defaultChannel", "PackageManifest", "defaultChannel"));
  auto ch = doc.find("channels");
  if (ch != doc.end() && !ch->is_null()) {
    if (!ch->is_array())
      return type_error(*ch, "Go struct field PackageManifest.channels of type []manifests.PackageChannel");
    for (const Json& c : *ch) {
      PackageChannel pc;
      if (!c.is_null()) {
        if (!c.is_object())
          return type_error(c, "Go struct field PackageManifest.channels of type manifests.PackageChannel");
        WINDLASS_TRY(pc.name, string_field(c, "name", "PackageChannel", "channels.name"));
        WINDLASS_TRY(pc.current_csv, string_field(c, "currentCSV", "PackageChannel", "channels.currentCSV"));
      }
      p.channels.push_back(std::move(pc));
    }
  }
  return p;
}

ManifestResult validate_package_manifest(const PackageManifest& pkg) {
  ManifestResult r{.name = pkg.package_name};
  auto bad = [&](std::string detail) { r.add(Finding::error(kInvalidPackageManifest, std::move(detail), "", pkg.package_name)); };
  if (pkg.package_name.empty()) bad("packageName empty");
  if (pkg.channels.empty()) {
    bad("channels empty");
    return r;
  }
  if (pkg.default_channel.empty() && pkg.channels.size() > 1)
    bad("default channel is empty but more than one channel exists");
  std::set<std::string> seen;
  for (std::size_t i = 0; i < pkg.channels.size(); ++i) {
    const PackageChannel& c = pkg.channels[i];
    if (c.name.empty()) bad("channel " + std::to_string(i) + " name is empty");
    if (c.current_csv.empty()) bad("channel " + go_quote(c.name) + " currentCSV is empty");
    if (!seen.insert(c.name).second) bad("duplicate package manifest channel name " + go_quote(c.name));
  }
  if (!pkg.default_channel.empty() && !seen.count(pkg.default_channel))
    bad("default channel " + go_quote(pkg.default_channel) + " not found in the list of declared channels");
  return r;
}

namespace {

struct Walker {
  fs::path root;
  PackageManifestDir& out;
  std::set<std::string> version_dirs;

  void error(std::string_view type, std::string detail) {
    out.load_findings.push_back(Finding::error(type, std::move(detail), "", std::string()));
  }

  void file(const fs::path& path) {
    auto text = internal::read_file_bounded(path, kMaxManifestFileBytes);
    if (!text) {
      error(kIOError, "unable to load file " + path.string() + ": " + text.error().message());
      return;
    }
    auto doc = decode_first_document(*text);
    if (!doc) {
      // Empty files decode to nothing, as Go's decoder reports io.EOF for them and upstream's
      // walk only fails on real decoding problems; binary and truncated files are findings.
      if (doc.error().message() == "EOF") return;
      error(kInvalidParse, "could not decode contents of file " + path.string() + " into package: " +
                               doc.error().message());
      return;
    }
    const Json& v = doc->value;
    if (v.is_object()) {
      auto kind = v.find("kind");
      if (kind != v.end() && kind->is_string() && kind->get<std::string>() == "ClusterServiceVersion") {
        std::error_code ec;
        auto rel = fs::relative(path.parent_path(), root, ec);
        if (!ec) version_dirs.insert(rel.generic_string());
        return;
      }
    }
    auto pkg = decode_package_manifest(v);
    if (!pkg) {
      // Go decodes YAML by converting it to JSON first and wraps the error it gets back.
      std::string_view t = *text;
      auto first = t.find_first_not_of(" \t\r\n");
      bool json = first != std::string_view::npos && t[first] == '{';
      error(kInvalidParse, "could not decode contents of file " + path.string() + " into package: " +
                               (json ? "" : "error unmarshaling JSON: while decoding JSON: ") +
                               pkg.error().message());
      return;
    }
    if (pkg->empty()) return;
    if (out.package) {
      error(kInvalidPackageManifest, "multiple package manifest files found in directory");
      return;
    }
    pkg->file = path.string();
    out.package = std::move(*pkg);
  }

  void dir(const fs::path& d, int depth) {
    std::error_code ec;
    auto entries = internal::sorted_entries(d, ec);
    if (ec) {
      error(kIOError, "unable to read directory " + d.string() + ": " + ec.message());
      return;
    }
    for (const auto& e : entries) {
      if (internal::is_hidden(e.path())) continue;
      std::error_code ec2;
      bool is_dir = e.is_directory(ec2);
      if (ec2 && ec2 != std::errc::no_such_file_or_directory) {
        error(kIOError, "unable to load file " + e.path().string() + ": " + ec2.message());
        continue;
      }
      if (is_dir) {
        // Symlinked directories are not entered (no loops); the depth bound keeps a hostile
        // tree from exhausting the stack.
        if (e.is_symlink(ec2) || depth >= 16) continue;
        dir(e.path(), depth + 1);
      } else {
        file(e.path());
      }
    }
  }
};

}  // namespace

PackageManifestDir load_package_manifest_dir(const fs::path& dir) {
  PackageManifestDir out;
  out.root = dir.string();
  Walker w{dir, out, {}};
  w.dir(dir, 0);
  out.version_dirs.assign(w.version_dirs.begin(), w.version_dirs.end());
  return out;
}

Result<Report> validate_package_manifest_dir(const PackageManifestDir& d, const ValidateOptions& options) {
  if (auto s = check_selector(options.selector); !s) return s.error();
  Report report;
  ManifestResult load{.name = d.package ? d.package->package_name : std::string()};
  load.add(d.load_findings);
  add_results(report, {load});
  if (d.package) add_results(report, {validate_package_manifest(*d.package)});
  for (const std::string& v : d.version_dirs) {
    auto b = load_bundle(d.root, {.strict = true, .manifests_subdir = v});
    if (!b) return b.error();
    ManifestResult bl{.name = b->name()};
    bl.add(b->load_findings);
    add_results(report, {bl});
    add_results(report, validate_bundle_content(*b));
    add_results(report, run_optional_validators(*b, options.selector, options.optional_values));
  }
  return report;
}

}  // namespace windlass::olm
