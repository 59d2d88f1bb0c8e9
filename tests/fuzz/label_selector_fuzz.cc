// libFuzzer target: label and field selector parsing, printing and matching, the validators,
// and LabelSelector JSON decoding.
//
// Properties checked (a violation traps):
//   - a selector that parses prints to text that parses back to an equal selector, whose text is
//     the same (the canonical form is a fixed point);
//   - the original and re-parsed selectors agree on matching;
//   - a failed parse carries a non-empty message;
//   - a LabelSelector decoded from JSON that converts to a Selector prints to parseable text.
#include <windlass/core/field_selector.h>
#include <windlass/core/label_selector.h>
#include <windlass/core/validation.h>

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>

namespace {

using windlass::FieldSelector;
using windlass::Selector;

void check(bool ok) {
  if (!ok) __builtin_trap();
}

// A label set that exercises every requirement of `sel`: each key set to its first value, or to
// a fixed integer-looking value when the requirement has none.
std::map<std::string, std::string> probe_labels(const Selector& sel) {
  std::map<std::string, std::string> labels;
  for (const auto& r : sel.requirements()) {
    labels.emplace(r.key(), r.values().empty() ? std::string("7") : r.values().front());
  }
  return labels;
}

void fuzz_label_selector(std::string_view text) {
  auto parsed = Selector::parse(text);
  if (!parsed) {
    check(!parsed.error().message().empty());
    return;
  }
  const std::string canonical = parsed->to_string();
  auto again = Selector::parse(canonical);
  check(again.has_value());
  check(again->to_string() == canonical);
  check(*again == *parsed);
  for (const auto& r : parsed->requirements()) check(windlass::is_qualified_name(r.key()).empty());
  auto labels = probe_labels(*parsed);
  check(parsed->matches(labels) == again->matches(labels));
  std::map<std::string, std::string> empty;
  check(parsed->matches(empty) == again->matches(empty));
  for (const auto& r : parsed->requirements()) (void)parsed->requires_exact_match(r.key());
  (void)windlass::parse_to_label_selector(text);
}

void fuzz_field_selector(std::string_view text) {
  auto parsed = FieldSelector::parse(text);
  if (!parsed) {
    check(!parsed.error().message().empty());
    return;
  }
  const std::string canonical = parsed->to_string();
  auto again = FieldSelector::parse(canonical);
  check(again.has_value());
  check(again->to_string() == canonical);
  check(*again == *parsed);
  std::map<std::string, std::string> fields;
  for (const auto& t : parsed->requirements()) fields.emplace(t.field, t.value);
  check(parsed->matches(fields) == again->matches(fields));
  for (const auto& t : parsed->requirements()) {
    if (t.op == windlass::FieldOperator::kEquals) {
      check(parsed->requires_exact_match(t.field).has_value());
    }
  }
}

void fuzz_escaping(std::string_view text) {
  auto unescaped =
      windlass::unescape_field_selector_value(windlass::escape_field_selector_value(text));
  check(unescaped.has_value());
  bool ascii = true;
  for (char c : text) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (ascii) check(*unescaped == text);
}

void fuzz_validators(std::string_view text) {
  bool label = windlass::is_dns1123_label(text).empty();
  bool subdomain = windlass::is_dns1123_subdomain(text).empty();
  bool dns1035 = windlass::is_dns1035_label(text).empty();
  check(!label || subdomain);
  check(!dns1035 || label);
  if (windlass::is_qualified_name(text).empty()) {
    // A valid label key is a valid selector on its own.
    auto sel = Selector::parse(text);
    check(sel.has_value() && sel->to_string() == text);
  }
  (void)windlass::is_valid_label_value(text);
  (void)windlass::is_wildcard_dns1123_subdomain(text);
  (void)windlass::is_c_identifier(text);
  (void)windlass::is_valid_port_name(text);
  (void)windlass::is_env_var_name(text);
  (void)windlass::is_config_map_key(text);
  (void)windlass::name_is_dns_subdomain(text, true);
  (void)windlass::name_is_dns_label(text, true);
  (void)windlass::name_is_dns1035_label(text, true);
  (void)windlass::is_valid_path_segment_name(text);
}

void fuzz_label_selector_json(std::string_view text) {
  auto j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return;
  auto decoded = windlass::label_selector_from_json(j);
  if (!decoded) return;
  (void)windlass::validate_label_selector(*decoded, {}, "spec.selector");
  (void)windlass::label_selector_as_map(*decoded);
  auto sel = windlass::label_selector_as_selector(*decoded);
  if (!sel) return;
  auto reparsed = Selector::parse(sel->to_string());
  check(reparsed.has_value());
  auto labels = probe_labels(*sel);
  check(sel->matches(labels) == reparsed->matches(labels));
  nlohmann::json back = *decoded;
  auto round = windlass::label_selector_from_json(back);
  check(round.has_value() && *round == *decoded);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  fuzz_label_selector(text);
  fuzz_field_selector(text);
  fuzz_escaping(text);
  fuzz_validators(text);
  if (!text.empty() && (text.front() == '{' || text.front() == '[')) fuzz_label_selector_json(text);
  return 0;
}
