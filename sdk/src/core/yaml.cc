#include <windlass/core/yaml.h>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <sstream>
#include <unordered_map>

namespace windlass {

namespace {

// Thrown inside the event handler (whose callbacks cannot return errors) and caught at the
// API boundary below; never escapes this file.
struct ConvertError {
  YAML::Mark mark;
  std::string message;
};

constexpr std::string_view kTagPrefix = "tag:yaml.org,2002:";

bool one_of(std::string_view s, std::initializer_list<std::string_view> set) {
  for (auto x : set)
    if (s == x) return true;
  return false;
}

std::optional<int> digit_value(char c, int base) {
  int v;
  if (c >= '0' && c <= '9') v = c - '0';
  else if (c >= 'a' && c <= 'z') v = c - 'a' + 10;
  else if (c >= 'A' && c <= 'Z') v = c - 'A' + 10;
  else return std::nullopt;
  if (v >= base) return std::nullopt;
  return v;
}

// Go's strconv.ParseInt/ParseUint with base 0 (0x, 0o, 0b and leading-0 octal prefixes).
// Returns the value as a JSON integer (signed when it fits, else unsigned), or nullopt.
std::optional<Json> parse_go_integer(std::string_view s) {
  bool negative = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    negative = s[0] == '-';
    s.remove_prefix(1);
  }
  int base = 10;
  if (s.size() >= 2 && s[0] == '0') {
    char p = s[1];
    if (p == 'x' || p == 'X') base = 16, s.remove_prefix(2);
    else if (p == 'o' || p == 'O') base = 8, s.remove_prefix(2);
    else if (p == 'b' || p == 'B') base = 2, s.remove_prefix(2);
    else base = 8, s.remove_prefix(1);
  }
  if (s.empty()) return std::nullopt;
  std::uint64_t v = 0;
  for (char c : s) {
    auto d = digit_value(c, base);
    if (!d) return std::nullopt;
    if (v > (std::numeric_limits<std::uint64_t>::max() - static_cast<unsigned>(*d)) /
                static_cast<unsigned>(base))
      return std::nullopt;
    v = v * static_cast<unsigned>(base) + static_cast<unsigned>(*d);
  }
  constexpr auto kMaxPos = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
  if (negative) {
    if (v > kMaxPos + 1) return std::nullopt;
    if (v == kMaxPos + 1) return Json(std::numeric_limits<std::int64_t>::min());
    return Json(-static_cast<std::int64_t>(v));
  }
  if (v <= kMaxPos) return Json(static_cast<std::int64_t>(v));
  return Json(v);
}

// go-yaml's float syntax: [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?
bool is_yaml_float(std::string_view s) {
  std::size_t i = 0;
  auto digits = [&] {
    std::size_t start = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    return i > start;
  };
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
  if (i < s.size() && s[i] == '.') {
    ++i;
    if (!digits()) return false;
  } else {
    if (!digits()) return false;
    if (i < s.size() && s[i] == '.') {
      ++i;
      digits();
    }
  }
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    if (!digits()) return false;
  }
  return i == s.size();
}

// A float that Go's encoding/json would print without a fraction becomes an integer, so that
// `replicas: 1.0` or `1e3` reach integer fields as kubectl sends them.
Json number_from_double(double d) {
  if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.2e18)
    return Json(static_cast<std::int64_t>(d));
  return Json(d);
}

std::optional<Json> parse_float(std::string_view s) {
  std::string copy(s);
  char* end = nullptr;
  errno = 0;
  double d = std::strtod(copy.c_str(), &end);
  if (end != copy.c_str() + copy.size()) return std::nullopt;
  if (!std::isfinite(d)) return std::nullopt;
  return number_from_double(d);
}

