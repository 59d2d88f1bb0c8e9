// Semantic versions and ranges, reproducing github.com/blang/semver/v4 (semver.go, range.go).
//
// Range parsing deliberately follows blang's string-rewriting pipeline step by step (split on
// spaces, split on "||", rewrite wildcards as text, then parse each comparator) instead of a
// grammar: OLM accepts or rejects a skipRange exactly as that pipeline does, and its quirks (a
// dropped one-character word, `!=1.2.x` matching nothing) are part of what catalogs rely on.
// Go's string functions work on UTF-8 runes where it matters (TrimSpace, IndexFunc(IsDigit), %q),
// so the helpers below decode UTF-8 the way Go's unicode/utf8 does.
#include <windlass/core/semver.h>

#include <windlass/core/field_error.h>

#include <algorithm>
#include <cstddef>
#include <limits>
#include <optional>
#include <utility>

namespace windlass {
namespace {

// --- Go string semantics ---------------------------------------------------------------------

constexpr char32_t kRuneError = 0xFFFD;

struct DecodedRune {
  char32_t rune;
  std::size_t width;
};

bool in_byte_range(unsigned char b, unsigned char lo, unsigned char hi) { return b >= lo && b <= hi; }

// utf8.DecodeRuneInString: invalid or truncated sequences decode as (RuneError, 1).
DecodedRune decode_rune(std::string_view s, std::size_t i) {
  const auto at = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
  const unsigned char b0 = at(0);
  if (b0 < 0x80) return {b0, 1};
  std::size_t width = 0;
  unsigned char lo = 0x80;
  unsigned char hi = 0xBF;
  if (in_byte_range(b0, 0xC2, 0xDF)) {
    width = 2;
  } else if (in_byte_range(b0, 0xE0, 0xEF)) {
    width = 3;
    if (b0 == 0xE0) lo = 0xA0;  // no overlong encodings
    if (b0 == 0xED) hi = 0x9F;  // no surrogates
  } else if (in_byte_range(b0, 0xF0, 0xF4)) {
    width = 4;
    if (b0 == 0xF0) lo = 0x90;  // no overlong encodings
    if (b0 == 0xF4) hi = 0x8F;  // nothing above U+10FFFF
  } else {
    return {kRuneError, 1};
  }
  if (s.size() - i < width || !in_byte_range(at(1), lo, hi)) return {kRuneError, 1};
  for (std::size_t k = 2; k < width; ++k) {
    if (!in_byte_range(at(k), 0x80, 0xBF)) return {kRuneError, 1};
  }
  char32_t r = b0 & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07);
  for (std::size_t k = 1; k < width; ++k) r = (r << 6) | (at(k) & 0x3F);
  return {r, width};
}

// unicode.IsSpace.
bool is_go_space(char32_t r) {
  switch (r) {
    case '\t': case '\n': case '\v': case '\f': case '\r': case ' ':
    case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F:
    case 0x3000:
      return true;
    default:
      return r >= 0x2000 && r <= 0x200A;
  }
}

// unicode.IsDigit: the Unicode 15.0 decimal digits (category Nd), as in Go 1.21 and later. Go's
// IndexFunc(IsDigit) decides where a range comparator's operator ends, so "٣.٠.٠" is a bad
// version rather than a comparator without a version.
bool is_go_digit(char32_t r) {
  if (r < 0x100) return r >= '0' && r <= '9';
  static constexpr std::pair<char32_t, char32_t> kDigitRuns[] = {
      {0x660, 0x669},     {0x6F0, 0x6F9},     {0x7C0, 0x7C9},     {0x966, 0x96F},
      {0x9E6, 0x9EF},     {0xA66, 0xA6F},     {0xAE6, 0xAEF},     {0xB66, 0xB6F},
      {0xBE6, 0xBEF},     {0xC66, 0xC6F},     {0xCE6, 0xCEF},     {0xD66, 0xD6F},
      {0xDE6, 0xDEF},     {0xE50, 0xE59},     {0xED0, 0xED9},     {0xF20, 0xF29},
      {0x1040, 0x1049},   {0x1090, 0x1099},   {0x17E0, 0x17E9},   {0x1810, 0x1819},
      {0x1946, 0x194F},   {0x19D0, 0x19D9},   {0x1A80, 0x1A89},   {0x1A90, 0x1A99},
      {0x1B50, 0x1B59},   {0x1BB0, 0x1BB9},   {0x1C40, 0x1C49},   {0x1C50, 0x1C59},
      {0xA620, 0xA629},   {0xA8D0, 0xA8D9},   {0xA900, 0xA909},   {0xA9D0, 0xA9D9},
      {0xA9F0, 0xA9F9},   {0xAA50, 0xAA59},   {0xABF0, 0xABF9},   {0xFF10, 0xFF19},
      {0x104A0, 0x104A9}, {0x10D30, 0x10D39}, {0x11066, 0x1106F}, {0x110F0, 0x110F9},
      {0x11136, 0x1113F}, {0x111D0, 0x111D9}, {0x112F0, 0x112F9}, {0x11450, 0x11459},
      {0x114D0, 0x114D9}, {0x11650, 0x11659}, {0x116C0, 0x116C9}, {0x11730, 0x11739},
      {0x118E0, 0x118E9}, {0x11950, 0x11959}, {0x11C50, 0x11C59}, {0x11D50, 0x11D59},
      {0x11DA0, 0x11DA9}, {0x11F50, 0x11F59}, {0x16A60, 0x16A69}, {0x16AC0, 0x16AC9},
      {0x16B50, 0x16B59}, {0x1D7CE, 0x1D7FF}, {0x1E140, 0x1E149}, {0x1E2F0, 0x1E2F9},
      {0x1E4F0, 0x1E4F9}, {0x1E950, 0x1E959}, {0x1FBF0, 0x1FBF9},
  };
  for (const auto& [lo, hi] : kDigitRuns) {
    if (r >= lo && r <= hi) return true;
  }
  return false;
}

// strings.TrimSpace.
std::string_view go_trim_space(std::string_view s) {
  std::size_t begin = s.size();
  std::size_t end = 0;
  for (std::size_t i = 0; i < s.size();) {
    const DecodedRune d = decode_rune(s, i);
    if (!is_go_space(d.rune)) {  // RuneError, for an invalid byte, is not a space either
      if (begin == s.size()) begin = i;
      end = i + d.width;
    }
    i += d.width;
  }
  return begin < end ? s.substr(begin, end - begin) : std::string_view();
}

// strings.IndexFunc(s, unicode.IsDigit).
std::size_t go_index_digit(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const DecodedRune d = decode_rune(s, i);
    if (is_go_digit(d.rune)) return i;
    i += d.width;
  }
  return std::string_view::npos;
}

