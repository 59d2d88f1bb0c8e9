#include <windlass/core/label_selector.h>

#include <windlass/core/validation.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <limits>

namespace windlass {

// Lets label_selector_as_selector build requirements whose empty value list prints as Go's nil
// slice, without making that knob public.
struct RequirementAccess {
  static Result<Requirement> make(std::string key, SelectorOperator op,
                                  std::vector<std::string> values, bool nil_values) {
    return Requirement::make_checked(std::move(key), op, std::move(values), nil_values);
  }
};

namespace {

// strconv.ParseInt(s, 10, 64): optional sign, at least one digit, no overflow.
bool parse_int64(std::string_view s, std::int64_t& out) {
  std::size_t i = 0;
  bool negative = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
    negative = s[i] == '-';
    ++i;
  }
  if (i == s.size()) return false;
  constexpr std::uint64_t kPosMax = std::numeric_limits<std::int64_t>::max();
  const std::uint64_t limit = negative ? kPosMax + 1 : kPosMax;
  std::uint64_t v = 0;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c < '0' || c > '9') return false;
    auto d = static_cast<std::uint64_t>(c - '0');
    if (v > (limit - d) / 10) return false;
    v = v * 10 + d;
  }
  out = negative ? static_cast<std::int64_t>(0 - v) : static_cast<std::int64_t>(v);
  return true;
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i) out += sep;
    out += parts[i];
  }
  return out;
}

// Go's %#v of a []string, which is how field.Invalid prints a value list.
std::string go_string_slice(const std::vector<std::string>& values, bool nil) {
  if (values.empty() && nil) return "[]string(nil)";
  std::string out = "[]string{";
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i) out += ", ";
    out += go_quote(values[i]);
  }
  return out + "}";
}

FieldError invalid_list(std::string field, const std::vector<std::string>& values, bool nil,
                        std::string detail) {
  return FieldError(FieldErrorType::kInvalid, std::move(field), go_string_slice(values, nil),
                    std::move(detail));
}

// labels.validateLabelKey with the parser's nil path, which Go prints as "<nil>".
std::optional<std::string> label_key_error(std::string_view key, std::string field) {
  auto msgs = is_qualified_name(key);
  if (msgs.empty()) return std::nullopt;
  return FieldError::invalid(std::move(field), key, join(msgs, "; ")).to_string();
}

const std::string* lookup_map(const void* labels, const std::string& key) {
  const auto& m = *static_cast<const std::map<std::string, std::string>*>(labels);
  auto it = m.find(key);
  return it == m.end() ? nullptr : &it->second;
}

const std::string* lookup_transparent_map(const void* labels, const std::string& key) {
  const auto& m = *static_cast<const std::map<std::string, std::string, std::less<>>*>(labels);
  auto it = m.find(key);
  return it == m.end() ? nullptr : &it->second;
}

const std::string* lookup_json(const void* labels, const std::string& key) {
  const auto& j = *static_cast<const nlohmann::json*>(labels);
  if (!j.is_object()) return nullptr;
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return nullptr;
  return &it->get_ref<const std::string&>();
}

const std::string* lookup_none(const void*, const std::string&) { return nullptr; }

// ---- the selector lexer and parser (labels.Lexer / labels.Parser) -------------------------

enum class Tok {
  kEnd,
  kClosedPar,
  kComma,
  kDoesNotExist,
  kDoubleEquals,
  kEquals,
  kGreaterThan,
  kIdentifier,
  kIn,
  kLessThan,
  kNotEquals,
  kNotIn,
  kOpenPar,
};

struct Item {
  Tok tok;
  std::string_view lit;
};

bool is_whitespace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

bool is_special(char c) {
  switch (c) {
    case '=': case '!': case '(': case ')': case ',': case '>': case '<':
      return true;
    default:
      return false;
  }
}

