#include <windlass/core/field_selector.h>

#include <algorithm>

namespace windlass {

namespace {

const std::string* lookup_map(const void* fields, const std::string& field) {
  const auto& m = *static_cast<const std::map<std::string, std::string>*>(fields);
  auto it = m.find(field);
  return it == m.end() ? nullptr : &it->second;
}

// Decodes the rune at s[i] the way Go's `for range` over a string does: a malformed or
// truncated sequence is U+FFFD of width 1.
std::size_t go_decode_rune(std::string_view s, std::size_t i, char32_t& rune) {
  auto b0 = static_cast<unsigned char>(s[i]);
  auto cont = [&](std::size_t k, unsigned lo, unsigned hi) {
    if (i + k >= s.size()) return false;
    auto b = static_cast<unsigned char>(s[i + k]);
    return b >= lo && b <= hi;
  };
  auto bits = [&](std::size_t k) { return static_cast<char32_t>(s[i + k] & 0x3F); };
  if (b0 < 0x80) {
    rune = b0;
    return 1;
  }
  if (b0 >= 0xC2 && b0 <= 0xDF && cont(1, 0x80, 0xBF)) {
    rune = (static_cast<char32_t>(b0 & 0x1F) << 6) | bits(1);
    return 2;
  }
  if (b0 >= 0xE0 && b0 <= 0xEF) {
    unsigned lo = b0 == 0xE0 ? 0xA0 : 0x80;
    unsigned hi = b0 == 0xED ? 0x9F : 0xBF;
    if (cont(1, lo, hi) && cont(2, 0x80, 0xBF)) {
      rune = (static_cast<char32_t>(b0 & 0x0F) << 12) | (bits(1) << 6) | bits(2);
      return 3;
    }
  }
  if (b0 >= 0xF0 && b0 <= 0xF4) {
    unsigned lo = b0 == 0xF0 ? 0x90 : 0x80;
    unsigned hi = b0 == 0xF4 ? 0x8F : 0xBF;
    if (cont(1, lo, hi) && cont(2, 0x80, 0xBF) && cont(3, 0x80, 0xBF)) {
      rune = (static_cast<char32_t>(b0 & 0x07) << 18) | (bits(1) << 12) | (bits(2) << 6) |
             bits(3);
      return 4;
    }
  }
  rune = 0xFFFD;
  return 1;
}

// The bytes Go writes for a decoded rune: the original sequence, or U+FFFD's encoding when the
// input was malformed.
void append_rune(std::string& out, std::string_view s, std::size_t i, std::size_t width,
                 char32_t rune) {
  if (rune == 0xFFFD && width == 1) {
    out += "\xEF\xBF\xBD";
  } else {
    out.append(s.substr(i, width));
  }
}

Error bad(std::string message) { return Error(ErrorCode::kBadRequest, std::move(message)); }

// fields.splitTerms: split at commas not preceded by an escaping backslash, keeping the
// backslashes.
std::vector<std::string_view> split_terms(std::string_view text) {
  std::vector<std::string_view> terms;
  if (text.empty()) return terms;
  std::size_t start = 0;
  bool in_slash = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_slash) {
      in_slash = false;
    } else if (c == '\\') {
      in_slash = true;
    } else if (c == ',') {
      terms.push_back(text.substr(start, i - start));
      start = i + 1;
    }
  }
  terms.push_back(text.substr(start));
  return terms;
}

struct SplitTerm {
  std::string_view lhs;
  FieldOperator op;
  std::string_view rhs;
};

// fields.splitTerm: the first position where "!=", "==" or "=" starts (tried in that order)
// splits the term; the field part has no escaping.
std::optional<SplitTerm> split_term(std::string_view term) {
  for (std::size_t i = 0; i < term.size(); ++i) {
    std::string_view rest = term.substr(i);
    std::string_view lhs = term.substr(0, i);
    if (rest.starts_with("!=")) return SplitTerm{lhs, FieldOperator::kNotEquals, rest.substr(2)};
    if (rest.starts_with("==")) return SplitTerm{lhs, FieldOperator::kEquals, rest.substr(2)};
    if (rest.starts_with("=")) return SplitTerm{lhs, FieldOperator::kEquals, rest.substr(1)};
  }
  return std::nullopt;
}

}  // namespace

FieldsView::FieldsView(const std::map<std::string, std::string>& fields)
    : fields_(&fields), lookup_(&lookup_map) {}

std::string FieldRequirement::to_string() const {
  std::string out = field;
  out += op == FieldOperator::kEquals ? "=" : "!=";
  out += escape_field_selector_value(value);
  return out;
}

std::string escape_field_selector_value(std::string_view value) {
  std::string out;
  out.reserve(value.size());
  for (char c : value) {
    if (c == '\\' || c == ',' || c == '=') out += '\\';
    out += c;
  }
  return out;
}

