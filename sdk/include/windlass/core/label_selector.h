// windlass/core/label_selector.h — label selectors: parsing, matching, printing, and the
// `metav1.LabelSelector` API type.
//
// A `Selector` is what `kubectl get -l` and `?labelSelector=` take: a comma-separated AND of
// `Requirement`s, each a label key with an operator — `key=v`, `key==v`, `key!=v`,
// `key in (a,b)`, `key notin (a,b)`, `key` (exists), `!key` (does not exist), `key>5`, `key<5`.
// It is the equivalent of k8s.io/apimachinery/pkg/labels: the same grammar, the same error
// messages, the same matching rules (`!=` and `notin` also match objects without the label), and
// the same canonical text (requirements sorted by key, `in`/`notin` values sorted), so a
// selector printed here parses identically on a real API server.
//
// `LabelSelector` is the structured form found in workload specs (`spec.selector`), with
// `label_selector_as_selector` turning it into a `Selector`. Its nil-vs-empty rule matters: an
// absent selector (`std::nullopt`) selects nothing, an empty one (`{}`) selects everything.
//
//   WINDLASS_TRY(Selector sel, Selector::parse("app=web,tier in (frontend,cache),!canary"));
//   std::map<std::string, std::string> labels{{"app", "web"}, {"tier", "cache"}};
//   bool hit = sel.matches(labels);            // true
//   std::string text = sel.to_string();        // "app=web,!canary,tier in (cache,frontend)"
//
// All types are values: immutable after construction except by assignment, safe to share across
// threads for reading. Matching never allocates.
#pragma once