// The operator tokens; false for anything else.
bool special_token(std::string_view s, Tok& tok) {
  if (s == ")") tok = Tok::kClosedPar;
  else if (s == ",") tok = Tok::kComma;
  else if (s == "!") tok = Tok::kDoesNotExist;
  else if (s == "==") tok = Tok::kDoubleEquals;
  else if (s == "=") tok = Tok::kEquals;
  else if (s == ">") tok = Tok::kGreaterThan;
  else if (s == "<") tok = Tok::kLessThan;
  else if (s == "!=") tok = Tok::kNotEquals;
  else if (s == "(") tok = Tok::kOpenPar;
  else return false;
  return true;
}

// A byte-for-byte model of Kubernetes' lexer, including how it reads a NUL byte: as the end of
// input where a token starts, and as a token terminator (that is consumed) inside one.
class Lexer {
 public:
  explicit Lexer(std::string_view s) : s_(s) {}

  Item lex() {
    char ch = read();
    while (is_whitespace(ch)) ch = read();
    if (ch == 0) return {Tok::kEnd, {}};
    unread();
    return is_special(ch) ? scan_special() : scan_identifier();
  }

 private:
  char read() { return pos_ < s_.size() ? s_[pos_++] : '\0'; }
  void unread() { --pos_; }

  Item scan_identifier() {
    std::size_t start = pos_;
    std::size_t end;
    for (;;) {
      end = pos_;
      char ch = read();
      if (ch == 0) break;
      if (is_special(ch) || is_whitespace(ch)) {
        unread();
        break;
      }
    }
    std::string_view lit = s_.substr(start, end - start);
    if (lit == "in") return {Tok::kIn, lit};
    if (lit == "notin") return {Tok::kNotIn, lit};
    return {Tok::kIdentifier, lit};
  }

  // Longest operator match. Every special character is itself a token, so the first one always
  // yields a token (Kubernetes' ErrorToken branch cannot be reached).
  Item scan_special() {
    std::size_t start = pos_;
    std::size_t len = 0;
    Item last{Tok::kEnd, {}};
    bool have = false;
    for (;;) {
      char ch = read();
      if (ch == 0) break;
      if (!is_special(ch)) {
        unread();
        break;
      }
      ++len;
      Tok tok;
      if (special_token(s_.substr(start, len), tok)) {
        last = {tok, s_.substr(start, len)};
        have = true;
      } else if (have) {
        unread();
        break;
      }
    }
    return last;
  }

  std::string_view s_;
  std::size_t pos_ = 0;
};

enum class Context { kKeyAndOperator, kValues };

std::string found(std::string_view lit, std::string_view expected) {
  std::string out = "found '";
  out += lit;
  out += "', expected: ";
  out += expected;
  return out;
}

class Parser {
 public:
  explicit Parser(std::string_view text) {
    Lexer lexer(text);
    for (;;) {
      Item it = lexer.lex();
      items_.push_back(it);
      if (it.tok == Tok::kEnd) break;
    }
  }

  Result<std::vector<Requirement>> parse() {
    std::vector<Requirement> reqs;
    for (;;) {
      Item it = lookahead(Context::kValues);
      switch (it.tok) {
        case Tok::kIdentifier:
        case Tok::kDoesNotExist: {
          auto r = parse_requirement();
          if (!r) return bad("unable to parse requirement: " + r.error().message());
          reqs.push_back(std::move(r).value());
          Item next = consume(Context::kValues);
          if (next.tok == Tok::kEnd) return reqs;
          if (next.tok != Tok::kComma) return bad(found(next.lit, "',' or 'end of string'"));
          Item after = lookahead(Context::kValues);
          if (after.tok != Tok::kIdentifier && after.tok != Tok::kDoesNotExist) {
            return bad(found(after.lit, "identifier after ','"));
          }
          break;
        }
        case Tok::kEnd:
          return reqs;
        default:
          return bad(found(it.lit, "!, identifier, or 'end of string'"));
      }
    }
  }

 private:
  static Error bad(std::string message) {
    return Error(ErrorCode::kBadRequest, std::move(message));
  }

  // In a value position the keywords "in" and "notin" are plain identifiers.
  static Item in_context(Item it, Context ctx) {
    if (ctx == Context::kValues && (it.tok == Tok::kIn || it.tok == Tok::kNotIn)) {
      it.tok = Tok::kIdentifier;
    }
    return it;
  }
  // The token stream always ends in kEnd, and no grammar rule reads past it; clamping keeps a
  // mistake in that reasoning from reading out of bounds.
  Item lookahead(Context ctx) const {
    return in_context(items_[std::min(pos_, items_.size() - 1)], ctx);
  }
  Item consume(Context ctx) {
    Item it = lookahead(ctx);
    if (pos_ < items_.size()) ++pos_;
    return it;
  }

