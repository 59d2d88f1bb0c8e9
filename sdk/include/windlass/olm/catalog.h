// windlass/olm/catalog.h — file-based catalogs (FBC): loading, opm's validation, the upgrade
// graph, and rendering a bundle into an `olm.bundle` blob.
//
// A catalog is a directory tree of JSON/YAML streams of blobs, each with a `schema`:
// `olm.package`, `olm.channel` (entries with `replaces`, `skips`, `skipRange`), `olm.bundle`
// and `olm.deprecations`; other schemas are kept as opaque blobs. `validate_catalog` applies
// opm's conversion rules (the first error aborts, as upstream) and then its model validation,
// whose errors come back as upstream's tree text ("invalid index:\n└── invalid package ...").
// The graph queries follow OLM: the channel head is the one entry no other entry replaces or
// skips; successors of an installed version are entries that replace it, skip it, or whose
// skipRange contains its version.
//
//   WINDLASS_TRY(DeclarativeConfig cfg, load_catalog("bundle/catalog"));
//   if (auto err = validate_catalog(cfg); !err.empty()) std::cerr << err;
//   WINDLASS_TRY(std::string head, channel_head(cfg.channels[0]));
#pragma once

#include <windlass/core/json.h>
#include <windlass/core/result.h>
#include <windlass/olm/bundle.h>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace windlass::olm {

struct ChannelEntry {
  std::string name;
  std::string replaces;
  std::vector<std::string> skips;
  std::string skip_range;
};

struct CatalogPackage {
  std::string name;
  std::string default_channel;
  std::string description;
  Json blob;  // the whole document as read
};

struct CatalogChannel {
  std::string package;
  std::string name;
  std::vector<ChannelEntry> entries;
  Json blob;
};

struct CatalogBundle {
  std::string package;
  std::string name;
  std::string image;
  std::vector<Json> properties;  // {type, value}
  Json blob;

  // The olm.package property's version ("" when absent).
  std::string version() const;
  // The olm.package property's release ("" when absent); see FBC-V8 for the naming rule it implies.
  std::string release() const;
};

// The blobs of a catalog, in file order.
struct DeclarativeConfig {
  std::vector<CatalogPackage> packages;
  std::vector<CatalogChannel> channels;
  std::vector<CatalogBundle> bundles;
  std::vector<Json> deprecations;
  std::vector<Json> others;
};

// Reads every regular file under `dir` (sorted paths; `.indexignore` patterns honoured; hidden
// files and directories skipped). Any parse error fails the load with the file's name.
Result<DeclarativeConfig> load_catalog(const std::filesystem::path& dir);
// Parses one stream of JSON or YAML blobs into `cfg`; `source` names it in errors.
Result<void> add_blobs(std::string_view text, const std::string& source, DeclarativeConfig& cfg);

// opm validate: "" when valid, else the error text upstream prints (conversion errors are one
// line; model errors are the tree).
std::string validate_catalog(const DeclarativeConfig& cfg);

// `opm validate -o json|yaml`: {"passed": bool, "error": {"message": <error>}} with "error"
// left out when `error` is empty. JSON is indented by two spaces with Go's HTML escaping;
// YAML is go-yaml's (keys sorted, a multi-line message as a literal block). Both end in one
// newline; opm prints them with Println, which adds a second one after the YAML.
std::string validation_result_json(const std::string& error);
std::string validation_result_yaml(const std::string& error);

// The channel head (FBC-G1): kInvalid "no channel head found in graph" or
// "multiple channel heads found in graph: a, b".
Result<std::string> channel_head(const CatalogChannel& channel);
// Head-first preference order (FBC-G3): follow replaces from the head, omitting skipped entries.
std::vector<std::string> channel_order(const CatalogChannel& channel);
// Entries that upgrade `from` (installed at `version`, may be empty) in one hop (FBC-G4), in
// channel_order.
std::vector<std::string> successors(const CatalogChannel& channel, const std::string& from,
                                    const std::string& version);

// The upgrade graph as text (one "a -> b (replaces|skips|skipRange)" line per edge, head first)
// or Graphviz DOT.
std::string graph_text(const CatalogChannel& channel);
std::string graph_dot(const CatalogChannel& channel);

// `opm render` of a loaded registry+v1 bundle: one olm.bundle blob (FBC-R2/R3). `image` is the
// bundle reference; empty keeps the image out.
Json render_bundle(const Bundle& bundle, const std::string& image);

// Catalog JSON as opm writes it: compact, keys in Go struct order where it matters, one blob per
// line, no HTML escaping.
std::string to_fbc_json(const Json& blob);

}  // namespace windlass::olm
