// windlass/olm/bundle_validator.h — `operator-sdk bundle validate` for a loaded `Bundle`.
//
// The pipeline is upstream's: loading findings, opm's format checks (directories, annotations,
// dependencies), the SDK's per-object checks, then the default validators (bundle, CSV, CRDs)
// and any optional suites picked with a label selector (`suite=operatorframework`,
// `name=good-practices`). Every rule reports upstream's type code, level and message; see
// docs/olm.md for the list. The result is a `Report` whose outputs print as upstream's text
// log lines or as its `json-alpha1` document; `passed` is false iff some output is an error.
//
//   WINDLASS_TRY(Bundle b, load_bundle(dir));
//   WINDLASS_TRY(Report r, validate_bundle(b, {.selector = "suite=operatorframework"}));
//   std::cout << to_json_alpha1(r);
//   return r.passed ? 0 : 1;
#pragma once

#include <windlass/core/result.h>
#include <windlass/olm/bundle.h>
#include <windlass/olm/finding.h>

#include <map>
#include <string>
#include <vector>

namespace windlass::olm {

// One optional validator as `--list-optional` shows it.
struct OptionalValidator {
  std::string name;
  std::map<std::string, std::string> labels;  // name=..., and suite=... for the suite members
  std::string description;
};

// Every optional validator, in listing order.
const std::vector<OptionalValidator>& optional_validators();
// The `--list-optional` table.
std::string list_optional_validators();

struct ValidateOptions {
  // Label selector over optional validators' labels; empty runs none. An unparsable selector
  // or one that matches no validator is kInvalid (`selector "<s>" does not match any
  // validator labels`).
  std::string selector;
  // --optional-values: k8s-version=1.25, ...
  std::map<std::string, std::string> optional_values;
  // The directory name printed in "error validating format in <dir>: ..." (default b.root).
  std::string display_dir;
};

// One printed line: type "error", "warning" or "info" and the message.
struct Output {
  std::string type;
  std::string message;
  bool operator==(const Output&) const = default;
};

struct Report {
  bool passed = true;
  std::vector<Output> outputs;
};

// opm's ValidateBundleFormat problems, each as upstream words it (without the
// "error validating format in" prefix). Empty when the format is valid.
std::vector<std::string> validate_bundle_format(const Bundle& bundle);

// The SDK's content validation plus the default validators, as upstream groups them.
std::vector<ManifestResult> validate_bundle_content(const Bundle& bundle);

// upstream's OperatorGroupValidator for one OperatorGroup object (operators.coreos.com/v1 or
// v1alpha2): its annotations must not spell OLM's own keys (olm.providedAPIs, ...) in another
// case. The result is named after the group. The lifecycle manager runs it on admission.
ManifestResult validate_operator_group(const Json& operator_group);

// The optional validators matched by `selector` (already checked by `check_selector`).
std::vector<ManifestResult> run_optional_validators(const Bundle& bundle, const std::string& selector,
                                                    const std::map<std::string, std::string>& values);

// Fails like upstream when the selector does not parse or matches no optional validator.
Result<void> check_selector(const std::string& selector);

// The whole `bundle validate` run for one loaded bundle.
Result<Report> validate_bundle(const Bundle& bundle, const ValidateOptions& options = {});

// Adds a ManifestResult's warnings then errors, as upstream prints them.
void add_results(Report& report, const std::vector<ManifestResult>& results);

// `-o json-alpha1`: {"passed": bool, "outputs": [{"type","message"}]} indented with 4 spaces
// and Go's HTML escaping of <, > and &. "outputs" is null when there is none, as in Go.
std::string to_json_alpha1(const Report& report);
// `-o text`: one line per output, "ERRO[0000] msg" / "WARN[0000] msg" / "INFO[0000] msg".
std::string to_text(const Report& report);
// The line upstream logs (to stderr) when no error was found.
inline constexpr std::string_view kSuccessMessage = "All validation tests have completed successfully";

}  // namespace windlass::olm