// go-yaml v2's resolution of an untagged plain scalar (YAML 1.1 booleans included).
Json resolve_plain(const std::string& s, const YAML::Mark& mark) {
  if (one_of(s, {"", "~", "null", "Null", "NULL"})) return nullptr;
  if (one_of(s, {"y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"}))
    return true;
  if (one_of(s, {"n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"}))
    return false;
  if (one_of(s, {".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF",
                 "-.inf", "-.Inf", "-.INF"}))
    throw ConvertError{mark, "unsupported value " + s + ": JSON has no NaN or infinity"};
  char c = s[0];
  if (c == '.') {
    if (auto f = parse_float(s); f && is_yaml_float(s)) return *f;
    return s;
  }
  if ((c >= '0' && c <= '9') || c == '+' || c == '-') {
    std::string plain;
    plain.reserve(s.size());
    for (char ch : s)
      if (ch != '_') plain += ch;
    if (auto i = parse_go_integer(plain)) return *i;
    if (is_yaml_float(plain))
      if (auto f = parse_float(plain)) return *f;
  }
  return s;
}

// Length of the valid UTF-8 sequence at s[i], or 0.
std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
  auto b = static_cast<unsigned char>(s[i]);
  std::size_t n = b < 0x80 ? 1 : (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3
                                : (b & 0xF8) == 0xF0 ? 4 : 0;
  if (n == 0 || i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k)
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 0;
  return n;
}

// yaml-cpp 0.7 decodes the escapes \N and \_ of double-quoted scalars to the single bytes 0x85
// and 0xA0 instead of UTF-8; the input was checked to be valid UTF-8, so any lone byte here
// came from such an escape and is re-encoded.
std::string repair_escapes(const std::string& v) {
  bool clean = true;
  for (std::size_t i = 0; i < v.size() && clean;) {
    std::size_t n = utf8_sequence_length(v, i);
    clean = n != 0;
    i += n;
  }
  if (clean) return v;
  std::string out;
  for (std::size_t i = 0; i < v.size();) {
    std::size_t n = utf8_sequence_length(v, i);
    if (n == 0) {
      auto b = static_cast<unsigned char>(v[i]);
      out += static_cast<char>(0xC0 | (b >> 6));
      out += static_cast<char>(0x80 | (b & 0x3F));
      ++i;
    } else {
      out.append(v, i, n);
      i += n;
    }
  }
  return out;
}

Json resolve_tagged(const std::string& tag, const std::string& raw, const YAML::Mark& mark) {
  const std::string value = tag == "?" ? raw : repair_escapes(raw);
  std::string_view t(tag);
  if (t == "?") return resolve_plain(value, mark);
  if (t == "!" || t.substr(0, kTagPrefix.size()) != kTagPrefix) return value;
  t.remove_prefix(kTagPrefix.size());
  if (t == "str" || t == "binary" || t == "timestamp") return value;
  Json resolved = resolve_plain(value, mark);
  auto fail = [&]() -> Json {
    throw ConvertError{mark, "cannot decode " + value + " as a !!" + std::string(t)};
  };
  if (t == "null") return resolved.is_null() ? resolved : fail();
  if (t == "bool") return resolved.is_boolean() ? resolved : fail();
  if (t == "int") return resolved.is_number_integer() ? resolved : fail();
  if (t == "float") {
    if (!resolved.is_number()) return fail();
    return resolved;
  }
  return value;
}

std::string key_string(const Json& key, const YAML::Mark& mark) {
  switch (key.type()) {
    case Json::value_t::string: return key.get<std::string>();
    case Json::value_t::boolean: return key.get<bool>() ? "true" : "false";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float: return key.dump();
    case Json::value_t::null: throw ConvertError{mark, "unsupported map key: null"};
    default: throw ConvertError{mark, "unsupported map key: a map or sequence"};
  }
}

class JsonBuilder : public YAML::EventHandler {
 public:
  explicit JsonBuilder(const YamlParseOptions& options) : options_(options) {}