  Result<Requirement> parse_requirement() {
    Item it = consume(Context::kValues);
    bool does_not_exist = false;
    if (it.tok == Tok::kDoesNotExist) {
      does_not_exist = true;
      it = consume(Context::kValues);
    }
    if (it.tok != Tok::kIdentifier) return bad(found(it.lit, "identifier"));
    if (auto err = label_key_error(it.lit, "<nil>")) return bad(*err);
    std::string key(it.lit);
    Tok next = lookahead(Context::kValues).tok;
    bool bare = next == Tok::kEnd || next == Tok::kComma;
    // "!key" followed by more tokens still yields "!key"; the caller then rejects the leftover.
    if (does_not_exist || bare) {
      return Requirement::make(std::move(key), does_not_exist ? SelectorOperator::kDoesNotExist
                                                              : SelectorOperator::kExists,
                               {});
    }

    Item op_item = consume(Context::kKeyAndOperator);
    SelectorOperator op;
    switch (op_item.tok) {
      case Tok::kIn: op = SelectorOperator::kIn; break;
      case Tok::kEquals: op = SelectorOperator::kEquals; break;
      case Tok::kDoubleEquals: op = SelectorOperator::kDoubleEquals; break;
      case Tok::kGreaterThan: op = SelectorOperator::kGreaterThan; break;
      case Tok::kLessThan: op = SelectorOperator::kLessThan; break;
      case Tok::kNotIn: op = SelectorOperator::kNotIn; break;
      case Tok::kNotEquals: op = SelectorOperator::kNotEquals; break;
      default:
        return bad(found(op_item.lit, "in, notin, =, ==, !=, gt, lt"));
    }

    std::vector<std::string> values;
    if (op == SelectorOperator::kIn || op == SelectorOperator::kNotIn) {
      WINDLASS_RETURN_IF_ERROR(parse_values(values));
    } else {
      WINDLASS_RETURN_IF_ERROR(parse_exact_value(values));
    }
    // Kubernetes collects values in a set and passes its sorted list on.
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    return Requirement::make(std::move(key), op, std::move(values));
  }

  Result<void> parse_values(std::vector<std::string>& values) {
    Item it = consume(Context::kValues);
    if (it.tok != Tok::kOpenPar) {
      std::string msg = "found '";
      msg += it.lit;
      msg += "' expected: '('";  // sic: Kubernetes has no colon here
      return bad(std::move(msg));
    }
    Item first = lookahead(Context::kValues);
    switch (first.tok) {
      case Tok::kIdentifier:
      case Tok::kComma: {
        WINDLASS_RETURN_IF_ERROR(parse_identifiers_list(values));
        if (consume(Context::kValues).tok != Tok::kClosedPar) {
          return bad(found(first.lit, "')'"));
        }
        return ok();
      }
      case Tok::kClosedPar:
        consume(Context::kValues);
        values.emplace_back();
        return ok();
      default:
        return bad(found(first.lit, "',', ')' or identifier"));
    }
  }

  // A possibly empty, comma-separated list of possibly empty identifiers, up to (not including)
  // the closing parenthesis. "(,a)", "(a,)" and "(a,,b)" all include the empty value.
  Result<void> parse_identifiers_list(std::vector<std::string>& values) {
    for (;;) {
      Item it = consume(Context::kValues);
      switch (it.tok) {
        case Tok::kIdentifier: {
          values.emplace_back(it.lit);
          Item next = lookahead(Context::kValues);
          if (next.tok == Tok::kComma) continue;
          if (next.tok == Tok::kClosedPar) return ok();
          return bad(found(next.lit, "',' or ')'"));
        }
        case Tok::kComma: {
          if (values.empty()) values.emplace_back();
          Tok next = lookahead(Context::kValues).tok;
          if (next == Tok::kClosedPar) {
            values.emplace_back();
            return ok();
          }
          if (next == Tok::kComma) {
            consume(Context::kValues);
            values.emplace_back();
          }
          break;
        }
        default:
          return bad(found(it.lit, "',', or identifier"));  // sic: Kubernetes' comma
      }
    }
  }