#include <windlass/core/field_error.h>
#include <windlass/core/result.h>

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace windlass {

// The relation a label requirement expresses between a key and its values (selection.Operator).
enum class SelectorOperator {
  kEquals,        // "="
  kDoubleEquals,  // "=="
  kNotEquals,     // "!="
  kIn,            // "in"
  kNotIn,         // "notin"
  kExists,        // "exists"; written as the bare key
  kDoesNotExist,  // "!"; written as "!key"
  kGreaterThan,   // "gt"; written as "key>5"
  kLessThan,      // "lt"; written as "key<5"
};

// The selection.Operator spelling: "=", "==", "!=", "in", "notin", "exists", "!", "gt", "lt".
std::string_view to_string(SelectorOperator op);

// A read-only view of a label set: anything that can answer "what is the value of label k?".
//
// Views are cheap to copy (two pointers) and do not own the labels; build one for the duration
// of a call and never keep it past the lifetime of what it views. Maps and JSON objects convert
// without copying.
class LabelsView {
 public:
  // Returns the value of `key`, or nullptr when the label is absent.
  using Lookup = const std::string* (*)(const void* labels, const std::string& key);

  // A view over any container through a captureless lookup function.
  LabelsView(const void* labels, Lookup lookup) : labels_(labels), lookup_(lookup) {}
  // A view over a map; implicit so that `sel.matches(labels)` reads naturally.
  LabelsView(const std::map<std::string, std::string>& labels);                // NOLINT
  LabelsView(const std::map<std::string, std::string, std::less<>>& labels);   // NOLINT
  // A view over a JSON object of strings, such as an unstructured object's metadata.labels.
  // null or a non-object is the empty set; a non-string value counts as absent.
  static LabelsView of_json(const nlohmann::json& labels);
  // The empty label set.
  static LabelsView none();

  // The value of `key`, or nullptr when the label is absent.
  const std::string* find(const std::string& key) const { return lookup_(labels_, key); }

 private:
  const void* labels_;
  Lookup lookup_;
};

// One clause of a label selector: a key, an operator and its values (labels.Requirement).
//
// Only `make` (which validates) and the parser create requirements, so every Requirement is
// valid: the key is a qualified name, the values are label values and their count fits the
// operator, and `gt`/`lt` values are 64-bit integers.
class Requirement {
 public:
  // Validates like labels.NewRequirement. On failure the error is kInvalid and its message is
  // Kubernetes' aggregated field-error text, e.g.
  //   values[0][tier]: Invalid value: "a b": a valid label must be an empty string or ...
  // The values are kept in the given order; to_string() prints them sorted.
  static Result<Requirement> make(std::string key, SelectorOperator op,
                                  std::vector<std::string> values);

  // The label key.
  const std::string& key() const { return key_; }
  // The operator.
  SelectorOperator op() const { return op_; }
  // The values as given (parsed requirements hold them sorted and de-duplicated).
  const std::vector<std::string>& values() const { return values_; }

  // Whether a label set satisfies this requirement. `!=` and `notin` match an absent label;
  // `gt`/`lt` never match an absent or non-integer label value.
  bool matches(LabelsView labels) const;
  // The canonical text: "key in (a,b)", "!key", "key>5", ...
  std::string to_string() const;

  bool operator==(const Requirement& other) const {
    return key_ == other.key_ && op_ == other.op_ && values_ == other.values_;
  }

 private:
  friend class Selector;
  friend struct RequirementAccess;
  Requirement(std::string key, SelectorOperator op, std::vector<std::string> values);
  // `nil_values` only changes how an empty value list is printed in errors ("[]string(nil)"
  // rather than "[]string{}"), as Go distinguishes the two.
  static Result<Requirement> make_checked(std::string key, SelectorOperator op,
                                          std::vector<std::string> values, bool nil_values);
  bool has_value(const std::string& value) const;

  std::string key_;
  SelectorOperator op_;
  std::vector<std::string> values_;
  std::int64_t bound_ = 0;  // the parsed value of a gt/lt requirement
};

// A parsed label selector: an AND of requirements, or the special selector Nothing
// (labels.Selector).
//
// A default-constructed Selector is Everything: no requirements, matches every label set.
class Selector {
 public:
  // Everything: matches all label sets; empty() is true; prints as "".
  Selector() = default;

  // Everything (the same as a default-constructed Selector).
  static Selector everything() { return Selector(); }
  // Nothing: matches no label set; empty() is false; prints as ""; add() keeps it Nothing.
  static Selector nothing();
  // Parses selector text (labels.Parse). Errors are kBadRequest, with exactly the message
  // kube-apiserver returns for a bad `labelSelector` parameter, e.g.
  //   unable to parse requirement: found '', expected: identifier
  //   found ',', expected: identifier after ','
  // Pitfall (kept from Kubernetes): a NUL byte where a token starts ends the input.
  [[nodiscard]] static Result<Selector> parse(std::string_view text);
  // key=value for every entry, without validation (labels.SelectorFromSet); an empty map gives
  // Everything.
  static Selector from_set(const std::map<std::string, std::string>& labels);
  // Like from_set, but every key and value is validated first (labels.ValidatedSelectorFromSet);
  // errors as Requirement::make.
  [[nodiscard]] static Result<Selector> validated_from_set(
      const std::map<std::string, std::string>& labels);

  // A copy with more requirements, re-sorted by key (stable). Nothing stays Nothing.
  Selector add(std::vector<Requirement> requirements) const;
  Selector add(Requirement requirement) const;

  // Whether a label set satisfies every requirement.
  bool matches(LabelsView labels) const;
  // True when the selector does not restrict anything (Everything); false for Nothing.
  bool empty() const { return !nothing_ && requirements_.empty(); }
  // True for the Nothing selector.
  bool is_nothing() const { return nothing_; }
  // The requirements, sorted by key; empty for both Everything and Nothing.
  const std::vector<Requirement>& requirements() const { return requirements_; }
  // The value the selector pins `key` to, if its first requirement on `key` is `=`, `==` or an
  // `in` with a single value (labels.Selector.RequiresExactMatch).
  std::optional<std::string> requires_exact_match(std::string_view key) const;
  // The canonical text (Selector.String()): requirements joined by "," in key order.
  std::string to_string() const;

  bool operator==(const Selector& other) const = default;

 private:
  std::vector<Requirement> requirements_;
  bool nothing_ = false;
};

// --- metav1.LabelSelector ----------------------------------------------------------------

// The operators of metav1.LabelSelectorRequirement.
inline constexpr std::string_view kLabelSelectorOpIn = "In";
inline constexpr std::string_view kLabelSelectorOpNotIn = "NotIn";
inline constexpr std::string_view kLabelSelectorOpExists = "Exists";
inline constexpr std::string_view kLabelSelectorOpDoesNotExist = "DoesNotExist";

// One entry of metav1.LabelSelector.matchExpressions.
struct LabelSelectorRequirement {
  std::string key{};
  std::string op{};  // JSON "operator": "In", "NotIn", "Exists" or "DoesNotExist"
  std::vector<std::string> values{};

  bool operator==(const LabelSelectorRequirement&) const = default;
};

// metav1.LabelSelector: labels that must equal given values, plus set-based expressions.
// Use std::optional<LabelSelector> where the API field is a pointer: absent means "nothing".
struct LabelSelector {
  // The `{}` initializers let designated initializers name only the fields they set.
  std::map<std::string, std::string> match_labels{};          // JSON "matchLabels"
  std::vector<LabelSelectorRequirement> match_expressions{};  // JSON "matchExpressions"

  bool operator==(const LabelSelector&) const = default;
};

// {"key":..,"operator":..,"values":[..]}; values omitted when empty.
void to_json(nlohmann::json& j, const LabelSelectorRequirement& r);
// {"matchLabels":{..},"matchExpressions":[..]}; each omitted when empty.
void to_json(nlohmann::json& j, const LabelSelector& s);
// Strict decode for nlohmann's `get<>()`; throws nlohmann::json::type_error on a wrongly typed
// field, as every nlohmann from_json does. Prefer label_selector_from_json, which does not throw.
void from_json(const nlohmann::json& j, LabelSelectorRequirement& r);
void from_json(const nlohmann::json& j, LabelSelector& s);
// Decodes a LabelSelector without throwing. null fields are empty; unknown fields are ignored;
// a wrongly typed field is kBadRequest with Go's message, e.g.
//   json: cannot unmarshal number into Go struct field LabelSelector.matchLabels of type string
[[nodiscard]] Result<LabelSelector> label_selector_from_json(const nlohmann::json& j);

// metav1.LabelSelectorAsSelector for a present selector: an empty one is Everything. Errors are
// kInvalid: Requirement::make's message, or `"Foo" is not a valid label selector operator`.
[[nodiscard]] Result<Selector> label_selector_as_selector(const LabelSelector& selector);
// The same for an optional field: std::nullopt is Nothing.
[[nodiscard]] Result<Selector> label_selector_as_selector(
    const std::optional<LabelSelector>& selector);
// metav1.LabelSelectorAsMap: matchLabels plus single-value `In` expressions; any other
// expression is kInvalid ("operator \"NotIn\" cannot be converted into the old label selector
// format").
[[nodiscard]] Result<std::map<std::string, std::string>> label_selector_as_map(
    const LabelSelector& selector);
// metav1.ParseToLabelSelector: selector text to the API type (`=`/`==` become matchLabels).
// Errors are kBadRequest: `couldn't parse the selector string "...": <parse error>`, or
// `"gt" isn't supported in label selectors`.
[[nodiscard]] Result<LabelSelector> parse_to_label_selector(std::string_view text);
// metav1.FormatLabelSelector: the canonical text, "<none>" when it is empty (or absent), and
// "<error>" when the selector is invalid.
std::string format_label_selector(const std::optional<LabelSelector>& selector);

// Options of validate_label_selector (metav1validation.LabelSelectorValidationOptions).
struct LabelSelectorValidationOptions {
  // Accept values that are not valid label values (only for objects persisted before the check).
  bool allow_invalid_label_value_in_selector = false;
  // Accept operators other than In, NotIn, Exists, DoesNotExist.
  bool allow_unknown_operator_in_requirement = false;
};

// What kube-apiserver reports for an invalid LabelSelector at `field_path` ("spec.selector"):
// errors at "<path>.matchLabels" and "<path>.matchExpressions[i].{operator,key,values[j]}".
FieldErrors validate_label_selector(const LabelSelector& selector,
                                    const LabelSelectorValidationOptions& options,
                                    std::string_view field_path);
// The checks of one matchExpressions entry, reported under `field_path`.
FieldErrors validate_label_selector_requirement(const LabelSelectorRequirement& requirement,
                                                const LabelSelectorValidationOptions& options,
                                                std::string_view field_path);

}  // namespace windlass