  void OnDocumentStart(const YAML::Mark& mark) override {
    document_start_ = mark;
    stack_.clear();
    root_ = nullptr;
  }
  void OnDocumentEnd() override {
    if (!root_.is_null()) documents_.push_back(std::move(root_));
    root_ = nullptr;
  }

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    ++produced_;
    if (is_key_position()) throw ConvertError{mark, "unsupported map key: null"};
    deliver(nullptr, anchor, mark, 1, 0);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    auto it = anchors_.find(anchor);
    if (it == anchors_.end()) throw ConvertError{mark, "unknown anchor referenced"};
    expanded_ += it->second.count;
    produced_ += it->second.count;  // so that anchors containing this alias count it
    if (expanded_ > options_.max_alias_expansion)
      throw ConvertError{mark, "document contains excessive aliasing"};
    if (is_key_position()) {
      set_key(key_string(it->second.value, mark), false, mark);
      return;
    }
    if (stack_.size() + it->second.depth > kMaxJsonDepth) throw depth_error(mark);
    deliver(it->second.value, 0, mark, it->second.count, it->second.depth);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    ++produced_;
    Json v = resolve_tagged(tag, value, mark);
    if (is_key_position()) {
      bool merge = tag == "?" && value == "<<";
      std::string k = key_string(v, mark);
      if (anchor) anchors_[anchor] = {Json(k), 1, 0};
      set_key(std::move(k), merge, mark);
      return;
    }
    deliver(std::move(v), anchor, mark, 1, 0);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(mark, anchor, Json::array(), false);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    open(mark, anchor, Json::object(), true);
  }
  void OnMapEnd() override {
    Frame& f = stack_.back();
    for (const Json& source : f.merges) {
      if (source.is_object()) {
        merge_into(f.value, source);
      } else {
        for (const Json& item : source) merge_into(f.value, item);
      }
    }
    close();
  }

  std::vector<Json> take_documents() { return std::move(documents_); }
  const YAML::Mark& document_start() const { return document_start_; }

 private:
  struct Frame {
    Json value;
    bool is_map;
    YAML::anchor_t anchor;
    YAML::Mark mark;
    std::size_t produced_at_start;
    bool have_key = false;
    bool key_is_merge = false;
    std::string key;
    YAML::Mark key_mark;
    std::vector<Json> merges;
    std::size_t max_child_depth = 0;
  };
  struct Anchored {
    Json value;
    std::size_t count;
    std::size_t depth;  // nesting levels of `value`; 0 for scalars
  };

  static ConvertError depth_error(const YAML::Mark& mark) {
    return {mark, "exceeded max depth of " + std::to_string(kMaxJsonDepth)};
  }

  static void merge_into(Json& target, const Json& source) {
    for (auto it = source.begin(); it != source.end(); ++it)
      if (!target.contains(it.key())) target[it.key()] = it.value();
  }

  bool is_key_position() const {
    return !stack_.empty() && stack_.back().is_map && !stack_.back().have_key;
  }

  void set_key(std::string key, bool merge, const YAML::Mark& mark) {
    Frame& f = stack_.back();
    if (!merge && f.value.contains(key))
      throw ConvertError{mark, "mapping key \"" + key + "\" already defined"};
    f.have_key = true;
    f.key_is_merge = merge;
    f.key = std::move(key);
    f.key_mark = mark;
  }

  void open(const YAML::Mark& mark, YAML::anchor_t anchor, Json empty, bool is_map) {
    if (is_key_position()) throw ConvertError{mark, "unsupported map key: a map or sequence"};
    if (stack_.size() + 1 > kMaxJsonDepth) throw depth_error(mark);
    ++produced_;
    stack_.push_back(Frame{std::move(empty), is_map, anchor, mark, produced_ - 1});
  }

  void close() {
    Frame f = std::move(stack_.back());
    stack_.pop_back();
    deliver(std::move(f.value), f.anchor, f.mark, produced_ - f.produced_at_start,
            f.max_child_depth + 1);
  }

  void deliver(Json v, YAML::anchor_t anchor, const YAML::Mark& mark, std::size_t count,
               std::size_t depth) {
    if (anchor) anchors_[anchor] = {v, count, depth};
    if (stack_.empty()) {
      root_ = std::move(v);
      return;
    }
    Frame& f = stack_.back();
    f.max_child_depth = std::max(f.max_child_depth, depth);
    if (!f.is_map) {
      f.value.push_back(std::move(v));
      return;
    }
    f.have_key = false;
    if (f.key_is_merge) {
      bool ok = v.is_object();
      if (v.is_array()) {
        ok = true;
        for (const auto& item : v) ok = ok && item.is_object();
      }
      if (!ok) throw ConvertError{mark, "map merge requires map or sequence of maps as the value"};
      f.merges.push_back(std::move(v));
      return;
    }
    f.value[f.key] = std::move(v);
  }

  const YamlParseOptions& options_;
  std::vector<Frame> stack_;
  Json root_;
  std::vector<Json> documents_;
  std::unordered_map<YAML::anchor_t, Anchored> anchors_;
  std::size_t produced_ = 0;
  std::size_t expanded_ = 0;
  YAML::Mark document_start_ = YAML::Mark::null_mark();
};