  Result<void> parse_exact_value(std::vector<std::string>& values) {
    Tok next = lookahead(Context::kValues).tok;
    if (next == Tok::kEnd || next == Tok::kComma) {
      values.emplace_back();
      return ok();
    }
    Item it = consume(Context::kValues);
    if (it.tok != Tok::kIdentifier) return bad(found(it.lit, "identifier"));
    values.emplace_back(it.lit);
    return ok();
  }

  std::vector<Item> items_;
  std::size_t pos_ = 0;
};

void sort_by_key(std::vector<Requirement>& reqs) {
  std::stable_sort(reqs.begin(), reqs.end(),
                   [](const Requirement& a, const Requirement& b) { return a.key() < b.key(); });
}

bool is_set_operator(SelectorOperator op) {
  return op == SelectorOperator::kIn || op == SelectorOperator::kNotIn;
}

// ---- JSON (Go encoding/json's messages) ---------------------------------------------------

std::string_view go_json_kind(const nlohmann::json& j) {
  if (j.is_string()) return "string";
  if (j.is_boolean()) return "bool";
  if (j.is_number()) return "number";
  if (j.is_array()) return "array";
  if (j.is_object()) return "object";
  return "null";
}

Error unmarshal_error(const nlohmann::json& value, std::string_view where,
                      std::string_view go_type) {
  std::string msg = "json: cannot unmarshal ";
  msg += go_json_kind(value);
  msg += where.empty() ? " into Go value" : " into Go struct field ";
  msg += where;
  msg += " of type ";
  msg += go_type;
  return Error(ErrorCode::kBadRequest, std::move(msg));
}

// A string field: null leaves it empty, as in Go.
Result<void> decode_string(const nlohmann::json& j, std::string_view where,
                           std::string_view go_type, std::string& out) {
  if (j.is_null()) return ok();
  if (!j.is_string()) return unmarshal_error(j, where, go_type);
  out = j.get_ref<const std::string&>();
  return ok();
}

Result<LabelSelectorRequirement> decode_requirement(const nlohmann::json& j) {
  LabelSelectorRequirement r;
  if (j.is_null()) return r;
  if (!j.is_object()) {
    return unmarshal_error(j, "LabelSelector.matchExpressions", "v1.LabelSelectorRequirement");
  }
  if (auto it = j.find("key"); it != j.end()) {
    WINDLASS_RETURN_IF_ERROR(
        decode_string(*it, "LabelSelectorRequirement.matchExpressions.key", "string", r.key));
  }
  if (auto it = j.find("operator"); it != j.end()) {
    WINDLASS_RETURN_IF_ERROR(decode_string(*it,
                                           "LabelSelectorRequirement.matchExpressions.operator",
                                           "v1.LabelSelectorOperator", r.op));
  }
  if (auto it = j.find("values"); it != j.end() && !it->is_null()) {
    if (!it->is_array()) {
      return unmarshal_error(*it, "LabelSelectorRequirement.matchExpressions.values", "[]string");
    }
    for (const auto& v : *it) {
      std::string s;
      WINDLASS_RETURN_IF_ERROR(
          decode_string(v, "LabelSelectorRequirement.matchExpressions.values", "string", s));
      r.values.push_back(std::move(s));
    }
  }
  return r;
}

}  // namespace

// ---- SelectorOperator / LabelsView --------------------------------------------------------

std::string_view to_string(SelectorOperator op) {
  switch (op) {
    case SelectorOperator::kEquals: return "=";
    case SelectorOperator::kDoubleEquals: return "==";
    case SelectorOperator::kNotEquals: return "!=";
    case SelectorOperator::kIn: return "in";
    case SelectorOperator::kNotIn: return "notin";
    case SelectorOperator::kExists: return "exists";
    case SelectorOperator::kDoesNotExist: return "!";
    case SelectorOperator::kGreaterThan: return "gt";
    case SelectorOperator::kLessThan: return "lt";
  }
  return "";
}

