// `windlass bundle validate` and `windlass bundle generate`.
#include "commands.h"

#include <windlass/olm/bundle.h>
#include <windlass/olm/bundle_generator.h>
#include <windlass/olm/bundle_validator.h>
#include <windlass/olm/package_manifest.h>

#include <filesystem>
#include <iostream>
#include <map>
#include <memory>

namespace windlass::cli {

namespace fs = std::filesystem;

namespace {

struct ValidateArgs {
  std::string dir;
  std::string output = "text";
  std::string selector;
  std::vector<std::string> optional_values;
  bool list_optional = false;
};

// The directory as upstream prints it: relative to the working directory.
std::string display_dir(const fs::path& dir) {
  std::error_code ec;
  auto rel = fs::relative(fs::absolute(dir, ec), fs::current_path(ec), ec);
  return ec || rel.empty() ? dir.string() : rel.string();
}

int run_validate(const ValidateArgs& a) {
  if (a.list_optional) {
    std::cout << olm::list_optional_validators();
    return 0;
  }
  if (a.dir.empty()) {
    std::cerr << "Error: invalid command args: an image tag or directory is a required argument\n";
    return 1;
  }
  if (auto s = olm::check_selector(a.selector); !s) {
    std::cerr << "Error: invalid command args: " << s.error().message() << "\n";
    return 1;
  }
  std::map<std::string, std::string> values;
  for (const auto& kv : a.optional_values) {
    auto eq = kv.find('=');
    if (eq == std::string::npos) {
      std::cerr << "Error: invalid argument \"" << kv << "\" for \"--optional-values\" flag: " << kv
                << " must be formatted as key=value\n";
      return 1;
    }
    values[kv.substr(0, eq)] = kv.substr(eq + 1);
  }
  std::error_code ec;
  if (!fs::is_directory(a.dir, ec)) {
    std::cerr << "FATA[0000] bundle directory " << a.dir << " does not exist or is not a directory\n";
    return 1;
  }
  std::vector<fs::path> dirs = olm::find_bundle_dirs(a.dir);
  olm::Report all;
  if (dirs.empty()) {
    // No bundle below: perhaps the legacy package-manifest layout (a package file and one
    // directory per version).
    olm::PackageManifestDir pkg = olm::load_package_manifest_dir(a.dir);
    if (!pkg.package) {
      std::cerr << "FATA[0000] metadata not found in " << display_dir(a.dir) << "\n";
      return 1;
    }
    auto r = olm::validate_package_manifest_dir(pkg, {.selector = a.selector, .optional_values = values});
    if (!r) {
      std::cerr << "FATA[0000] " << r.error().message() << "\n";
      return 1;
    }
    all = std::move(*r);
  }
  for (const auto& d : dirs) {
    auto b = olm::load_bundle(d);
    if (!b) {
      std::cerr << "FATA[0000] " << b.error().message() << "\n";
      return 1;
    }
    auto r = olm::validate_bundle(*b, {.selector = a.selector, .optional_values = values,
                                       .display_dir = display_dir(d)});
    if (!r) {
      std::cerr << "FATA[0000] " << r.error().message() << "\n";
      return 1;
    }
    if (dirs.size() > 1) all.outputs.push_back({"info", "bundle " + display_dir(d)});
    all.outputs.insert(all.outputs.end(), r->outputs.begin(), r->outputs.end());
    all.passed = all.passed && r->passed;
  }
  if (a.output == "json-alpha1") {
    std::cout << olm::to_json_alpha1(all);
  } else {
    std::cout << olm::to_text(all);
  }
  if (!all.passed) return 1;
  std::cerr << "INFO[0000] " << olm::kSuccessMessage << "\n";
  return 0;
}

struct GenerateArgs {
  olm::GenerateOptions options;
  std::string channels = "alpha";
  std::string input_dir, deploy_dir, crds_dir;
  bool manifests = false, metadata = false, quiet = false, use_image_digests = false;
};

std::vector<std::string> split_commas(const std::string& s) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos <= s.size()) {
    auto comma = s.find(',', pos);
    std::string part = s.substr(pos, comma == std::string::npos ? std::string::npos : comma - pos);
    while (!part.empty() && part.back() == ' ') part.pop_back();
    while (!part.empty() && part.front() == ' ') part.erase(part.begin());
    if (!part.empty()) out.push_back(part);
    if (comma == std::string::npos) break;
    pos = comma + 1;
  }
  return out;
}