YAML::Mark make_mark(int pos, int line, int column) {
  YAML::Mark m;
  m.pos = pos;
  m.line = line;
  m.column = column;
  return m;
}

// libyaml (and so kubectl) accepts only printable Unicode in a stream: tab, line breaks,
// U+0020..U+007E, U+0085, U+00A0..U+D7FF, U+E000..U+FFFD and U+10000..U+10FFFF, all in valid
// UTF-8. yaml-cpp would pass anything through, so check first.
std::optional<YAML::Mark> first_unacceptable_char(std::string_view s, std::string& why) {
  int line = 0;
  int column = 0;
  for (std::size_t i = 0; i < s.size();) {
    auto b = static_cast<unsigned char>(s[i]);
    std::size_t n = 1;
    std::uint32_t cp = b;
    if (b >= 0x80) {
      if ((b & 0xE0) == 0xC0) n = 2, cp = b & 0x1F;
      else if ((b & 0xF0) == 0xE0) n = 3, cp = b & 0x0F;
      else if ((b & 0xF8) == 0xF0) n = 4, cp = b & 0x07;
      else n = 0;
      bool valid = n != 0 && i + n <= s.size();
      for (std::size_t k = 1; valid && k < n; ++k) {
        auto c = static_cast<unsigned char>(s[i + k]);
        valid = (c & 0xC0) == 0x80;
        cp = (cp << 6) | (c & 0x3F);
      }
      static constexpr std::uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
      valid = valid && cp >= kMin[n] && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF);
      if (!valid) {
        why = "invalid UTF-8";
        return make_mark(static_cast<int>(i), line, column);
      }
    }
    bool printable = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0x7E) ||
                     cp == 0x85 || (cp >= 0xA0 && cp <= 0xD7FF) ||
                     (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000;
    if (!printable) {
      why = "control characters are not allowed";
      return make_mark(static_cast<int>(i), line, column);
    }
    if (cp == '\n') {
      ++line;
      column = 0;
    } else {
      ++column;
    }
    i += n;
  }
  return std::nullopt;
}

std::string position_message(int document, const YAML::Mark& mark, const std::string& msg) {
  std::string s;
  if (document > 1) s = "document " + std::to_string(document) + ": ";
  s += "yaml: ";
  if (!mark.is_null())
    s += "line " + std::to_string(mark.line + 1) + ", column " +
         std::to_string(mark.column + 1) + ": ";
  return s + msg;
}

}  // namespace