LabelsView::LabelsView(const std::map<std::string, std::string>& labels)
    : labels_(&labels), lookup_(&lookup_map) {}

LabelsView::LabelsView(const std::map<std::string, std::string, std::less<>>& labels)
    : labels_(&labels), lookup_(&lookup_transparent_map) {}

LabelsView LabelsView::of_json(const nlohmann::json& labels) { return {&labels, &lookup_json}; }

LabelsView LabelsView::none() { return {nullptr, &lookup_none}; }

// ---- Requirement ----------------------------------------------------------------------------

Requirement::Requirement(std::string key, SelectorOperator op, std::vector<std::string> values)
    : key_(std::move(key)), op_(op), values_(std::move(values)) {}

Result<Requirement> Requirement::make(std::string key, SelectorOperator op,
                                      std::vector<std::string> values) {
  return make_checked(std::move(key), op, std::move(values), false);
}

Result<Requirement> Requirement::make_checked(std::string key, SelectorOperator op,
                                              std::vector<std::string> values, bool nil_values) {
  FieldErrors errs;
  if (auto msgs = is_qualified_name(key); !msgs.empty()) {
    errs.push_back(FieldError::invalid("key", key, join(msgs, "; ")));
  }
  std::int64_t bound = 0;
  switch (op) {
    case SelectorOperator::kIn:
    case SelectorOperator::kNotIn:
      if (values.empty()) {
        errs.push_back(invalid_list("values", values, nil_values,
                                    "for 'in', 'notin' operators, values set can't be empty"));
      }
      break;
    case SelectorOperator::kEquals:
    case SelectorOperator::kDoubleEquals:
    case SelectorOperator::kNotEquals:
      if (values.size() != 1) {
        errs.push_back(invalid_list("values", values, nil_values,
                                    "exact-match compatibility requires one single value"));
      }
      break;
    case SelectorOperator::kExists:
    case SelectorOperator::kDoesNotExist:
      if (!values.empty()) {
        errs.push_back(invalid_list("values", values, nil_values,
                                    "values set must be empty for exists and does not exist"));
      }
      break;
    case SelectorOperator::kGreaterThan:
    case SelectorOperator::kLessThan:
      if (values.size() != 1) {
        errs.push_back(invalid_list("values", values, nil_values,
                                    "for 'Gt', 'Lt' operators, exactly one value is required"));
      }
      for (std::size_t i = 0; i < values.size(); ++i) {
        if (!parse_int64(values[i], bound)) {
          errs.push_back(FieldError::invalid("values[" + std::to_string(i) + "]", values[i],
                                             "for 'Gt', 'Lt' operators, the value must be an "
                                             "integer"));
        }
      }
      break;
  }
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (auto msgs = is_valid_label_value(values[i]); !msgs.empty()) {
      errs.push_back(FieldError::invalid("values[" + std::to_string(i) + "][" + key + "]",
                                         values[i], join(msgs, "; ")));
    }
  }
  if (!errs.empty()) return Error(ErrorCode::kInvalid, aggregate(errs));
  Requirement r(std::move(key), op, std::move(values));
  r.bound_ = bound;
  return r;
}

bool Requirement::has_value(const std::string& value) const {
  for (const auto& v : values_)
    if (v == value) return true;
  return false;
}

bool Requirement::matches(LabelsView labels) const {
  const std::string* value = labels.find(key_);
  switch (op_) {
    case SelectorOperator::kIn:
    case SelectorOperator::kEquals:
    case SelectorOperator::kDoubleEquals:
      return value != nullptr && has_value(*value);
    case SelectorOperator::kNotIn:
    case SelectorOperator::kNotEquals:
      return value == nullptr || !has_value(*value);
    case SelectorOperator::kExists:
      return value != nullptr;
    case SelectorOperator::kDoesNotExist:
      return value == nullptr;
    case SelectorOperator::kGreaterThan:
    case SelectorOperator::kLessThan: {
      std::int64_t n;
      if (value == nullptr || !parse_int64(*value, n)) return false;
      return op_ == SelectorOperator::kGreaterThan ? n > bound_ : n < bound_;
    }
  }
  return false;
}

