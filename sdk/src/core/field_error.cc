#include <windlass/core/field_error.h>

#include <cstdio>

namespace windlass {

namespace {

struct TypeInfo {
  FieldErrorType type;
  std::string_view text;
  std::string_view cause;
};

constexpr TypeInfo kTypes[] = {
    {FieldErrorType::kNotFound, "Not found", "FieldValueNotFound"},
    {FieldErrorType::kRequired, "Required value", "FieldValueRequired"},
    {FieldErrorType::kDuplicate, "Duplicate value", "FieldValueDuplicate"},
    {FieldErrorType::kInvalid, "Invalid value", "FieldValueInvalid"},
    {FieldErrorType::kNotSupported, "Unsupported value", "FieldValueNotSupported"},
    {FieldErrorType::kForbidden, "Forbidden", "FieldValueForbidden"},
    {FieldErrorType::kTooLong, "Too long", "FieldValueTooLong"},
    {FieldErrorType::kTooMany, "Too many", "FieldValueTooMany"},
    {FieldErrorType::kInternal, "Internal error", "InternalError"},
    {FieldErrorType::kTypeInvalid, "Invalid value", "FieldValueTypeInvalid"},
};

const TypeInfo& type_info(FieldErrorType t) {
  for (const auto& i : kTypes)
    if (i.type == t) return i;
  return kTypes[3];
}

void append_hex(std::string& out, const char* fmt, unsigned v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, fmt, v);
  out += buf;
}

// Decodes one UTF-8 sequence at s[i]; returns its length, or 0 when invalid.
std::size_t utf8_len(std::string_view s, std::size_t i, unsigned& cp) {
  auto b = static_cast<unsigned char>(s[i]);
  std::size_t n;
  if (b < 0x80) { cp = b; return 1; }
  if ((b & 0xE0) == 0xC0) { n = 2; cp = b & 0x1F; }
  else if ((b & 0xF0) == 0xE0) { n = 3; cp = b & 0x0F; }
  else if ((b & 0xF8) == 0xF0) { n = 4; cp = b & 0x07; }
  else return 0;
  if (i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k) {
    auto c = static_cast<unsigned char>(s[i + k]);
    if ((c & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (c & 0x3F);
  }
  static constexpr unsigned kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kMin[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
}

// An approximation of Go's unicode.IsPrint for non-ASCII code points: C1 controls, the
// Unicode spaces other than U+0020, zero-width and direction marks, line and paragraph
// separators, the BOM and private-use characters are escaped; unassigned code points are not
// (that would need Unicode's tables).
bool is_go_print(unsigned cp) {
  if (cp <= 0xA0) return false;
  if (cp >= 0x2000 && cp <= 0x200F) return false;
  if ((cp >= 0xE000 && cp <= 0xF8FF) || cp >= 0xF0000) return false;
  switch (cp) {
    case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000: case 0xFEFF:
      return false;
    default:
      return true;
  }
}

}  // namespace

std::string go_quote(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  out += '"';
  for (std::size_t i = 0; i < s.size();) {
    unsigned cp = 0;
    std::size_t n = utf8_len(s, i, cp);
    if (n == 0) {
      append_hex(out, "\\x%02x", static_cast<unsigned char>(s[i]));
      ++i;
      continue;
    }
    switch (cp) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\a': out += "\\a"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\v': out += "\\v"; break;
      default:
        if (cp < 0x20 || cp == 0x7F) append_hex(out, "\\x%02x", cp);
        else if (cp < 0x80 || is_go_print(cp)) out.append(s.substr(i, n));
        else if (cp < 0x10000) append_hex(out, "\\u%04x", cp);
        else append_hex(out, "\\U%08x", cp);
    }
    i += n;
  }
  out += '"';
  return out;
}

std::string_view to_string(FieldErrorType type) { return type_info(type).text; }
std::string_view cause_type(FieldErrorType type) { return type_info(type).cause; }

FieldError::FieldError(FieldErrorType type, std::string field,
                       std::optional<std::string> rendered_value, std::string detail)
    : type_(type),
      field_(std::move(field)),
      value_(std::move(rendered_value)),
      detail_(std::move(detail)) {}

FieldError FieldError::invalid(std::string field, std::string_view value, std::string detail) {
  return {FieldErrorType::kInvalid, std::move(field), go_quote(value), std::move(detail)};
}
FieldError FieldError::invalid(std::string field, std::int64_t value, std::string detail) {
  return {FieldErrorType::kInvalid, std::move(field), std::to_string(value), std::move(detail)};
}
FieldError FieldError::invalid(std::string field, bool value, std::string detail) {
  return {FieldErrorType::kInvalid, std::move(field), value ? "true" : "false",
          std::move(detail)};
}
FieldError FieldError::required(std::string field, std::string detail) {
  return {FieldErrorType::kRequired, std::move(field), std::nullopt, std::move(detail)};
}
FieldError FieldError::forbidden(std::string field, std::string detail) {
  return {FieldErrorType::kForbidden, std::move(field), std::nullopt, std::move(detail)};
}
FieldError FieldError::duplicate(std::string field, std::string_view value) {
  return {FieldErrorType::kDuplicate, std::move(field), go_quote(value), {}};
}
FieldError FieldError::not_found(std::string field, std::string_view value) {
  return {FieldErrorType::kNotFound, std::move(field), go_quote(value), {}};
}
FieldError FieldError::not_supported(std::string field, std::string_view value,
                                     const std::vector<std::string>& supported) {
  std::string detail;
  if (!supported.empty()) {
    detail = "supported values: ";
    for (std::size_t i = 0; i < supported.size(); ++i) {
      if (i) detail += ", ";
      detail += go_quote(supported[i]);
    }
  }
  return {FieldErrorType::kNotSupported, std::move(field), go_quote(value), std::move(detail)};
}
FieldError FieldError::too_long(std::string field, std::size_t max_length) {
  return {FieldErrorType::kTooLong, std::move(field), std::nullopt,
          "may not be more than " + std::to_string(max_length) + " bytes"};
}
FieldError FieldError::too_many(std::string field, std::size_t actual, std::size_t max) {
  return {FieldErrorType::kTooMany, std::move(field), std::to_string(actual),
          "must have at most " + std::to_string(max) + " items"};
}
FieldError FieldError::internal(std::string field, std::string detail) {
  return {FieldErrorType::kInternal, std::move(field), std::nullopt, std::move(detail)};
}

std::string FieldError::body() const {
  std::string s(windlass::to_string(type_));
  bool bare = type_ == FieldErrorType::kRequired || type_ == FieldErrorType::kForbidden ||
              type_ == FieldErrorType::kTooLong || type_ == FieldErrorType::kInternal ||
              !value_.has_value();
  if (!bare) {
    s += ": ";
    s += *value_;
  }
  if (!detail_.empty()) {
    s += ": ";
    s += detail_;
  }
  return s;
}

std::string FieldError::to_string() const {
  return field_ + ": " + body();
}

StatusCause FieldError::to_cause() const {
  return {std::string(cause_type(type_)), body(), field_};
}

std::vector<StatusCause> to_causes(const FieldErrors& errs) {
  std::vector<StatusCause> out;
  out.reserve(errs.size());
  for (const auto& e : errs) out.push_back(e.to_cause());
  return out;
}

std::string aggregate(const FieldErrors& errs) {
  std::vector<std::string> msgs;
  for (const auto& e : errs) {
    auto m = e.to_string();
    bool seen = false;
    for (const auto& x : msgs) seen = seen || x == m;
    if (!seen) msgs.push_back(std::move(m));
  }
  if (msgs.empty()) return {};
  if (msgs.size() == 1) return msgs[0];
  std::string s = "[";
  for (std::size_t i = 0; i < msgs.size(); ++i) {
    if (i) s += ", ";
    s += msgs[i];
  }
  return s + "]";
}

}  // namespace windlass