Result<std::vector<Json>> yaml_to_json_documents(std::string_view text,
                                                 const YamlParseOptions& options) {
  std::string why;
  if (auto mark = first_unacceptable_char(text, why))
    return Error(ErrorCode::kBadRequest, position_message(1, *mark, why));
  std::istringstream in{std::string(text)};
  JsonBuilder builder(options);
  int document = 0;
  try {
    YAML::Parser parser(in);
    int last_start = -1;
    while (true) {
      ++document;
      if (!parser.HandleNextDocument(builder)) break;
      // yaml-cpp 0.7 returns an empty document without consuming a stray ',' (or other
      // token it cannot start a node with) and would do so forever.
      const YAML::Mark& start = builder.document_start();
      if (start.pos == last_start)
        throw ConvertError{start, "did not find expected node content"};
      last_start = start.pos;
    }
  } catch (const ConvertError& e) {
    return Error(ErrorCode::kBadRequest, position_message(document, e.mark, e.message));
  } catch (const YAML::DeepRecursion& e) {
    // yaml-cpp's own recursion guard trips near 500 levels of nesting.
    return Error(ErrorCode::kBadRequest,
                 position_message(document, e.mark, "exceeded max depth of yaml-cpp's parser"));
  } catch (const YAML::Exception& e) {
    return Error(ErrorCode::kBadRequest, position_message(document, e.mark, e.msg));
  } catch (const std::exception& e) {
    return Error(ErrorCode::kBadRequest, position_message(document, YAML::Mark::null_mark(),
                                                          e.what()));
  }
  return builder.take_documents();
}

Result<Json> yaml_to_json(std::string_view text, const YamlParseOptions& options) {
  WINDLASS_TRY(auto docs, yaml_to_json_documents(text, options));
  if (docs.size() > 1)
    return Error(ErrorCode::kBadRequest,
                 "yaml: expected one document, found " + std::to_string(docs.size()));
  if (docs.empty()) return Json(nullptr);
  return std::move(docs[0]);
}

// ---- emitting --------------------------------------------------------------------------

namespace {

bool is_printable_utf8_or_ascii(unsigned char c) { return c >= 0x20 && c != 0x7F; }

// Text that only a double-quoted scalar with escapes can carry: U+0085, U+2028 and U+2029 are
// line breaks to a YAML reader, U+FEFF a byte order mark, and the C1 controls U+0080..U+009F
// and U+FFFE/U+FFFF are not allowed raw in a YAML stream.
bool needs_escapes(std::string_view s) {
  for (std::size_t i = 0; i + 1 < s.size(); ++i) {
    auto b0 = static_cast<unsigned char>(s[i]);
    auto b1 = static_cast<unsigned char>(s[i + 1]);
    if (b0 == 0xC2 && b1 >= 0x80 && b1 <= 0x9F) return true;
    if (i + 2 < s.size()) {
      auto b2 = static_cast<unsigned char>(s[i + 2]);
      if (b0 == 0xE2 && b1 == 0x80 && (b2 == 0xA8 || b2 == 0xA9)) return true;
      if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) return true;
      if (b0 == 0xEF && b1 == 0xBF && (b2 == 0xBE || b2 == 0xBF)) return true;
    }
  }
  return false;
}

// go-yaml's isBase60Float: [-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)? — YAML 1.1 read
// "1:20" as the number 80, so go-yaml still double-quotes such strings.
bool is_base60_float(std::string_view s) {
  std::size_t i = 0;
  auto digit = [&](std::size_t k) { return k < s.size() && s[k] >= '0' && s[k] <= '9'; };
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
  if (!digit(i)) return false;
  while (digit(i) || (i < s.size() && s[i] == '_')) ++i;
  int groups = 0;
  while (i < s.size() && s[i] == ':') {
    ++i;
    if (digit(i) && s[i] <= '5' && digit(i + 1)) i += 2;
    else if (digit(i)) i += 1;
    else return false;
    ++groups;
  }
  if (groups == 0) return false;
  if (i < s.size() && s[i] == '.') {
    ++i;
    while (digit(i) || (i < s.size() && s[i] == '_')) ++i;
  }
  return i == s.size();
}

// Reads 1 to `max` digits at s[i] into v.
bool read_number(std::string_view s, std::size_t& i, std::size_t max, int& v) {
  std::size_t start = i;
  v = 0;
  while (i < s.size() && i - start < max && s[i] >= '0' && s[i] <= '9') v = v * 10 + (s[i++] - '0');
  return i > start;
}

