#include <windlass/olm/image_reference.h>

#include <cctype>

namespace windlass::olm {

namespace {

bool alnum_lower(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }
bool alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }
bool word(char c) { return alnum(c) || c == '_'; }
bool hex(char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; }

Error invalid(std::string msg) { return Error(ErrorCode::kInvalid, std::move(msg)); }

// domain-component ('.' domain-component)* (':' port)?, or [ipv6] (':' port)?
bool valid_domain(std::string_view d) {
  if (d.empty()) return false;
  std::string_view host = d;
  auto colon = d.rfind(':');
  if (d.front() == '[') {
    auto close = d.find(']');
    if (close == std::string_view::npos || close < 2) return false;
    for (char c : d.substr(1, close - 1))
      if (!hex(c) && c != ':') return false;
    std::string_view rest = d.substr(close + 1);
    if (rest.empty()) return true;
    if (rest[0] != ':' || rest.size() == 1) return false;
    for (char c : rest.substr(1))
      if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    return true;
  }
  if (colon != std::string_view::npos) {
    host = d.substr(0, colon);
    std::string_view port = d.substr(colon + 1);
    if (port.empty()) return false;
    for (char c : port)
      if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  std::size_t pos = 0;
  while (true) {
    auto dot = host.find('.', pos);
    std::string_view comp = host.substr(pos, dot == std::string_view::npos ? std::string_view::npos : dot - pos);
    if (comp.empty() || !alnum(comp.front()) || !alnum(comp.back())) return false;
    for (char c : comp)
      if (!alnum(c) && c != '-') return false;
    if (dot == std::string_view::npos) break;
    pos = dot + 1;
  }
  return true;
}

// alpha-numeric (separator alpha-numeric)*, separator = [_.] | __ | -+
bool valid_path_component(std::string_view c) {
  if (c.empty() || !alnum_lower(c.front()) || !alnum_lower(c.back())) return false;
  std::size_t i = 0;
  while (i < c.size()) {
    if (alnum_lower(c[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < c.size() && !alnum_lower(c[j])) ++j;
    std::string_view sep = c.substr(i, j - i);
    bool ok = sep == "_" || sep == "." || sep == "__" ||
              sep.find_first_not_of('-') == std::string_view::npos;
    if (!ok) return false;
    i = j;
  }
  return true;
}

bool valid_path(std::string_view p) {
  std::size_t pos = 0;
  while (true) {
    auto slash = p.find('/', pos);
    if (!valid_path_component(p.substr(pos, slash == std::string_view::npos ? std::string_view::npos : slash - pos)))
      return false;
    if (slash == std::string_view::npos) return true;
    pos = slash + 1;
  }
}

bool valid_tag(std::string_view t) {
  if (t.empty() || t.size() > 128 || !word(t.front())) return false;
  for (char c : t)
    if (!word(c) && c != '.' && c != '-') return false;
  return true;
}

bool valid_digest_shape(std::string_view d) {
  auto colon = d.find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  std::string_view alg = d.substr(0, colon), h = d.substr(colon + 1);
  if (!std::isalpha(static_cast<unsigned char>(alg.front()))) return false;
  for (std::size_t i = 0; i < alg.size(); ++i) {
    char c = alg[i];
    if (alnum(c)) continue;
    if ((c == '-' || c == '_' || c == '+' || c == '.') && i + 1 < alg.size() &&
        std::isalpha(static_cast<unsigned char>(alg[i + 1])))
      continue;
    return false;
  }
  if (h.size() < 32) return false;
  for (char c : h)
    if (!hex(c)) return false;
  return true;
}

// The reference grammar on a fully qualified "domain/path[:tag][@digest]".
Result<ImageReference> parse_qualified(std::string_view s) {
  ImageReference r;
  std::string_view rest = s;
  auto at = rest.find('@');
  if (at != std::string_view::npos) {
    r.digest = std::string(rest.substr(at + 1));
    rest = rest.substr(0, at);
    if (!valid_digest_shape(r.digest)) return invalid("invalid reference format");
  }
  auto slash = rest.find('/');
  if (slash == std::string_view::npos) return invalid("invalid reference format");
  std::string_view domain = rest.substr(0, slash);
  std::string_view remainder = rest.substr(slash + 1);
  auto colon = remainder.rfind(':');
  if (colon != std::string_view::npos) {
    r.tag = std::string(remainder.substr(colon + 1));
    remainder = remainder.substr(0, colon);
    if (!valid_tag(r.tag)) return invalid("invalid reference format");
  }
  if (!valid_domain(domain) || !valid_path(remainder)) return invalid("invalid reference format");
  if (domain.size() + 1 + remainder.size() > 255)
    return invalid("repository name must not be more than 255 characters");
  r.domain = std::string(domain);
  r.path = std::string(remainder);
  if (!r.digest.empty()) {
    std::string_view alg = std::string_view(r.digest).substr(0, r.digest.find(':'));
    std::string_view h = std::string_view(r.digest).substr(r.digest.find(':') + 1);
    if (alg == "sha256" && h.size() != 64) return invalid("invalid checksum digest length");
    if (alg == "sha512" && h.size() != 128) return invalid("invalid checksum digest length");
    if (alg != "sha256" && alg != "sha384" && alg != "sha512") return invalid("unsupported digest algorithm");
    for (char c : h)
      if (c >= 'A' && c <= 'F') return invalid("invalid checksum digest format");
  }
  return r;
}

}  // namespace

Result<ImageReference> parse_normalized_image(std::string_view s) {
  if (s.size() == 64) {
    bool all_hex = true;
    for (char c : s) all_hex = all_hex && ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    if (all_hex)
      return invalid("invalid repository name (" + std::string(s) +
                     "), cannot specify 64-byte hexadecimal strings");
  }
  if (s.empty()) return invalid("repository name must have at least one component");
  std::string domain, remainder;
  auto i = s.find('/');
  std::string_view first = i == std::string_view::npos ? std::string_view() : s.substr(0, i);
  bool lower_first = true;
  for (char c : first) lower_first = lower_first && !(c >= 'A' && c <= 'Z');
  if (i == std::string_view::npos ||
      (first.find_first_of(".:") == std::string_view::npos && first != "localhost" && lower_first)) {
    domain = "docker.io";
    remainder = std::string(s);
  } else {
    domain = std::string(first);
    remainder = std::string(s.substr(i + 1));
  }
  if (domain == "index.docker.io") domain = "docker.io";
  if (domain == "docker.io" && remainder.find('/') == std::string::npos) remainder = "library/" + remainder;
  std::string remote = remainder.substr(0, remainder.find(':'));
  for (char c : remote)
    if (c >= 'A' && c <= 'Z') return invalid("invalid reference format: repository name must be lowercase");
  return parse_qualified(domain + "/" + remainder);
}

}  // namespace windlass::olm