std::string Requirement::to_string() const {
  std::string out;
  out.reserve(key_.size() + 8 + 6 * values_.size());
  if (op_ == SelectorOperator::kDoesNotExist) out += '!';
  out += key_;
  switch (op_) {
    case SelectorOperator::kEquals: out += '='; break;
    case SelectorOperator::kDoubleEquals: out += "=="; break;
    case SelectorOperator::kNotEquals: out += "!="; break;
    case SelectorOperator::kIn: out += " in "; break;
    case SelectorOperator::kNotIn: out += " notin "; break;
    case SelectorOperator::kGreaterThan: out += '>'; break;
    case SelectorOperator::kLessThan: out += '<'; break;
    case SelectorOperator::kExists:
    case SelectorOperator::kDoesNotExist:
      return out;
  }
  if (is_set_operator(op_)) out += '(';
  if (values_.size() == 1) {
    out += values_[0];
  } else if (std::is_sorted(values_.begin(), values_.end())) {
    out += join(values_, ",");
  } else {
    auto sorted = values_;
    std::sort(sorted.begin(), sorted.end());
    out += join(sorted, ",");
  }
  if (is_set_operator(op_)) out += ')';
  return out;
}

// ---- Selector -------------------------------------------------------------------------------

Selector Selector::nothing() {
  Selector s;
  s.nothing_ = true;
  return s;
}

Result<Selector> Selector::parse(std::string_view text) {
  Parser parser(text);
  WINDLASS_TRY(auto reqs, parser.parse());
  sort_by_key(reqs);
  Selector s;
  s.requirements_ = std::move(reqs);
  return s;
}

Selector Selector::from_set(const std::map<std::string, std::string>& labels) {
  Selector s;
  s.requirements_.reserve(labels.size());
  for (const auto& [key, value] : labels) {
    s.requirements_.push_back(Requirement(key, SelectorOperator::kEquals, {value}));
  }
  return s;
}

Result<Selector> Selector::validated_from_set(const std::map<std::string, std::string>& labels) {
  Selector s;
  s.requirements_.reserve(labels.size());
  for (const auto& [key, value] : labels) {
    WINDLASS_TRY(auto r, Requirement::make(key, SelectorOperator::kEquals, {value}));
    s.requirements_.push_back(std::move(r));
  }
  return s;
}

Selector Selector::add(std::vector<Requirement> requirements) const {
  if (nothing_) return *this;
  Selector s = *this;
  for (auto& r : requirements) s.requirements_.push_back(std::move(r));
  sort_by_key(s.requirements_);
  return s;
}

Selector Selector::add(Requirement requirement) const {
  std::vector<Requirement> one;
  one.push_back(std::move(requirement));
  return add(std::move(one));
}

bool Selector::matches(LabelsView labels) const {
  if (nothing_) return false;
  for (const auto& r : requirements_)
    if (!r.matches(labels)) return false;
  return true;
}

std::optional<std::string> Selector::requires_exact_match(std::string_view key) const {
  for (const auto& r : requirements_) {
    if (r.key() != key) continue;
    bool exact = r.op() == SelectorOperator::kEquals || r.op() == SelectorOperator::kDoubleEquals ||
                 r.op() == SelectorOperator::kIn;
    if (exact && r.values().size() == 1) return r.values()[0];
    return std::nullopt;
  }
  return std::nullopt;
}

std::string Selector::to_string() const {
  std::string out;
  for (std::size_t i = 0; i < requirements_.size(); ++i) {
    if (i) out += ',';
    out += requirements_[i].to_string();
  }
  return out;
}

// ---- metav1.LabelSelector -------------------------------------------------------------------

void to_json(nlohmann::json& j, const LabelSelectorRequirement& r) {
  j = nlohmann::json::object();
  j["key"] = r.key;
  j["operator"] = r.op;
  if (!r.values.empty()) j["values"] = r.values;
}

