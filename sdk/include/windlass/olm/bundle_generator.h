// windlass/olm/bundle_generator.h — `windlass bundle generate`: an operator's plain manifests
// folded into a registry+v1 bundle, the way `operator-sdk generate bundle` does it.
//
// Inputs are the operator's CRDs, its Deployment and RBAC manifests (anything kubectl could
// apply), an optional CSV base carrying the hand-written parts (display name, description,
// icon, maintainers, keywords, examples, install modes ...), and the package, version and
// channels. The generator owns a few CSV sections and recomputes them on every run:
//
// - `spec.install`: each Deployment becomes `install.spec.deployments[]`; Roles/ClusterRoles
//   bound to a ServiceAccount that a Deployment runs as (or one named in
//   `extra_service_accounts`) become `permissions` / `clusterPermissions` (a RoleBinding gives
//   namespaced permissions even for a ClusterRole) and those Roles, bindings and
//   ServiceAccounts are left out of `manifests/` — OLM creates them.
// - `spec.customresourcedefinitions.owned`: one entry per CRD version; descriptive fields of an
//   entry already in the CSV (displayName, description, descriptors, resources) are kept.
// - `spec.webhookdefinitions` from Validating/MutatingWebhookConfigurations (their Service
//   names the deployment and ports; the Service is left out).
// - `spec.relatedImages`: the base file's entries, `RELATED_IMAGE_*` env values and every
//   container image of the deployments.
// - `metadata.annotations["alm-examples"]` from custom resources of owned kinds found among the
//   inputs (samples), when there are any.
// - `metadata.name` `<package>.v<version>` and `spec.version`.
// - With `resolve_digest` set (`--use-image-digests`): every image given by tag in the CSV —
//   deployment containers and initContainers, `RELATED_IMAGE_*` env values, the base's
//   relatedImages, the `containerImage` annotation — is rewritten `<name>@sha256:<hex>`, and
//   relatedImages lists the pinned references. When any image cannot be resolved the error
//   names it and nothing is written.
//
// Every other field is hand-written and kept: the CSV already in the output bundle is read
// first (edits made there survive), fields it lacks come from the base. Other objects of the
// kinds registry+v1 allows are written one per file, namespace removed; kinds a bundle cannot
// carry (Namespace, ...) are left out with a note. Output is deterministic: re-running with
// the same inputs rewrites byte-identical files, and stale files in `manifests/` are removed.
//
//   GenerateOptions o{.package = "memcached-operator", .version = "0.0.2",
//                     .channels = {"stable"}, .input_dirs = {"config/crd", "config/deploy"},
//                     .output_dir = "bundle/memcached"};
//   WINDLASS_TRY(GenerateReport r, generate_bundle(o));
#pragma once

#include <windlass/core/json.h>
#include <windlass/core/result.h>
#include <windlass/olm/digest_resolver.h>

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace windlass::olm {

struct GenerateOptions {
  std::string package;                 // required, a DNS-1123 label
  std::string version;                 // strict semver; empty: the CSV's spec.version
  std::vector<std::string> channels;   // empty: {"alpha"}
  std::string default_channel;         // empty: the only channel when there is one
  // Directories (read recursively, *.yaml/*.yml/*.json, all documents) or files.
  std::vector<std::filesystem::path> input_dirs;
  std::filesystem::path csv_base;      // optional CSV base file
  std::filesystem::path output_dir = "bundle";
  bool write_manifests = true;         // manifests/
  bool write_metadata = true;          // metadata/annotations.yaml and bundle.Dockerfile
  // Rewrite an existing annotations.yaml (keeping keys the generator does not own). When
  // false an existing one is only checked against the generated keys (kInvalid on mismatch).
  bool overwrite = true;
  std::vector<std::string> extra_service_accounts;
  // Set: pin image references to digests (see digest_resolver.h); each distinct reference is
  // resolved once per run. Unset: images are written as given.
  DigestResolver resolve_digest;
};

// The generated files, relative to the output directory.
struct GeneratedBundle {
  std::map<std::string, std::string> files;  // "manifests/x.yaml", "metadata/annotations.yaml", ...
  std::vector<std::string> notes;            // objects left out and why, missing pieces
};

// The pure part of generation: `inputs` are the decoded objects, `base` the CSV base (may be
// null), `existing` the CSV currently in the bundle (may be null), `existing_annotations` the
// current annotations.yaml map. kInvalid for bad options.
Result<GeneratedBundle> build_bundle(const GenerateOptions& options, const std::vector<Json>& inputs,
                                     const Json* base, const Json* existing,
                                     const std::map<std::string, std::string>* existing_annotations = nullptr,
                                     bool has_scorecard = false);

struct GenerateReport {
  std::vector<std::string> written;    // paths whose content changed (or were created)
  std::vector<std::string> unchanged;  // paths already byte-identical
  std::vector<std::string> removed;    // stale files removed from manifests/
  std::vector<std::string> notes;
};

// Reads the inputs, generates, and writes the bundle under options.output_dir.
Result<GenerateReport> generate_bundle(const GenerateOptions& options);

// "MemcachedCluster" -> "Memcached Cluster"; "memcached-operator" -> "Memcached Operator".
std::string display_name_of(std::string_view name);

}  // namespace windlass::olm
