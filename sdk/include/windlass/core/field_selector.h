// windlass/core/field_selector.h — field selectors: parsing, matching and printing
// `?fieldSelector=` expressions.
//
// A `FieldSelector` is an AND of terms `path=value`, `path==value` or `path!=value`, where the
// path names a field the server indexes ("metadata.name", "status.phase", "spec.nodeName").
// It is the equivalent of k8s.io/apimachinery/pkg/fields: values may contain any character, with
// `\,`, `\=` and `\\` escaping the three special ones; a missing field compares as the empty
// string (so `spec.nodeName=` selects unscheduled pods); error messages are Kubernetes' own.
//
// The field set a selector is matched against is computed per kind (kube-apiserver's
// "field label" functions): a map from field path to its value as text.
//
//   WINDLASS_TRY(FieldSelector sel,
//                FieldSelector::parse("status.phase!=Running,spec.nodeName=n1"));
//   std::map<std::string, std::string> fields{{"status.phase", "Pending"},
//                                             {"spec.nodeName", "n1"}};
//   bool hit = sel.matches(fields);                          // true
//   auto node = sel.requires_exact_match("spec.nodeName");   // "n1": usable as an index key
//
// Values, immutable after construction except by assignment, safe to share across threads for
// reading. Matching never allocates.
#pragma once

#include <windlass/core/result.h>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace windlass {

// A read-only view of a field set: "what is the value of field f?".
//
// Cheap to copy (two pointers) and non-owning; never keep one past the lifetime of what it
// views. An absent field reads as "" (Kubernetes' fields.Set.Get).
class FieldsView {
 public:
  // Returns the value of `field`, or nullptr when the field is absent.
  using Lookup = const std::string* (*)(const void* fields, const std::string& field);

  // A view over any container through a captureless lookup function.
  FieldsView(const void* fields, Lookup lookup) : fields_(fields), lookup_(lookup) {}
  // A view over a map; implicit so that `sel.matches(fields)` reads naturally.
  FieldsView(const std::map<std::string, std::string>& fields);  // NOLINT

  // The value of `field`, or nullptr when the field is absent.
  const std::string* find(const std::string& field) const { return lookup_(fields_, field); }

 private:
  const void* fields_;
  Lookup lookup_;
};

// The operator of a field selector term (`==` parses as kEquals, as in Kubernetes).
enum class FieldOperator {
  kEquals,     // "="
  kNotEquals,  // "!="
};

// One term of a field selector (fields.Requirement).
struct FieldRequirement {
  std::string field{};
  FieldOperator op = FieldOperator::kEquals;
  std::string value{};  // unescaped

  // "field=value" with the value escaped.
  std::string to_string() const;
  bool operator==(const FieldRequirement&) const = default;
};

// A parsed field selector: an AND of terms, or the special selector Nothing (fields.Selector).
//
// A default-constructed FieldSelector is Everything: no terms, matches every field set.
class FieldSelector {
 public:
  // Everything: matches all field sets; empty() is true; prints as "".
  FieldSelector() = default;

  // Everything (the same as a default-constructed FieldSelector).
  static FieldSelector everything() { return FieldSelector(); }
  // Nothing: matches no field set; empty() is false; prints as "".
  static FieldSelector nothing();
  // Parses selector text (fields.ParseSelector). Empty terms (",a=b,") are skipped, as are terms
  // with neither a field nor a value ("="). Errors are kBadRequest with Kubernetes' messages:
  //   invalid selector: 'x'; can't understand 'x'
  //   invalid field selector: invalid escape sequence: \a
  //   invalid field selector: unescaped character in value: 61       (61 is '=')
  // Terms are kept ordered by their canonical text.
  [[nodiscard]] static Result<FieldSelector> parse(std::string_view text);
  // field=value for every entry (fields.SelectorFromSet), in key order.
  static FieldSelector from_set(const std::map<std::string, std::string>& fields);
  // The single term `field=value` (fields.OneTermEqualSelector).
  static FieldSelector one_term_equal(std::string field, std::string value);
  // The single term `field!=value` (fields.OneTermNotEqualSelector).
  static FieldSelector one_term_not_equal(std::string field, std::string value);

  // Whether a field set satisfies every term.
  bool matches(FieldsView fields) const;
  // True when the selector does not restrict anything (Everything); false for Nothing.
  bool empty() const { return !nothing_ && terms_.empty(); }
  // True for the Nothing selector.
  bool is_nothing() const { return nothing_; }
  // The terms in order; empty for both Everything and Nothing.
  const std::vector<FieldRequirement>& requirements() const { return terms_; }
  // The value of the first `field=value` term on `field`, if any (RequiresExactMatch): the
  // informer cache and kube-apiserver use it to turn "metadata.name=x" into a direct lookup.
  std::optional<std::string> requires_exact_match(std::string_view field) const;
  // The canonical text (Selector.String()): terms joined by ",", values escaped, `==` as `=`.
  std::string to_string() const;

  // Rewrites (field, value) of each term, e.g. to map a legacy field path to its current name.
  using TransformFn =
      std::function<Result<std::pair<std::string, std::string>>(const std::string& field,
                                                                const std::string& value)>;
  // fields.Selector.Transform: applies `fn` to every term in order, dropping terms it maps to
  // ("", ""); the first error from `fn` is returned unchanged. Nothing stays Nothing.
  [[nodiscard]] Result<FieldSelector> transform(const TransformFn& fn) const;

  bool operator==(const FieldSelector& other) const = default;

 private:
  std::vector<FieldRequirement> terms_;
  bool nothing_ = false;
};

// Escapes `\`, `,` and `=` with a backslash so that any string can be a selector value
// (fields.EscapeValue).
std::string escape_field_selector_value(std::string_view value);
// The inverse (fields.UnescapeValue). Errors are kBadRequest, worded as in FieldSelector::parse.
// Like Kubernetes, a value that needs unescaping has invalid UTF-8 replaced by U+FFFD.
[[nodiscard]] Result<std::string> unescape_field_selector_value(std::string_view value);

}  // namespace windlass