void to_json(nlohmann::json& j, const LabelSelector& s) {
  j = nlohmann::json::object();
  if (!s.match_labels.empty()) j["matchLabels"] = s.match_labels;
  if (!s.match_expressions.empty()) {
    auto& exprs = j["matchExpressions"] = nlohmann::json::array();
    for (const auto& r : s.match_expressions) exprs.push_back(r);
  }
}

void from_json(const nlohmann::json& j, LabelSelectorRequirement& r) {
  auto decoded = decode_requirement(j);
  if (!decoded) throw nlohmann::json::type_error::create(302, decoded.error().message(), &j);
  r = std::move(decoded).value();
}

void from_json(const nlohmann::json& j, LabelSelector& s) {
  auto decoded = label_selector_from_json(j);
  if (!decoded) throw nlohmann::json::type_error::create(302, decoded.error().message(), &j);
  s = std::move(decoded).value();
}

Result<LabelSelector> label_selector_from_json(const nlohmann::json& j) {
  LabelSelector s;
  if (j.is_null()) return s;
  if (!j.is_object()) return unmarshal_error(j, "", "v1.LabelSelector");
  if (auto it = j.find("matchLabels"); it != j.end() && !it->is_null()) {
    if (!it->is_object()) {
      return unmarshal_error(*it, "LabelSelector.matchLabels", "map[string]string");
    }
    for (const auto& [key, value] : it->items()) {
      std::string v;
      WINDLASS_RETURN_IF_ERROR(decode_string(value, "LabelSelector.matchLabels", "string", v));
      s.match_labels[key] = std::move(v);
    }
  }
  if (auto it = j.find("matchExpressions"); it != j.end() && !it->is_null()) {
    if (!it->is_array()) {
      return unmarshal_error(*it, "LabelSelector.matchExpressions",
                             "[]v1.LabelSelectorRequirement");
    }
    for (const auto& e : *it) {
      WINDLASS_TRY(auto r, decode_requirement(e));
      s.match_expressions.push_back(std::move(r));
    }
  }
  return s;
}

Result<Selector> label_selector_as_selector(const LabelSelector& selector) {
  if (selector.match_labels.empty() && selector.match_expressions.empty()) {
    return Selector::everything();
  }
  std::vector<Requirement> reqs;
  reqs.reserve(selector.match_labels.size() + selector.match_expressions.size());
  for (const auto& [key, value] : selector.match_labels) {
    WINDLASS_TRY(auto r, Requirement::make(key, SelectorOperator::kEquals, {value}));
    reqs.push_back(std::move(r));
  }
  for (const auto& expr : selector.match_expressions) {
    SelectorOperator op;
    if (expr.op == kLabelSelectorOpIn) {
      op = SelectorOperator::kIn;
    } else if (expr.op == kLabelSelectorOpNotIn) {
      op = SelectorOperator::kNotIn;
    } else if (expr.op == kLabelSelectorOpExists) {
      op = SelectorOperator::kExists;
    } else if (expr.op == kLabelSelectorOpDoesNotExist) {
      op = SelectorOperator::kDoesNotExist;
    } else {
      return Error(ErrorCode::kInvalid,
                   go_quote(expr.op) + " is not a valid label selector operator");
    }
    WINDLASS_TRY(auto r, RequirementAccess::make(expr.key, op, expr.values, true));
    reqs.push_back(std::move(r));
  }
  return Selector().add(std::move(reqs));
}

Result<Selector> label_selector_as_selector(const std::optional<LabelSelector>& selector) {
  if (!selector) return Selector::nothing();
  return label_selector_as_selector(*selector);
}

Result<std::map<std::string, std::string>> label_selector_as_map(const LabelSelector& selector) {
  std::map<std::string, std::string> out = selector.match_labels;
  for (const auto& expr : selector.match_expressions) {
    if (expr.op == kLabelSelectorOpIn) {
      if (expr.values.size() != 1) {
        return Error(ErrorCode::kInvalid,
                     "operator " + go_quote(expr.op) +
                         " without a single value cannot be converted into the old label "
                         "selector format");
      }
      out[expr.key] = expr.values[0];
    } else if (expr.op == kLabelSelectorOpNotIn || expr.op == kLabelSelectorOpExists ||
               expr.op == kLabelSelectorOpDoesNotExist) {
      return Error(ErrorCode::kInvalid,
                   "operator " + go_quote(expr.op) +
                       " cannot be converted into the old label selector format");
    } else {
      return Error(ErrorCode::kInvalid, go_quote(expr.op) + " is not a valid selector operator");
    }
  }
  return out;
}