// Whether go-yaml v2 would take `s` for a timestamp (layouts 2006-1-2T15:4:5.999999999Z07:00,
// the same with 't', "2006-1-2 15:4:5.999999999" and 2006-1-2); such strings are quoted.
bool is_go_yaml_timestamp(std::string_view s) {
  using namespace std::chrono;
  std::size_t i = 0;
  int y, mo, d;
  if (!read_number(s, i, 4, y) || i != 4 || i >= s.size() || s[i++] != '-') return false;
  if (!read_number(s, i, 2, mo) || i >= s.size() || s[i++] != '-') return false;
  if (!read_number(s, i, 2, d)) return false;
  if (!year_month_day{year{y}, month{static_cast<unsigned>(mo)}, day{static_cast<unsigned>(d)}}.ok())
    return false;
  if (i == s.size()) return true;
  char sep = s[i++];
  if (sep != 'T' && sep != 't' && sep != ' ') return false;
  int h, mi, sec;
  if (!read_number(s, i, 2, h) || h > 23 || i >= s.size() || s[i++] != ':') return false;
  if (!read_number(s, i, 2, mi) || mi > 59 || i >= s.size() || s[i++] != ':') return false;
  if (!read_number(s, i, 2, sec) || sec > 59) return false;
  if (i < s.size() && s[i] == '.') {
    std::size_t start = ++i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    if (i == start) return false;
  }
  if (sep == ' ') return i == s.size();
  if (i < s.size() && s[i] == 'Z') return i + 1 == s.size();
  if (i >= s.size() || (s[i] != '+' && s[i] != '-')) return false;
  ++i;
  int zh, zm;
  std::size_t before = i;
  if (!read_number(s, i, 2, zh) || i - before != 2 || i >= s.size() || s[i++] != ':') return false;
  before = i;
  return read_number(s, i, 2, zm) && i - before == 2 && i == s.size();
}

// Strings go-yaml writes double-quoted because plain they would read back as another type.
bool reads_as_other_type(std::string_view s) {
  if (s.empty()) return true;
  try {
    if (!resolve_plain(std::string(s), YAML::Mark::null_mark()).is_string()) return true;
  } catch (const ConvertError&) {
    return true;
  }
  return is_base60_float(s) || is_go_yaml_timestamp(s);
}

// Whether `s` can be written as a plain scalar in block context and read back as the same
// string (libyaml's analysis, restricted to what our output needs).
bool plain_allowed(std::string_view s) {
  if (s.empty() || needs_escapes(s)) return false;
  if (s.front() == ' ' || s.back() == ' ') return false;
  if (s.starts_with("---") || s.starts_with("...")) return false;
  char first = s[0];
  if (std::string_view("#,[]{}&*!|>'\"%@`").find(first) != std::string_view::npos) return false;
  if ((first == '-' || first == '?' || first == ':') && (s.size() == 1 || s[1] == ' '))
    return false;
  if (s.back() == ':') return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80 && !is_printable_utf8_or_ascii(c)) return false;
    if (c == ':' && i + 1 < s.size() && s[i + 1] == ' ') return false;
    if (c == '#' && i > 0 && s[i - 1] == ' ') return false;
  }
  return !reads_as_other_type(s);
}

// Appends scalar text, folding long lines at single spaces as go-yaml's emitter does: once a
// line passes 80 columns, the next foldable space becomes a line break plus the scalar's
// indentation (YAML reads the break back as that space).
class FoldingWriter {
 public:
  FoldingWriter(std::string& out, int indent, bool allow_breaks)
      : out_(out), indent_(indent), allow_breaks_(allow_breaks) {
    auto nl = out_.rfind('\n');
    for (std::size_t i = nl == std::string::npos ? 0 : nl + 1; i < out_.size(); ++i)
      if ((static_cast<unsigned char>(out_[i]) & 0xC0) != 0x80) ++column_;
  }
  void text(std::string_view piece) {
    out_ += piece;
    for (unsigned char c : piece)
      if ((c & 0xC0) != 0x80) ++column_;
    spaces_ = false;
  }
  // One space of the scalar; `foldable` says whether the style allows a break here.
  // Returns true when the space became a line break.
  bool space(bool foldable) {
    bool broke = allow_breaks_ && !spaces_ && column_ > 80 && foldable;
    if (broke) {
      out_ += '\n';
      out_.append(static_cast<std::size_t>(indent_), ' ');
      column_ = indent_;
    } else {
      out_ += ' ';
      ++column_;
    }
    spaces_ = true;
    return broke;
  }

