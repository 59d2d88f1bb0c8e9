// windlass/olm/finding.h — what a bundle validator reports: `Finding` and `ManifestResult`,
// shaped and worded like operator-framework/api's `pkg/validation/errors`.
//
// A `Finding` is one problem: a type code that scripts grep for (`BundleNotValid`,
// `CSVFileNotValid`, ...), a level (Error or Warning), an optional field path, an optional
// offending value and a detail. Its `to_string()` is upstream's `Error()` text, quirks
// included: "Error: Field spec.x, Value y: detail", "Warning: Value : (csv) detail" when the
// value is an empty string, and "Error: : detail" when there is neither field nor value.
// A `ManifestResult` groups the findings about one object (a CSV, a CRD, the bundle).
//
//   ManifestResult r{.name = "memcached.v0.0.1"};
//   r.add(Finding::error(kInvalidBundle, "no ClusterServiceVersion in bundle", "", ""));
//   for (const Finding& f : r.errors) std::cout << f.to_string() << "\n";
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace windlass::olm {

// Upstream's ErrorType codes; tests and CI scripts match on them, so they never change.
inline constexpr std::string_view kInvalidCSV = "CSVFileNotValid";
inline constexpr std::string_view kFieldMissing = "FieldNotFound";
inline constexpr std::string_view kUnsupportedType = "FieldTypeNotSupported";
inline constexpr std::string_view kInvalidParse = "ParseError";
inline constexpr std::string_view kIOError = "FileReadError";
inline constexpr std::string_view kFailedValidation = "ValidationFailed";
inline constexpr std::string_view kInvalidOperation = "OperationFailed";
inline constexpr std::string_view kInvalidManifestStructure = "ManifestStructureNotValid";
inline constexpr std::string_view kInvalidBundle = "BundleNotValid";
inline constexpr std::string_view kInvalidPackageManifest = "PackageManifestNotValid";
inline constexpr std::string_view kObjectFailedValidation = "ObjectFailedValidation";
inline constexpr std::string_view kPropertiesAnnotationUsed = "PropertiesAnnotationUsed";
inline constexpr std::string_view kDeprecatedValidator = "DeprecatedValidator";

enum class Level { kError, kWarning };

// "Error" or "Warning", as upstream spells the level.
std::string_view to_string(Level level);

// One validation problem.
struct Finding {
  std::string type;                  // one of the k* codes above, or a Kubernetes field error type
  Level level = Level::kError;
  std::string field;                 // dotted path, may be empty
  std::optional<std::string> value;  // Go's %v of the bad value; nullopt is Go's nil
  std::string detail;

  static Finding error(std::string_view type, std::string detail, std::string field = {},
                       std::optional<std::string> value = std::nullopt);
  static Finding warning(std::string_view type, std::string detail, std::string field = {},
                         std::optional<std::string> value = std::nullopt);
  // Upstream's CSV-scoped finding: detail "(<csv>) <detail>", value "" (not nil).
  static Finding csv(Level level, std::string_view detail, std::string_view csv_name);

  // Upstream's Error() text.
  std::string to_string() const;

  bool operator==(const Finding&) const = default;
};

// The findings about one named object, split by level in the order they were added.
struct ManifestResult {
  std::string name;
  std::vector<Finding> errors;
  std::vector<Finding> warnings;

  void add(Finding f);
  void add(const std::vector<Finding>& fs);
  bool has_error() const { return !errors.empty(); }
};

}  // namespace windlass::olm
