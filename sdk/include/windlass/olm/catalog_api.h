// windlass/olm/catalog_api.h — the read-only HTTP/JSON API over a file-based catalog that
// `windlass catalog serve` exposes and the lifecycle manager will query.
//
// A `CatalogApi` is built once from a catalog directory (validated with opm's rules first; an
// invalid catalog is refused, as `opm serve` exits) and then answers requests without I/O. It
// knows nothing about sockets: the caller hands it the method, the request target and two
// headers, and writes back the `ApiReply` (status, headers, body). Routes:
//
//   GET /healthz, /readyz                         "ok"
//   GET /v1/meta                                  {digest, loadedAt, packages, bundles}
//   GET /v1/packages                              [{name, defaultChannel, channels:[{name, head}], ...}]
//   GET /v1/packages/{pkg}                        the package plus description
//   GET /v1/packages/{pkg}/channels/{ch}          {package, name, head, entries} head first
//   GET /v1/packages/{pkg}/schemas/{schema}       the package's blobs of a custom schema
//   GET /v1/bundles?package=&channel=             bundles without manifests
//   GET /v1/bundles/{pkg}/{name}                  one bundle
//   GET /v1/bundles/{pkg}/{name}/manifests        {csv, objects} (olm.bundle.object or a bundle dir)
//   GET /v1/providers?group=&version=&kind=       channel entries whose bundle provides the GVK
//   GET /v1/successors?package=&channel=&from=&version=
//                                                 what upgrades `from` (at `version`) in one hop,
//                                                 preferred first (OLM's replaces/skips/skipRange)
//
// Errors are JSON `{"code", "reason", "message"}` with the matching status (400, 404, 405).
// Every 200 under /v1 carries `ETag: "<catalog digest>"` and `Cache-Control: no-cache`; a
// request whose If-None-Match names that tag gets 304 with no body. Bodies over 1 KiB are
// gzip-compressed when the client accepts gzip. All lists are sorted, so answers are stable.
//
//   WINDLASS_TRY(CatalogApi api, CatalogApi::load("bundle/catalog"));
//   ApiReply r = api.handle({.method = "GET", .target = "/v1/packages"});
#pragma once

#include <windlass/core/json.h>
#include <windlass/core/result.h>
#include <windlass/olm/catalog.h>

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace windlass::olm {

struct ApiRequest {
  std::string method = "GET";
  std::string target;          // path and query, as sent: "/v1/bundles?package=x"
  std::string if_none_match;   // the header's value, may be empty
  bool accept_gzip = false;    // Accept-Encoding names gzip
};

struct ApiReply {
  int status = 200;
  std::vector<std::pair<std::string, std::string>> headers;  // Content-Type always among them
  std::string body;
};

class CatalogApi {
 public:
  struct Options {
    // Where unpacked bundle directories are found for /manifests (searched recursively and
    // matched by package and CSV name). Empty: only olm.bundle.object properties are used.
    std::filesystem::path bundles_dir;
    // Shown as loadedAt in /v1/meta (RFC 3339); empty: the current time.
    std::string loaded_at;
  };

  // Loads and validates the catalog. kInvalid with opm's error text when it is not valid.
  static Result<CatalogApi> load(const std::filesystem::path& catalog_dir, const Options& options = {});
  // The same from blobs already loaded (validated here too).
  static Result<CatalogApi> from_config(DeclarativeConfig config, const Options& options = {});

  // Answers one request. Thread-safe: the catalog is immutable once built.
  ApiReply handle(const ApiRequest& request) const;

  // Hex SHA-256 over the catalog's blobs in a canonical order; the ETag.
  const std::string& digest() const;
  std::size_t package_count() const;
  std::size_t bundle_count() const;

  CatalogApi(CatalogApi&&) noexcept;
  CatalogApi& operator=(CatalogApi&&) noexcept;
  ~CatalogApi();

 private:
  struct State;
  explicit CatalogApi(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
};

}  // namespace windlass::olm