// strings.Split, or strings.SplitN when `limit` > 0: an empty input gives one empty part.
std::vector<std::string_view> go_split(std::string_view s, char sep, std::size_t limit = 0) {
  std::vector<std::string_view> parts;
  while (limit == 0 || parts.size() + 1 < limit) {
    const std::size_t at = s.find(sep);
    if (at == std::string_view::npos) break;
    parts.push_back(s.substr(0, at));
    s.remove_prefix(at + 1);
  }
  parts.push_back(s);
  return parts;
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += sep;
    out += parts[i];
  }
  return out;
}

// strings.Replace(s, from, to, 1).
std::string replace_first(std::string s, std::string_view from, std::string_view to) {
  if (const std::size_t at = s.find(from); at != std::string::npos) s.replace(at, from.size(), to);
  return s;
}

bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

bool is_alphanum(char c) {
  return is_ascii_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
}

bool only_digits(std::string_view s) {
  for (char c : s) {
    if (!is_ascii_digit(c)) return false;
  }
  return true;
}

bool only_alphanum(std::string_view s) {
  for (char c : s) {
    if (!is_alphanum(c)) return false;
  }
  return true;
}

bool has_leading_zeroes(std::string_view s) { return s.size() > 1 && s[0] == '0'; }

Error invalid(std::string message) { return Error(ErrorCode::kInvalid, std::move(message)); }

