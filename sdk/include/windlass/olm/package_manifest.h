// windlass/olm/package_manifest.h — the legacy package-manifest layout, read and validated.
//
// Before bundles, operators were published as a directory holding one package file and one
// sub-directory per version with that version's CSV and CRDs side by side:
//
//   etcd/
//     etcd.package.yaml      packageName: etcd, channels: [{name: alpha, currentCSV: ...}],
//                            defaultChannel: alpha
//     0.9.2/  etcdoperator.v0.9.2.clusterserviceversion.yaml, *.crd.yaml
//     0.9.4/  ...
//
// Community catalogs still hold such trees and tools convert them to bundles, so
// `windlass bundle validate` recognises one the way operator-framework/api's loader does: the
// package file is the one file (any name, hidden ones skipped, first document only) that
// decodes to a non-empty `packageName`/`channels`/`defaultChannel`, and every directory
// holding a ClusterServiceVersion is one version. The package is checked with upstream's
// PackageManifestValidator rules (type `PackageManifestNotValid`); each version with the
// default content validators, as a bundle without metadata.
//
//   PackageManifestDir d = load_package_manifest_dir("etcd");
//   if (d.package) { WINDLASS_TRY(Report r, validate_package_manifest_dir(d)); ... }
#pragma once

#include <windlass/core/json.h>
#include <windlass/core/result.h>
#include <windlass/olm/bundle_validator.h>
#include <windlass/olm/finding.h>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace windlass::olm {

struct PackageChannel {
  std::string name;
  std::string current_csv;  // currentCSV
};

struct PackageManifest {
  std::string package_name;  // packageName
  std::vector<PackageChannel> channels;
  std::string default_channel;  // defaultChannel
  std::string file;             // where it was read

  // Go's IsEmpty: nothing set at all (such files are not package files).
  bool empty() const { return package_name.empty() && channels.empty() && default_channel.empty(); }
};

// Decodes one document into a PackageManifest with Go's encoding/json rules: unknown fields
// are ignored, null is accepted anywhere, a value of the wrong JSON type is an error worded as
// Go's UnmarshalTypeError ("json: cannot unmarshal number into Go struct field
// PackageManifest.packageName of type string").
Result<PackageManifest> decode_package_manifest(const Json& document);

// upstream's PackageManifestValidator: the result is named after the package.
ManifestResult validate_package_manifest(const PackageManifest& package);

struct PackageManifestDir {
  std::string root;
  std::optional<PackageManifest> package;  // nullopt: no package file found
  std::vector<std::string> version_dirs;   // relative to root, each holding a CSV, path order
  std::vector<Finding> load_findings;      // undecodable files, a second package file
};

// Walks `dir` (hidden entries and symlinked directories skipped) for the package file and the
// version directories. Never fails: problems are findings.
PackageManifestDir load_package_manifest_dir(const std::filesystem::path& dir);

// The validation of a loaded package-manifest tree: loading findings, the package rules, then
// for every version directory its loading findings, the default content validators and the
// optional validators `options.selector` picks. `display_dir` is unused (there is no format
// check). kInvalid for a selector that matches no validator.
Result<Report> validate_package_manifest_dir(const PackageManifestDir& dir, const ValidateOptions& options = {});

}  // namespace windlass::olm