Result<LabelSelector> parse_to_label_selector(std::string_view text) {
  auto parsed = Selector::parse(text);
  if (!parsed) {
    std::string msg = "couldn't parse the selector string \"";
    msg += text;
    msg += "\": ";
    msg += parsed.error().message();
    return Error(ErrorCode::kBadRequest, std::move(msg));
  }
  LabelSelector out;
  for (const auto& r : parsed->requirements()) {
    std::string_view op;
    switch (r.op()) {
      case SelectorOperator::kEquals:
      case SelectorOperator::kDoubleEquals:
        out.match_labels[r.key()] = r.values()[0];
        continue;
      case SelectorOperator::kIn: op = kLabelSelectorOpIn; break;
      case SelectorOperator::kNotIn: op = kLabelSelectorOpNotIn; break;
      case SelectorOperator::kExists: op = kLabelSelectorOpExists; break;
      case SelectorOperator::kDoesNotExist: op = kLabelSelectorOpDoesNotExist; break;
      case SelectorOperator::kGreaterThan:
      case SelectorOperator::kLessThan:
        return Error(ErrorCode::kBadRequest,
                     go_quote(to_string(r.op())) + " isn't supported in label selectors");
      case SelectorOperator::kNotEquals:
        return Error(ErrorCode::kBadRequest,
                     go_quote(to_string(r.op())) + " is not a valid label selector operator");
    }
    out.match_expressions.push_back({r.key(), std::string(op), r.values()});
  }
  return out;
}

std::string format_label_selector(const std::optional<LabelSelector>& selector) {
  auto s = label_selector_as_selector(selector);
  if (!s) return "<error>";
  std::string text = s->to_string();
  return text.empty() ? "<none>" : text;
}

FieldErrors validate_label_selector(const LabelSelector& selector,
                                    const LabelSelectorValidationOptions& options,
                                    std::string_view field_path) {
  std::string base(field_path);
  if (!base.empty()) base += '.';
  FieldErrors errs = validate_labels(selector.match_labels, base + "matchLabels");
  for (std::size_t i = 0; i < selector.match_expressions.size(); ++i) {
    for (auto& e : validate_label_selector_requirement(
             selector.match_expressions[i], options,
             base + "matchExpressions[" + std::to_string(i) + "]")) {
      errs.push_back(std::move(e));
    }
  }
  return errs;
}

FieldErrors validate_label_selector_requirement(const LabelSelectorRequirement& requirement,
                                                const LabelSelectorValidationOptions& options,
                                                std::string_view field_path) {
  std::string base(field_path);
  if (!base.empty()) base += '.';
  FieldErrors errs;
  const std::string& op = requirement.op;
  if (op == kLabelSelectorOpIn || op == kLabelSelectorOpNotIn) {
    if (requirement.values.empty()) {
      errs.push_back(FieldError::required(
          base + "values", "must be specified when `operator` is 'In' or 'NotIn'"));
    }
  } else if (op == kLabelSelectorOpExists || op == kLabelSelectorOpDoesNotExist) {
    if (!requirement.values.empty()) {
      errs.push_back(FieldError::forbidden(
          base + "values", "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
    }
  } else if (!options.allow_unknown_operator_in_requirement) {
    errs.push_back(FieldError::invalid(base + "operator", op, "not a valid selector operator"));
  }
  for (auto& e : validate_label_name(requirement.key, base + "key")) errs.push_back(std::move(e));
  if (!options.allow_invalid_label_value_in_selector) {
    for (std::size_t i = 0; i < requirement.values.size(); ++i) {
      for (auto& msg : is_valid_label_value(requirement.values[i])) {
        errs.push_back(FieldError::invalid(base + "values[" + std::to_string(i) + "]",
                                           requirement.values[i], std::move(msg)));
      }
    }
  }
  return errs;
}

}  // namespace windlass