// strconv.ParseUint(s, 10, 64) for text that is empty or all ASCII digits.
Result<std::uint64_t> go_parse_uint(std::string_view s) {
  if (s.empty() || !only_digits(s)) {
    return invalid("strconv.ParseUint: parsing " + go_quote(s) + ": invalid syntax");
  }
  constexpr std::uint64_t kMax = std::numeric_limits<std::uint64_t>::max();
  std::uint64_t value = 0;
  for (char c : s) {
    const auto digit = static_cast<std::uint64_t>(c - '0');
    if (value > (kMax - digit) / 10) {
      return invalid("strconv.ParseUint: parsing " + go_quote(s) + ": value out of range");
    }
    value = value * 10 + digit;
  }
  return value;
}

// strconv.Atoi on a 64-bit platform; nullopt for any error.
std::optional<std::int64_t> go_atoi(std::string_view s) {
  bool negative = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    negative = s[0] == '-';
    s.remove_prefix(1);
  }
  if (s.empty() || !only_digits(s)) return std::nullopt;
  constexpr std::uint64_t kLimit = std::uint64_t{1} << 63;
  std::uint64_t magnitude = 0;
  for (char c : s) {
    const auto digit = static_cast<std::uint64_t>(c - '0');
    if (magnitude > (kLimit - digit) / 10) return std::nullopt;  // past the int64 range
    magnitude = magnitude * 10 + digit;
  }
  if (!negative && magnitude == kLimit) return std::nullopt;
  // Two's complement negation of the magnitude, which also covers INT64_MIN.
  return static_cast<std::int64_t>(negative ? ~magnitude + 1 : magnitude);
}

// --- blang semver.go ---------------------------------------------------------------------------

Result<PrereleaseIdentifier> parse_prerelease(std::string_view s) {
  if (s.empty()) return invalid("Prerelease is empty");
  PrereleaseIdentifier id;
  if (only_digits(s)) {
    if (has_leading_zeroes(s)) {
      return invalid("Numeric PreRelease version must not contain leading zeroes " + go_quote(s));
    }
    WINDLASS_TRY(id.number, go_parse_uint(s));
    id.numeric = true;
  } else if (only_alphanum(s)) {
    id.text = std::string(s);
  } else {
    return invalid("Invalid character(s) found in prerelease " + go_quote(s));
  }
  return id;
}

// Major, minor and patch share their checks and differ only in the word in the message.
Result<std::uint64_t> parse_component(std::string_view s, std::string_view which) {
  if (!only_digits(s)) {
    return invalid("Invalid character(s) found in " + std::string(which) + " number " +
                   go_quote(s));
  }
  if (has_leading_zeroes(s)) {
    std::string word(which);
    word[0] = static_cast<char>(word[0] - 'a' + 'A');
    return invalid(word + " number must not contain leading zeroes " + go_quote(s));
  }
  return go_parse_uint(s);
}

// --- blang range.go ----------------------------------------------------------------------------

using Words = std::vector<std::string>;
using Groups = std::vector<Words>;

// splitAndTrim: splits on spaces except after '>', '<' or '=', then deletes the remaining
// spaces. Words of one character are dropped, as blang's off-by-one drops them.
Words split_and_trim(std::string_view s) {
  Words words;
  std::size_t last = 0;
  char last_char = 0;
  const auto add = [&](std::string_view word) {
    std::string cleaned;
    for (char c : word) {
      if (c != ' ') cleaned += c;
    }
    words.push_back(std::move(cleaned));
  };
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ' ' && last_char != '>' && last_char != '<' && last_char != '=') {
      if (last + 1 < i) add(s.substr(last, i - last));
      last = i + 1;
    } else if (s[i] != ' ') {
      last_char = s[i];
    }
  }
  if (last + 1 < s.size()) add(s.substr(last));
  return words;
}

