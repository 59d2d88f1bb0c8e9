// `windlass bundle validate` and `windlass bundle generate`.
#include "commands.h"

#include <windlass/olm/bundle.h>
#include <windlass/olm/bundle_validator.h>

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
  if (dirs.empty()) {
    std::cerr << "FATA[0000] metadata not found in " << display_dir(a.dir) << "\n";
    return 1;
  }
  olm::Report all;
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
}

}  // namespace windlass::cli