 private:
  std::string& out_;
  int indent_;
  bool allow_breaks_;
  int column_ = 0;
  bool spaces_ = false;
};

void write_double_quoted(std::string& out, std::string_view s, int indent, bool allow_breaks) {
  FoldingWriter w(out, indent, allow_breaks);
  w.text("\"");
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    std::string_view rest = s.substr(i);
    char buf[8];
    if (c == ' ') {
      bool next_space = i + 1 < s.size() && s[i + 1] == ' ';
      if (w.space(i > 0 && i + 1 < s.size()) && next_space) w.text("\\");
      continue;
    }
    // \u rather than \N \L \P: yaml-cpp decodes \N to a lone byte.
    if (c == 0xC2 && rest.size() > 1 && static_cast<unsigned char>(rest[1]) <= 0x9F &&
        static_cast<unsigned char>(rest[1]) >= 0x80) {
      std::snprintf(buf, sizeof buf, "\\u%04X", static_cast<unsigned char>(rest[1]));
      w.text(buf);
      ++i;
      continue;
    }
    if (rest.starts_with("\xE2\x80\xA8")) { w.text("\\u2028"); i += 2; continue; }
    if (rest.starts_with("\xE2\x80\xA9")) { w.text("\\u2029"); i += 2; continue; }
    if (rest.starts_with("\xEF\xBB\xBF")) { w.text("\\uFEFF"); i += 2; continue; }
    if (rest.starts_with("\xEF\xBF\xBE")) { w.text("\\uFFFE"); i += 2; continue; }
    if (rest.starts_with("\xEF\xBF\xBF")) { w.text("\\uFFFF"); i += 2; continue; }
    switch (c) {
      case '"': w.text("\\\""); break;
      case '\\': w.text("\\\\"); break;
      case '\n': w.text("\\n"); break;
      case '\t': w.text("\\t"); break;
      case '\r': w.text("\\r"); break;
      default:
        if (c < 0x20 || c == 0x7F) {
          std::snprintf(buf, sizeof buf, "\\x%02X", c);
          w.text(buf);
        } else {
          w.text(std::string_view(&s[i], 1));
        }
    }
  }
  w.text("\"");
}

bool single_quote_allowed(std::string_view s) {
  if (s.empty()) return true;
  if (needs_escapes(s)) return false;
  for (unsigned char c : s)
    if (c < 0x20 || c == 0x7F) return false;
  return true;
}

// Writes a plain, single- or double-quoted scalar at the cursor; `indent` is where folded
// continuation lines start. Keys never fold. A key "<<" is quoted so that it does not read
// back as a merge key (go-yaml does not, and loses the key); as a value it stays plain, as
// go-yaml writes it.
void write_scalar(std::string& out, std::string_view s, int indent, bool is_key) {
  bool breaks = !is_key;
  if (plain_allowed(s) && !(is_key && s == "<<")) {
    FoldingWriter w(out, indent, breaks);
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (s[i] == ' ') w.space(i + 1 < s.size() && s[i + 1] != ' ');
      else w.text(s.substr(i, 1));
    }
    return;
  }
  if (!s.empty() && !reads_as_other_type(s) && single_quote_allowed(s)) {
    FoldingWriter w(out, indent, breaks);
    w.text("'");
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (s[i] == ' ') w.space(i > 0 && i + 1 < s.size() && s[i + 1] != ' ');
      else w.text(s[i] == '\'' ? "''" : s.substr(i, 1));
    }
    w.text("'");
    return;
  }
  write_double_quoted(out, s, indent, breaks);
}

// Literal block style for multi-line text, when it reads back exactly.
bool literal_allowed(std::string_view s) {
  if (s.empty() || s.front() == ' ' || s.front() == '\n' || needs_escapes(s)) return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c == '\n') {
      if (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '\t')) return false;
      continue;
    }
    if (c < 0x20 && c != '\t') return false;
    if (c == 0x7F) return false;
  }
  return s.back() != ' ' && s.back() != '\t';
}