// splitORParts. Consecutive "||" words yield an empty group, as in blang.
Result<Groups> split_or_parts(const Words& words) {
  Groups groups;
  std::size_t last = 0;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (words[i] != "||") continue;
    if (i == 0) return invalid("First element in range is '||'");
    groups.emplace_back(words.begin() + static_cast<std::ptrdiff_t>(last),
                        words.begin() + static_cast<std::ptrdiff_t>(i));
    last = i + 1;
  }
  if (last == words.size()) return invalid("Last element in range is '||'");
  groups.emplace_back(words.begin() + static_cast<std::ptrdiff_t>(last), words.end());
  return groups;
}

struct OpAndVersion {
  std::string op;
  std::string version;
};

// splitComparatorVersion: the operator is everything before the first (Unicode) digit.
Result<OpAndVersion> split_comparator_version(std::string_view word) {
  const std::size_t at = go_index_digit(word);
  if (at == std::string_view::npos) {
    return invalid("Could not get version from string: " + go_quote(word));
  }
  return OpAndVersion{std::string(go_trim_space(word.substr(0, at))),
                      std::string(word.substr(at))};
}

enum class Wildcard { kNone, kMajor, kMinor, kPatch };

// getWildcardType: only a last dot-separated part of exactly "x" counts.
Wildcard wildcard_type(std::string_view version) {
  const std::vector<std::string_view> parts = go_split(version, '.');
  if (parts.back() != "x") return Wildcard::kNone;
  switch (parts.size()) {
    case 1: return Wildcard::kMajor;
    case 2: return Wildcard::kMinor;
    case 3: return Wildcard::kPatch;
    default: return Wildcard::kNone;
  }
}

// createVersionFromWildcard: textual replacement of the first ".x.x" and ".x", then a ".0" for
// a two-part result.
std::string flatten_wildcard(std::string_view version) {
  std::string flat = replace_first(std::string(version), ".x.x", ".x");
  flat = replace_first(std::move(flat), ".x", ".0");
  if (go_split(flat, '.').size() == 2) flat += ".0";
  return flat;
}

// incrementMajorVersion (index 0) and incrementMinorVersion (index 1); blang ignores their
// errors, so a failure yields the empty string that later fails to parse.
std::string increment_part(std::string_view version, std::size_t index) {
  Words parts;
  for (std::string_view part : go_split(version, '.')) parts.emplace_back(part);
  if (index >= parts.size()) return "";
  const std::optional<std::int64_t> value = go_atoi(parts[index]);
  if (!value) return "";
  // Go's int addition wraps; do it in unsigned arithmetic to stay defined.
  const auto next = static_cast<std::int64_t>(static_cast<std::uint64_t>(*value) + 1);
  parts[index] = std::to_string(next);
  return join(parts, ".");
}

// expandWildcardVersion: rewrites every word containing an 'x' anywhere.
Result<Groups> expand_wildcards(const Groups& groups) {
  Groups expanded;
  for (const Words& group : groups) {
    Words words;
    for (const std::string& word : group) {
      if (word.find('x') == std::string::npos) {
        words.push_back(word);
        continue;
      }
      WINDLASS_TRY(OpAndVersion split, split_comparator_version(word));
      const Wildcard type = wildcard_type(split.version);
      const std::string flat = flatten_wildcard(split.version);
      std::string op;
      bool increment = false;
      if (split.op == ">") {
        op = ">=";
        increment = true;
      } else if (split.op == ">=") {
        op = ">=";
      } else if (split.op == "<") {
        op = "<";
      } else if (split.op == "<=") {
        op = "<";
        increment = true;
      } else if (split.op.empty() || split.op == "=" || split.op == "==") {
        words.push_back(">=" + flat);
        op = "<";
        increment = true;
      } else if (split.op == "!=" || split.op == "!") {
        words.push_back("<" + flat);
        op = ">=";
        increment = true;
      }
      std::string version;
      if (!increment) {
        version = flat;
      } else if (type == Wildcard::kPatch) {
        version = increment_part(flat, 1);
      } else if (type == Wildcard::kMinor) {
        version = increment_part(flat, 0);
      }
      words.push_back(op + version);
    }
    expanded.push_back(std::move(words));
  }
  return expanded;
}