Result<std::string> unescape_field_selector_value(std::string_view value) {
  if (value.find_first_of("\\,=") == std::string_view::npos) return std::string(value);
  std::string out;
  out.reserve(value.size());
  bool in_slash = false;
  for (std::size_t i = 0; i < value.size();) {
    char32_t rune;
    std::size_t width = go_decode_rune(value, i, rune);
    if (in_slash) {
      if (rune == '\\' || rune == ',' || rune == '=') {
        out += static_cast<char>(rune);
      } else {
        std::string seq = "\\";
        append_rune(seq, value, i, width, rune);
        return bad("invalid field selector: invalid escape sequence: " + seq);
      }
      in_slash = false;
    } else if (rune == '\\') {
      in_slash = true;
    } else if (rune == ',' || rune == '=') {
      // Go prints the rune with %v, i.e. as its code point number.
      return bad("invalid field selector: unescaped character in value: " +
                 std::to_string(static_cast<unsigned>(rune)));
    } else {
      append_rune(out, value, i, width, rune);
    }
    i += width;
  }
  if (in_slash) return bad("invalid field selector: invalid escape sequence: \\");
  return out;
}

FieldSelector FieldSelector::nothing() {
  FieldSelector s;
  s.nothing_ = true;
  return s;
}

Result<FieldSelector> FieldSelector::parse(std::string_view text) {
  auto parts = split_terms(text);
  // Kubernetes sorts the raw terms first, which decides which bad term is reported.
  std::sort(parts.begin(), parts.end());
  std::vector<std::pair<std::string, FieldRequirement>> terms;
  for (std::string_view part : parts) {
    if (part.empty()) continue;
    auto split = split_term(part);
    if (!split) {
      std::string msg = "invalid selector: '";
      msg += text;
      msg += "'; can't understand '";
      msg += part;
      msg += "'";
      return bad(std::move(msg));
    }
    WINDLASS_TRY(std::string value, unescape_field_selector_value(split->rhs));
    // A term with neither field nor value selects everything (Kubernetes drops it in Transform).
    if (split->lhs.empty() && value.empty()) continue;
    FieldRequirement req{std::string(split->lhs), split->op, std::move(value)};
    std::string text_form = req.to_string();
    terms.emplace_back(std::move(text_form), std::move(req));
  }
  // Ordering by canonical text rather than raw text (as Kubernetes does) makes to_string() a
  // fixed point; the two orders differ only for `==` terms and re-encoded invalid UTF-8.
  std::stable_sort(terms.begin(), terms.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  FieldSelector s;
  s.terms_.reserve(terms.size());
  for (auto& t : terms) s.terms_.push_back(std::move(t.second));
  return s;
}

FieldSelector FieldSelector::from_set(const std::map<std::string, std::string>& fields) {
  FieldSelector s;
  s.terms_.reserve(fields.size());
  for (const auto& [field, value] : fields) {
    s.terms_.push_back({field, FieldOperator::kEquals, value});
  }
  return s;
}

FieldSelector FieldSelector::one_term_equal(std::string field, std::string value) {
  FieldSelector s;
  s.terms_.push_back({std::move(field), FieldOperator::kEquals, std::move(value)});
  return s;
}

FieldSelector FieldSelector::one_term_not_equal(std::string field, std::string value) {
  FieldSelector s;
  s.terms_.push_back({std::move(field), FieldOperator::kNotEquals, std::move(value)});
  return s;
}

bool FieldSelector::matches(FieldsView fields) const {
  if (nothing_) return false;
  for (const auto& t : terms_) {
    const std::string* v = fields.find(t.field);
    bool equal = v ? *v == t.value : t.value.empty();
    if (equal != (t.op == FieldOperator::kEquals)) return false;
  }
  return true;
}

std::optional<std::string> FieldSelector::requires_exact_match(std::string_view field) const {
  for (const auto& t : terms_) {
    if (t.op == FieldOperator::kEquals && t.field == field) return t.value;
  }
  return std::nullopt;
}

std::string FieldSelector::to_string() const {
  std::string out;
  for (std::size_t i = 0; i < terms_.size(); ++i) {
    if (i) out += ',';
    out += terms_[i].to_string();
  }
  return out;
}

Result<FieldSelector> FieldSelector::transform(const TransformFn& fn) const {
  if (nothing_) return *this;
  FieldSelector out;
  for (const auto& t : terms_) {
    WINDLASS_TRY(auto rewritten, fn(t.field, t.value));
    if (rewritten.first.empty() && rewritten.second.empty()) continue;
    out.terms_.push_back({std::move(rewritten.first), t.op, std::move(rewritten.second)});
  }
  return out;
}

}  // namespace windlass
