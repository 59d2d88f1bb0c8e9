#include <windlass/core/validation.h>

#include <algorithm>

namespace windlass {

namespace {

// The regexes Kubernetes quotes in its messages. Matching below is hand-written; these strings
// only have to be byte-identical to apimachinery's so that messages compare equal.
constexpr std::string_view kQualifiedNameFmt = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";
constexpr std::string_view kQualifiedNameErrMsg =
    "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an "
    "alphanumeric character";
constexpr std::string_view kLabelValueFmt = "(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?";
constexpr std::string_view kLabelValueErrMsg =
    "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or "
    "'.', and must start and end with an alphanumeric character";
constexpr std::string_view kDns1123LabelFmt = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
constexpr std::string_view kDns1123LabelErrMsg =
    "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and "
    "must start and end with an alphanumeric character";
constexpr std::string_view kDns1123SubdomainFmt =
    "[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*";
constexpr std::string_view kDns1123SubdomainErrMsg =
    "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or "
    "'.', and must start and end with an alphanumeric character";
constexpr std::string_view kDns1035LabelFmt = "[a-z]([-a-z0-9]*[a-z0-9])?";
constexpr std::string_view kDns1035LabelErrMsg =
    "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an "
    "alphabetic character, and end with an alphanumeric character";
constexpr std::string_view kWildcardDns1123SubdomainFmt =
    "\\*\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*";
constexpr std::string_view kWildcardDns1123SubdomainErrMsg =
    "a wildcard DNS-1123 subdomain must start with '*.', followed by a valid DNS subdomain, which "
    "must consist of lower case alphanumeric characters, '-' or '.' and end with an alphanumeric "
    "character";
constexpr std::string_view kCIdentifierFmt = "[A-Za-z_][A-Za-z0-9_]*";
constexpr std::string_view kCIdentifierErrMsg =
    "a valid C identifier must start with alphabetic character or '_', followed by a string of "
    "alphanumeric characters or '_'";
constexpr std::string_view kPercentFmt = "[0-9]+%";
constexpr std::string_view kPercentErrMsg =
    "a valid percent string must be a numeric string followed by an ending '%'";
constexpr std::string_view kHttpHeaderNameFmt = "[-A-Za-z0-9]+";
constexpr std::string_view kHttpHeaderNameErrMsg =
    "a valid HTTP header must consist of alphanumeric characters or '-'";
constexpr std::string_view kEnvVarNameFmt = "[-._a-zA-Z][-._a-zA-Z0-9]*";
constexpr std::string_view kEnvVarNameErrMsg =
    "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', "
    "or '.', and must not start with a digit";
constexpr std::string_view kConfigMapKeyFmt = "[-._a-zA-Z0-9]+";
constexpr std::string_view kConfigMapKeyErrMsg =
    "a valid config key must consist of alphanumeric characters, '-', '_' or '.'";

constexpr std::int64_t kMaxId = 2147483647;

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_alpha(char c) { return is_lower(c) || (c >= 'A' && c <= 'Z'); }
bool is_alnum(char c) { return is_alpha(c) || is_digit(c); }
bool is_lower_alnum(char c) { return is_lower(c) || is_digit(c); }

// ([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]
bool match_qualified_name_part(std::string_view v) {
  if (v.empty() || !is_alnum(v.front()) || !is_alnum(v.back())) return false;
  return std::all_of(v.begin(), v.end(), [](char c) {
    return is_alnum(c) || c == '-' || c == '_' || c == '.';
  });
}

// [a-z0-9]([-a-z0-9]*[a-z0-9])?
bool match_dns1123_label(std::string_view v) {
  if (v.empty() || !is_lower_alnum(v.front()) || !is_lower_alnum(v.back())) return false;
  return std::all_of(v.begin(), v.end(), [](char c) { return is_lower_alnum(c) || c == '-'; });
}

// Dot-separated RFC 1123 labels.
bool match_dns1123_subdomain(std::string_view v) {
  for (;;) {
    auto dot = v.find('.');
    if (!match_dns1123_label(v.substr(0, dot))) return false;
    if (dot == std::string_view::npos) return true;
    v.remove_prefix(dot + 1);
  }
}

// [a-z]([-a-z0-9]*[a-z0-9])?
bool match_dns1035_label(std::string_view v) {
  return !v.empty() && is_lower(v.front()) && match_dns1123_label(v);
}

std::vector<std::string> has_chdir_prefix(std::string_view v) {
  if (v == ".") return {"must not be '.'"};
  if (v == "..") return {"must not be '..'"};
  if (v.starts_with("..")) return {"must not start with '..'"};
  return {};
}

// apimachinery's maskTrailingDash, including its quirk: it drops the last *two* characters
// before appending the placeholder, so "ab-" is checked as "aa".
std::string_view mask_trailing_dash(std::string_view name, std::string& storage) {
  if (name.size() > 1 && name.back() == '-') {
    storage.assign(name.substr(0, name.size() - 2));
    storage += 'a';
    return storage;
  }
  return name;
}

void append_all(std::vector<std::string>& out, std::vector<std::string>&& more) {
  for (auto& m : more) out.push_back(std::move(m));
}

}  // namespace

std::string max_len_error(std::size_t length) {
  return "must be no more than " + std::to_string(length) + " characters";
}

std::string regex_error(std::string_view msg, std::string_view regex,
                        std::initializer_list<std::string_view> examples) {
  std::string out(msg);
  if (examples.size() == 0) {
    out += " (regex used for validation is '";
  } else {
    out += " (e.g. ";
    bool first = true;
    for (auto ex : examples) {
      if (!first) out += " or ";
      first = false;
      out += '\'';
      out += ex;
      out += "', ";
    }
    out += "regex used for validation is '";
  }
  out += regex;
  out += "')";
  return out;
}

std::string empty_error() { return "must be non-empty"; }

std::string inclusive_range_error(std::int64_t lo, std::int64_t hi) {
  return "must be between " + std::to_string(lo) + " and " + std::to_string(hi) + ", inclusive";
}

std::vector<std::string> is_qualified_name(std::string_view value) {
  std::vector<std::string> errs;
  std::string_view name = value;
  auto slash = value.find('/');
  if (slash != std::string_view::npos) {
    if (value.find('/', slash + 1) != std::string_view::npos) {
      errs.push_back("a qualified name " +
                     regex_error(kQualifiedNameErrMsg, kQualifiedNameFmt,
                                 {"MyName", "my.name", "123-abc"}) +
                     " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')");
      return errs;
    }
    std::string_view prefix = value.substr(0, slash);
    name = value.substr(slash + 1);
    if (prefix.empty()) {
      errs.push_back("prefix part " + empty_error());
    } else {
      for (auto& msg : is_dns1123_subdomain(prefix)) errs.push_back("prefix part " + msg);
    }
  }
  if (name.empty()) {
    errs.push_back("name part " + empty_error());
  } else if (name.size() > kQualifiedNameMaxLength) {
    errs.push_back("name part " + max_len_error(kQualifiedNameMaxLength));
  }
  if (!match_qualified_name_part(name)) {
    errs.push_back("name part " + regex_error(kQualifiedNameErrMsg, kQualifiedNameFmt,
                                              {"MyName", "my.name", "123-abc"}));
  }
  return errs;
}

std::vector<std::string> is_valid_label_value(std::string_view value) {
  std::vector<std::string> errs;
  if (value.size() > kLabelValueMaxLength) errs.push_back(max_len_error(kLabelValueMaxLength));
  if (!value.empty() && !match_qualified_name_part(value)) {
    errs.push_back(
        regex_error(kLabelValueErrMsg, kLabelValueFmt, {"MyValue", "my_value", "12345"}));
  }
  return errs;
}

std::vector<std::string> is_dns1123_label(std::string_view value) {
  std::vector<std::string> errs;
  if (value.size() > kDns1123LabelMaxLength) errs.push_back(max_len_error(kDns1123LabelMaxLength));
  if (!match_dns1123_label(value)) {
    if (match_dns1123_subdomain(value)) {
      errs.push_back("must not contain dots");
    } else {
      errs.push_back(regex_error(kDns1123LabelErrMsg, kDns1123LabelFmt, {"my-name", "123-abc"}));
    }
  }
  return errs;
}

std::vector<std::string> is_dns1123_subdomain(std::string_view value) {
  std::vector<std::string> errs;
  if (value.size() > kDns1123SubdomainMaxLength) {
    errs.push_back(max_len_error(kDns1123SubdomainMaxLength));
  }
  if (!match_dns1123_subdomain(value)) {
    errs.push_back(regex_error(kDns1123SubdomainErrMsg, kDns1123SubdomainFmt, {"example.com"}));
  }
  return errs;
}

std::vector<std::string> is_dns1035_label(std::string_view value) {
  std::vector<std::string> errs;
  if (value.size() > kDns1035LabelMaxLength) errs.push_back(max_len_error(kDns1035LabelMaxLength));
  if (!match_dns1035_label(value)) {
    errs.push_back(regex_error(kDns1035LabelErrMsg, kDns1035LabelFmt, {"my-name", "abc-123"}));
  }
  return errs;
}

std::vector<std::string> is_wildcard_dns1123_subdomain(std::string_view value) {
  std::vector<std::string> errs;
  if (value.size() > kDns1123SubdomainMaxLength) {
    errs.push_back(max_len_error(kDns1123SubdomainMaxLength));
  }
  if (!value.starts_with("*.") || !match_dns1123_subdomain(value.substr(2))) {
    errs.push_back(regex_error(kWildcardDns1123SubdomainErrMsg, kWildcardDns1123SubdomainFmt,
                               {"*.example.com"}));
  }
  return errs;
}

std::vector<std::string> is_c_identifier(std::string_view value) {
  bool ok = !value.empty() && (is_alpha(value.front()) || value.front() == '_') &&
            std::all_of(value.begin(), value.end(),
                        [](char c) { return is_alnum(c) || c == '_'; });
  if (ok) return {};
  return {regex_error(kCIdentifierErrMsg, kCIdentifierFmt, {"my_name", "MY_NAME", "MyName"})};
}

std::vector<std::string> is_valid_port_num(std::int64_t port) {
  return is_in_range(port, 1, 65535);
}

std::vector<std::string> is_valid_port_name(std::string_view port) {
  std::vector<std::string> errs;
  if (port.size() > kPortNameMaxLength) errs.push_back(max_len_error(kPortNameMaxLength));
  bool charset_ok = !port.empty() && std::all_of(port.begin(), port.end(), [](char c) {
    return is_lower_alnum(c) || c == '-';
  });
  if (!charset_ok) {
    errs.push_back("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)");
  }
  if (std::none_of(port.begin(), port.end(), is_lower)) {
    errs.push_back("must contain at least one letter (a-z)");
  }
  if (port.find("--") != std::string_view::npos) {
    errs.push_back("must not contain consecutive hyphens");
  }
  if (!port.empty() && (port.front() == '-' || port.back() == '-')) {
    errs.push_back("must not begin or end with a hyphen");
  }
  return errs;
}

std::vector<std::string> is_in_range(std::int64_t value, std::int64_t lo, std::int64_t hi) {
  if (value >= lo && value <= hi) return {};
  return {inclusive_range_error(lo, hi)};
}

std::vector<std::string> is_valid_user_id(std::int64_t uid) { return is_in_range(uid, 0, kMaxId); }

std::vector<std::string> is_valid_group_id(std::int64_t gid) {
  return is_in_range(gid, 0, kMaxId);
}

std::vector<std::string> is_valid_percent(std::string_view value) {
  bool ok = value.size() >= 2 && value.back() == '%' &&
            std::all_of(value.begin(), value.end() - 1, is_digit);
  if (ok) return {};
  return {regex_error(kPercentErrMsg, kPercentFmt, {"1%", "93%"})};
}

std::vector<std::string> is_http_header_name(std::string_view value) {
  bool ok = !value.empty() && std::all_of(value.begin(), value.end(), [](char c) {
    return is_alnum(c) || c == '-';
  });
  if (ok) return {};
  return {regex_error(kHttpHeaderNameErrMsg, kHttpHeaderNameFmt, {"X-Header-Name"})};
}

std::vector<std::string> is_env_var_name(std::string_view value) {
  std::vector<std::string> errs;
  auto ext = [](char c) { return is_alnum(c) || c == '-' || c == '.' || c == '_'; };
  bool ok = !value.empty() && !is_digit(value.front()) &&
            std::all_of(value.begin(), value.end(), ext);
  if (!ok) {
    errs.push_back(regex_error(kEnvVarNameErrMsg, kEnvVarNameFmt,
                               {"my.env-name", "MY_ENV.NAME", "MyEnvName1"}));
  }
  append_all(errs, has_chdir_prefix(value));
  return errs;
}

std::vector<std::string> is_config_map_key(std::string_view value) {
  std::vector<std::string> errs;
  if (value.size() > kDns1123SubdomainMaxLength) {
    errs.push_back(max_len_error(kDns1123SubdomainMaxLength));
  }
  bool ok = !value.empty() && std::all_of(value.begin(), value.end(), [](char c) {
    return is_alnum(c) || c == '-' || c == '.' || c == '_';
  });
  if (!ok) {
    errs.push_back(regex_error(kConfigMapKeyErrMsg, kConfigMapKeyFmt,
                               {"key.name", "KEY_NAME", "key-name"}));
  }
  append_all(errs, has_chdir_prefix(value));
  return errs;
}

std::vector<std::string> name_is_dns_subdomain(std::string_view name, bool prefix) {
  std::string storage;
  return is_dns1123_subdomain(prefix ? mask_trailing_dash(name, storage) : name);
}

std::vector<std::string> name_is_dns_label(std::string_view name, bool prefix) {
  std::string storage;
  return is_dns1123_label(prefix ? mask_trailing_dash(name, storage) : name);
}

std::vector<std::string> name_is_dns1035_label(std::string_view name, bool prefix) {
  std::string storage;
  return is_dns1035_label(prefix ? mask_trailing_dash(name, storage) : name);
}

std::vector<std::string> is_valid_path_segment_name(std::string_view name) {
  if (name == ".") return {"may not be '.'"};
  if (name == "..") return {"may not be '..'"};
  return is_valid_path_segment_prefix(name);
}

std::vector<std::string> is_valid_path_segment_prefix(std::string_view name) {
  std::vector<std::string> errs;
  if (name.find('/') != std::string_view::npos) errs.push_back("may not contain '/'");
  if (name.find('%') != std::string_view::npos) errs.push_back("may not contain '%'");
  return errs;
}

std::vector<std::string> validate_path_segment_name(std::string_view name, bool prefix) {
  return prefix ? is_valid_path_segment_prefix(name) : is_valid_path_segment_name(name);
}

FieldErrors validate_label_name(std::string_view name, std::string_view field_path) {
  FieldErrors errs;
  for (auto& msg : is_qualified_name(name)) {
    errs.push_back(FieldError::invalid(std::string(field_path), name, std::move(msg)));
  }
  return errs;
}

FieldErrors validate_labels(const std::map<std::string, std::string>& labels,
                            std::string_view field_path) {
  FieldErrors errs;
  for (const auto& [key, value] : labels) {
    for (auto& e : validate_label_name(key, field_path)) errs.push_back(std::move(e));
    for (auto& msg : is_valid_label_value(value)) {
      errs.push_back(FieldError::invalid(std::string(field_path), value, std::move(msg)));
    }
  }
  return errs;
}

}  // namespace windlass