std::optional<Range::Op> parse_op(std::string_view s) {
  if (s.empty() || s == "=" || s == "==") return Range::Op::kEqual;
  if (s == "!" || s == "!=") return Range::Op::kNotEqual;
  if (s == ">") return Range::Op::kGreater;
  if (s == ">=") return Range::Op::kGreaterEqual;
  if (s == "<") return Range::Op::kLess;
  if (s == "<=") return Range::Op::kLessEqual;
  return std::nullopt;
}

std::string_view op_text(Range::Op op) {
  switch (op) {
    case Range::Op::kEqual: return "=";
    case Range::Op::kNotEqual: return "!=";
    case Range::Op::kGreater: return ">";
    case Range::Op::kGreaterEqual: return ">=";
    case Range::Op::kLess: return "<";
    case Range::Op::kLessEqual: return "<=";
  }
  return "?";
}

}  // namespace

// --- PrereleaseIdentifier ----------------------------------------------------------------------

std::string PrereleaseIdentifier::to_string() const {
  return numeric ? std::to_string(number) : text;
}

std::strong_ordering operator<=>(const PrereleaseIdentifier& a, const PrereleaseIdentifier& b) {
  if (a.numeric != b.numeric) return a.numeric ? std::strong_ordering::less
                                               : std::strong_ordering::greater;
  if (a.numeric) return a.number <=> b.number;
  // Go compares strings bytewise; std::string's compare uses char_traits<char>, which compares
  // as unsigned char, and identifiers are ASCII anyway.
  const int c = a.text.compare(b.text);
  return c < 0 ? std::strong_ordering::less
               : c > 0 ? std::strong_ordering::greater : std::strong_ordering::equal;
}

// --- Version -----------------------------------------------------------------------------------

Version::Version(std::uint64_t major, std::uint64_t minor, std::uint64_t patch)
    : major_(major), minor_(minor), patch_(patch) {}

Result<Version> Version::parse(std::string_view text) {
  if (text.empty()) return invalid("Version string empty");
  const std::vector<std::string_view> parts = go_split(text, '.', 3);
  if (parts.size() != 3) return invalid("No Major.Minor.Patch elements found");

  Version v;
  WINDLASS_TRY(v.major_, parse_component(parts[0], "major"));
  WINDLASS_TRY(v.minor_, parse_component(parts[1], "minor"));

  std::string_view patch = parts[2];
  std::vector<std::string_view> build;
  std::vector<std::string_view> pre;
  if (const std::size_t plus = patch.find('+'); plus != std::string_view::npos) {
    build = go_split(patch.substr(plus + 1), '.');
    patch = patch.substr(0, plus);
  }
  if (const std::size_t dash = patch.find('-'); dash != std::string_view::npos) {
    pre = go_split(patch.substr(dash + 1), '.');
    patch = patch.substr(0, dash);
  }
  WINDLASS_TRY(v.patch_, parse_component(patch, "patch"));

  for (std::string_view id : pre) {
    WINDLASS_TRY(PrereleaseIdentifier parsed, parse_prerelease(id));
    v.pre_.push_back(std::move(parsed));
  }
  for (std::string_view id : build) {
    if (id.empty()) return invalid("Build meta data is empty");
    if (!only_alphanum(id)) {
      return invalid("Invalid character(s) found in build meta data " + go_quote(id));
    }
    v.build_.emplace_back(id);
  }
  return v;
}

Result<Version> Version::parse_tolerant(std::string_view text) {
  std::string_view s = go_trim_space(text);
  if (!s.empty() && s[0] == 'v') s.remove_prefix(1);

  Words parts;
  for (std::string_view part : go_split(s, '.', 3)) {
    std::string p(part);
    if (p.size() > 1) {
      p.erase(0, p.find_first_not_of('0'));  // npos erases everything
      if (p.empty() || !is_ascii_digit(p[0])) p.insert(0, "0");
    }
    parts.push_back(std::move(p));
  }
  if (parts.size() < 3) {
    if (parts.back().find_first_of("+-") != std::string::npos) {
      return invalid("Short version cannot contain PreRelease/Build meta data");
    }
    parts.resize(3, "0");
  }
  return parse(join(parts, "."));
}