int run_generate(GenerateArgs a) {
  auto& o = a.options;
  if (!a.input_dir.empty() && (!a.deploy_dir.empty() || !a.crds_dir.empty())) {
    std::cerr << "Error: --input-dir cannot be combined with --deploy-dir or --crds-dir\n";
    return 1;
  }
  for (const auto* d : {&a.input_dir, &a.crds_dir, &a.deploy_dir})
    if (!d->empty()) o.input_dirs.push_back(*d);
  if (o.input_dirs.empty()) {
    std::cerr << "Error: no manifests to read: pass --input-dir, or --deploy-dir and --crds-dir\n";
    return 1;
  }
  o.channels = split_commas(a.channels);
  // --manifests / --metadata pick one half; neither means both.
  if (a.manifests || a.metadata) {
    o.write_manifests = a.manifests;
    o.write_metadata = a.metadata;
  }
  if (a.use_image_digests) o.resolve_digest = olm::skopeo_digest_resolver();
  auto r = olm::generate_bundle(o);
  if (!r) {
    std::cerr << "Error: " << r.error().message() << "\n";
    return 1;
  }
  for (const auto& n : r->notes) std::cerr << "WARN[0000] " << n << "\n";
  if (!a.quiet) {
    for (const auto& p : r->written) std::cout << "wrote " << p << "\n";
    for (const auto& p : r->removed) std::cout << "removed " << p << "\n";
    std::cout << "Bundle " << o.output_dir.string() << ": " << r->written.size() << " file(s) written, "
              << r->unchanged.size() << " unchanged, " << r->removed.size() << " removed\n";
  }
  return 0;
}

}  // namespace

void add_bundle_commands(CLI::App& app, int& exit_code) {
  auto* bundle = app.add_subcommand("bundle", "Generate and validate OLM registry+v1 operator bundles");
  bundle->require_subcommand(1);

  auto va = std::make_shared<ValidateArgs>();
  auto* validate = bundle->add_subcommand(
      "validate",
      "Validate an operator bundle directory (or a tree of bundles) as `operator-sdk bundle validate` does.\n"
      "Exits 1 if any validation error arises, 0 if only warnings arise or all validators pass.");
  validate->add_option("dir", va->dir, "Bundle directory, or a directory holding bundle directories");
  validate->add_option("-o,--output", va->output, "Result format: text or json-alpha1")
      ->check(CLI::IsMember({"text", "json-alpha1"}));
  validate->add_option("--select-optional", va->selector,
                       "Label selector of optional validators to run (suite=operatorframework, name=...)");
  validate->add_option("--optional-values", va->optional_values,
                       "key=value options for validators, e.g. k8s-version=1.25")
      ->delimiter(',');
  validate->add_flag("--list-optional", va->list_optional, "List the optional validators and run nothing");
  validate->callback([va, &exit_code] { exit_code = run_validate(*va); });

  auto ga = std::make_shared<GenerateArgs>();
  auto* generate = bundle->add_subcommand(
      "generate",
      "Generate a registry+v1 bundle (manifests/, metadata/annotations.yaml, bundle.Dockerfile) from an\n"
      "operator's CRDs, Deployment and RBAC manifests and an optional CSV base, as `operator-sdk generate\n"
      "bundle` does. Re-running is idempotent and keeps hand-written CSV fields.");
  generate->add_option("--package", ga->options.package, "Bundle's package name")->required();
  generate->add_option("--version", ga->options.version, "Semantic version of the operator in the generated bundle");
  generate->add_option("--channels", ga->channels, "Comma-separated channels the bundle belongs to")
      ->capture_default_str();
  generate->add_option("--default-channel", ga->options.default_channel,
                       "Default channel (default: the channel, when there is only one)");
  generate->add_option("--input-dir", ga->input_dir, "Directory of the operator's manifests (CRDs and the rest)");
  generate->add_option("--deploy-dir", ga->deploy_dir, "Directory of Deployment, RBAC and other manifests");
  generate->add_option("--crds-dir", ga->crds_dir, "Directory of CustomResourceDefinition manifests");
  generate->add_option("--csv-base", ga->options.csv_base,
                       "ClusterServiceVersion base with the hand-written fields (description, icon, ...)");
  generate->add_option("--output-dir", ga->options.output_dir, "Directory to write the bundle to")
      ->capture_default_str();
  generate->add_flag("--manifests", ga->manifests, "Generate manifests/ only (with --metadata: both)");
  generate->add_flag("--metadata", ga->metadata, "Generate metadata/ and bundle.Dockerfile only");
  generate->add_option("--overwrite", ga->options.overwrite,
                       "Overwrite an existing annotations.yaml (false: check it against the generated keys)")
      ->capture_default_str();
  generate->add_option("--extra-service-accounts", ga->options.extra_service_accounts,
                       "Service accounts besides the deployments' whose bound roles become CSV permissions")
      ->delimiter(',');
  generate->add_flag("--use-image-digests", ga->use_image_digests,
                     "Pin images given by tag to their manifest digests (image@sha256:...), resolved with skopeo;\n"
                     "registries and credentials come from registries.conf and auth.json as for skopeo/podman");
  generate->add_flag("-q,--quiet", ga->quiet, "Print nothing but warnings and errors");
  generate->callback([ga, &exit_code] { exit_code = run_generate(*ga); });
}

}  // namespace windlass::cli