void emit_literal(std::string& out, std::string_view s, int indent) {
  std::size_t trailing = 0;
  while (trailing < s.size() && s[s.size() - 1 - trailing] == '\n') ++trailing;
  out += trailing == 0 ? "|-" : trailing == 1 ? "|" : "|+";
  out += '\n';
  std::string_view body = s.substr(0, s.size() - trailing);
  // A document that is only a block scalar still indents its content, as go-yaml does.
  std::string pad(static_cast<std::size_t>(indent == 0 ? 2 : indent), ' ');
  std::size_t start = 0;
  while (true) {
    auto nl = body.find('\n', start);
    std::string_view line = body.substr(start, nl == std::string_view::npos ? nl : nl - start);
    if (!line.empty()) out += pad;
    out += line;
    out += '\n';
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
  for (std::size_t i = 1; i < trailing; ++i) out += '\n';
}

void emit_scalar(std::string& out, const Json& v, int indent) {
  switch (v.type()) {
    case Json::value_t::null: out += "null\n"; return;
    case Json::value_t::boolean: out += v.get<bool>() ? "true\n" : "false\n"; return;
    case Json::value_t::string: {
      const auto& s = v.get_ref<const std::string&>();
      if (s.find('\n') != std::string::npos && literal_allowed(s)) {
        emit_literal(out, s, indent);
        return;
      }
      write_scalar(out, s, indent, false);
      out += '\n';
      return;
    }
    default: out += v.dump(); out += '\n'; return;
  }
}

bool is_empty_collection(const Json& v) { return v.is_structured() && v.empty(); }

void emit_node(std::string& out, const Json& v, int indent);

// Emits the entries of a non-empty map, the first one without indentation (the caller has
// already positioned the cursor), the rest at `indent`.
void emit_map_entries(std::string& out, const Json& v, int indent, bool first_inline) {
  std::string pad(static_cast<std::size_t>(indent), ' ');
  bool first = true;
  for (auto it = v.begin(); it != v.end(); ++it) {
    if (!(first && first_inline)) out += pad;
    first = false;
    write_scalar(out, it.key(), indent, true);
    out += ':';
    const Json& child = it.value();
    if (child.is_object() && !child.empty()) {
      out += '\n';
      emit_map_entries(out, child, indent + 2, false);
    } else if (child.is_array() && !child.empty()) {
      out += '\n';
      emit_node(out, child, indent);  // sequences sit at the key's indentation
    } else {
      out += ' ';
      emit_node(out, child, indent + 2);
    }
  }
}

void emit_seq_items(std::string& out, const Json& v, int indent, bool first_inline) {
  std::string pad(static_cast<std::size_t>(indent), ' ');
  bool first = true;
  for (const Json& item : v) {
    if (!(first && first_inline)) out += pad;
    first = false;
    out += "- ";
    if (item.is_object() && !item.empty()) {
      emit_map_entries(out, item, indent + 2, true);
    } else if (item.is_array() && !item.empty()) {
      emit_seq_items(out, item, indent + 2, true);
    } else {
      emit_node(out, item, indent + 2);
    }
  }
}

void emit_node(std::string& out, const Json& v, int indent) {
  if (is_empty_collection(v)) {
    out += v.is_object() ? "{}\n" : "[]\n";
  } else if (v.is_object()) {
    emit_map_entries(out, v, indent, false);
  } else if (v.is_array()) {
    emit_seq_items(out, v, indent, false);
  } else {
    emit_scalar(out, v, indent);
  }
}

}  // namespace

std::string to_yaml(const Json& value) {
  std::string out;
  emit_node(out, value, 0);
  return out;
}

std::string to_yaml_documents(const std::vector<Json>& values) {
  std::string out;
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i) out += "---\n";
    out += to_yaml(values[i]);
  }
  return out;
}

}  // namespace windlass
