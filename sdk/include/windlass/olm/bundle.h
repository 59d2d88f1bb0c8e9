// windlass/olm/bundle.h — a registry+v1 operator bundle read from disk, with what reading found.
//
// A bundle directory holds `manifests/` (one ClusterServiceVersion, the CRDs it owns and a few
// other supported kinds) and `metadata/` (`annotations.yaml` naming the package and channels,
// optionally dependencies and properties). `load_bundle` reads one the way OLM's tooling does,
// quirks included, and never fails on bad content: every problem becomes a `Finding` in
// `load_findings` and loading goes on where it can.
//
// - Only the FIRST document of each manifest file is read (as opm does); further documents
//   produce a warning. `.yaml`, `.yml`, `.json` and any other name are all read.
// - Metadata files are recognised by content: the first file of `metadata/` (name order) that
//   decodes to an `annotations:` map is the annotations file, the first with a non-empty
//   `dependencies:` list the dependencies file, the first with `properties:` the properties file.
// - Hidden files and sub-directories of `manifests/` are errors under the validator's
//   (`strict`) rules and silently skipped otherwise (the render path), as upstream does.
// - Undecodable files (truncated YAML, binary data, symlink loops, files over
//   `kMaxManifestFileBytes`) are findings, never crashes.
//
//   WINDLASS_TRY(Bundle b, load_bundle("bundle/memcached"));
//   for (const Finding& f : b.load_findings) std::cerr << f.to_string() << "\n";
//   if (const Json* csv = b.csv()) std::cout << b.name() << "\n";
#pragma once

#include <windlass/core/json.h>
#include <windlass/core/result.h>
#include <windlass/olm/finding.h>

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace windlass::olm {

// Annotation (and bundle image label) keys of metadata/annotations.yaml.
inline constexpr std::string_view kMediatypeLabel = "operators.operatorframework.io.bundle.mediatype.v1";
inline constexpr std::string_view kManifestsLabel = "operators.operatorframework.io.bundle.manifests.v1";
inline constexpr std::string_view kMetadataLabel = "operators.operatorframework.io.bundle.metadata.v1";
inline constexpr std::string_view kPackageLabel = "operators.operatorframework.io.bundle.package.v1";
inline constexpr std::string_view kChannelsLabel = "operators.operatorframework.io.bundle.channels.v1";
inline constexpr std::string_view kDefaultChannelLabel =
    "operators.operatorframework.io.bundle.channel.default.v1";
inline constexpr std::string_view kTestMediatypeLabel = "operators.operatorframework.io.test.mediatype.v1";
inline constexpr std::string_view kTestConfigLabel = "operators.operatorframework.io.test.config.v1";

inline constexpr std::string_view kRegistryV1Type = "registry+v1";
inline constexpr std::string_view kHelmType = "helm";
inline constexpr std::string_view kPlainType = "plain";

// Files larger than this are not parsed at all (an error finding instead).
inline constexpr std::uintmax_t kMaxManifestFileBytes = 16u << 20;
// OLM stages a bundle in one ConfigMap: the limit on sum(len(base64(gzip(file)))).
inline constexpr std::int64_t kMaxBundleCompressedBytes = 1 << 20;

// One manifest: the first document of a file in manifests/.
struct ManifestObject {
  std::string path;  // as joined from the bundle root the caller gave
  std::string file;  // the file name
  Json object;       // a JSON object with a non-empty kind
};

struct LoadOptions {
  // The validator's rules (hidden files, sub-directories, undecodable files are errors). When
  // false (render), they are skipped, undecodable files with a warning.
  bool strict = true;
  // The legacy package-manifest layout: the manifests are the files of this sub-directory of
  // the given root (a version directory such as "0.9.4"), and there is no metadata/.
  std::string manifests_subdir;
};

// A bundle as found on disk.
struct Bundle {
  std::string root;           // the bundle directory
  std::string manifests_dir;  // root + manifests label value (default "manifests")
  std::string metadata_dir;
  bool has_manifests_dir = false;
  bool has_metadata_dir = false;

  std::optional<std::map<std::string, std::string>> annotations;  // nullopt: no annotations file
  std::string annotations_file;
  std::vector<Json> dependencies;  // entries {type, value} of the dependencies file
  std::string dependencies_file;
  std::vector<Json> properties;    // entries {type, value} of the properties file
  std::string properties_file;

  std::string media_type;           // detected from manifests/: registry+v1, helm or plain
  std::string media_type_error;     // when detection failed (e.g. no files)

  std::vector<ManifestObject> objects;  // every decoded manifest, file-name order
  std::optional<std::size_t> csv_index; // the first CSV among objects
  bool csv_malformed = false;           // a CSV was found but its shape is unusable
  std::int64_t size = 0;                // sum of manifest file sizes
  std::int64_t compressed_size = 0;     // sum of len(base64(gzip(file)))
  std::vector<std::string> file_sizes_over_limit;  // manifests over 1 MiB uncompressed

  std::vector<Finding> load_findings;

  // The CSV object, or nullptr.
  const Json* csv() const;
  // The CSV's metadata.name ("" without a CSV): upstream's bundle name.
  std::string name() const;
  // Package, channels (comma-split, trimmed, empty removed) and default channel from the
  // annotations.
  std::string package() const;
  std::vector<std::string> channels() const;
  std::string default_channel() const;
  // CRD objects (kind CustomResourceDefinition), in file order.
  std::vector<const ManifestObject*> crds() const;
};

// Reads the bundle at `dir`. kNotFound only when `dir` is not a readable directory; every
// problem with the content is a finding.
Result<Bundle> load_bundle(const std::filesystem::path& dir, const LoadOptions& options = {});

// The same from files held in memory, keyed by path relative to the bundle root
// ("manifests/csv.yaml", "metadata/annotations.yaml"); a key with a further '/' below
// manifests/ is a sub-directory. `root` is only used to name files in findings. For callers
// that receive bundles as bytes (an unpacked image layer, a fuzzer).
Bundle load_bundle_from_memory(const std::map<std::string, std::string>& files, const LoadOptions& options = {},
                               const std::string& root = "bundle");

// Whether `dir` looks like a bundle root: it has a manifests/ or metadata/ directory.
bool is_bundle_dir(const std::filesystem::path& dir);

// Every bundle root at or below `dir` (a bundle's own sub-directories are not searched), in
// path order; hidden directories and symlinked directories are not entered.
std::vector<std::filesystem::path> find_bundle_dirs(const std::filesystem::path& dir);

// The first document of a YAML or JSON stream (JSON when it starts with '{'), decoded to JSON.
// `more` is set when further non-empty documents follow. An empty stream is kBadRequest "EOF".
struct FirstDocument {
  Json value;
  bool more = false;
};
Result<FirstDocument> decode_first_document(std::string_view text);

// len(base64(gzip(data))) with gzip's default compression level, as OLM measures bundles.
std::int64_t gzip_base64_size(std::string_view data);

// 1000-based size text as upstream prints it: "999 B", "1.0 kB", "2.1 MB".
std::string format_bytes(std::int64_t bytes);

// Go's %v of a decoded JSON value (map[a:1 b:[x y]]), used where upstream prints objects.
std::string go_format(const Json& value);

}  // namespace windlass::olm