std::string Version::to_string() const {
  std::string out = std::to_string(major_) + "." + std::to_string(minor_) + "." +
                    std::to_string(patch_);
  for (std::size_t i = 0; i < pre_.size(); ++i) {
    out += i == 0 ? '-' : '.';
    out += pre_[i].to_string();
  }
  for (std::size_t i = 0; i < build_.size(); ++i) {
    out += i == 0 ? '+' : '.';
    out += build_[i];
  }
  return out;
}

bool operator==(const Version& a, const Version& b) { return (a <=> b) == 0; }

std::weak_ordering operator<=>(const Version& a, const Version& b) {
  if (a.major_ != b.major_) return a.major_ <=> b.major_;
  if (a.minor_ != b.minor_) return a.minor_ <=> b.minor_;
  if (a.patch_ != b.patch_) return a.patch_ <=> b.patch_;
  // A release outranks every prerelease of the same major.minor.patch.
  if (a.pre_.empty() && b.pre_.empty()) return std::weak_ordering::equivalent;
  if (a.pre_.empty()) return std::weak_ordering::greater;
  if (b.pre_.empty()) return std::weak_ordering::less;
  const std::size_t common = std::min(a.pre_.size(), b.pre_.size());
  for (std::size_t i = 0; i < common; ++i) {
    if (const auto c = a.pre_[i] <=> b.pre_[i]; c != 0) return c;
  }
  return a.pre_.size() <=> b.pre_.size();
}

// --- Range -------------------------------------------------------------------------------------

bool Range::Comparator::matches(const Version& v) const {
  const std::weak_ordering c = v <=> version;
  switch (op) {
    case Op::kEqual: return c == 0;
    case Op::kNotEqual: return c != 0;
    case Op::kGreater: return c > 0;
    case Op::kGreaterEqual: return c >= 0;
    case Op::kLess: return c < 0;
    case Op::kLessEqual: return c <= 0;
  }
  return false;
}

Range::Range(std::string text, std::vector<std::vector<Comparator>> alternatives)
    : text_(std::move(text)), alternatives_(std::move(alternatives)) {}

Result<Range> Range::parse(std::string_view text) {
  WINDLASS_TRY(Groups groups, split_or_parts(split_and_trim(text)));
  WINDLASS_TRY(Groups expanded, expand_wildcards(groups));
  std::vector<std::vector<Comparator>> alternatives;
  for (const Words& group : expanded) {
    std::vector<Comparator> comparators;
    for (const std::string& word : group) {
      WINDLASS_TRY(OpAndVersion split, split_comparator_version(word));
      const std::string joined = split.op + split.version;
      const std::optional<Op> op = parse_op(split.op);
      if (!op) {
        return invalid("Could not parse Range " + go_quote(word) + ": Could not parse comparator " +
                       go_quote(split.op) + " in " + go_quote(joined));
      }
      Result<Version> version = Version::parse(split.version);
      if (!version) {
        return invalid("Could not parse Range " + go_quote(word) + ": Could not parse version " +
                       go_quote(split.version) + " in " + go_quote(joined) + ": " +
                       version.error().message());
      }
      comparators.push_back({.op = *op, .version = std::move(version).value()});
    }
    alternatives.push_back(std::move(comparators));
  }
  return Range(std::string(text), std::move(alternatives));
}

bool Range::contains(const Version& v) const {
  for (const std::vector<Comparator>& group : alternatives_) {
    if (group.empty()) continue;  // blang would call a nil func here; see the header
    bool all = true;
    for (const Comparator& c : group) {
      if (!c.matches(v)) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}

std::string Range::expanded_string() const {
  std::string out;
  for (std::size_t g = 0; g < alternatives_.size(); ++g) {
    if (g > 0) out += " || ";
    for (std::size_t i = 0; i < alternatives_[g].size(); ++i) {
      if (i > 0) out += ' ';
      out += op_text(alternatives_[g][i].op);
      out += alternatives_[g][i].version.to_string();
    }
  }
  return out;
}

}  // namespace windlass
