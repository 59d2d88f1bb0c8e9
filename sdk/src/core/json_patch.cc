#include <windlass/core/json_patch.h>

#include <windlass/core/field_error.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace windlass {

namespace {

using nlohmann::json;

// A step that did not apply, as the text evanphx reports; nullopt means it applied.
using Failure = std::optional<std::string>;

constexpr std::string_view kMissingValue = ": missing value";

// The word Go's json.UnmarshalTypeError uses for a JSON value's type.
std::string_view go_type_word(const json& v) {
  switch (v.type()) {
    case json::value_t::object: return "object";
    case json::value_t::array: return "array";
    case json::value_t::string: return "string";
    case json::value_t::boolean: return "bool";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float: return "number";
    default: return "null";
  }
}

std::string unmarshal_type_error(const json& v, std::string_view go_type) {
  std::string s = "json: cannot unmarshal ";
  s += go_type_word(v);
  s += " into Go value of type ";
  s += go_type;
  return s;
}


std::string atoi_error(std::string_view s, std::string_view why) {
  std::string m = "strconv.Atoi: parsing ";
  m += go_quote(s);
  m += ": ";
  m += why;
  return m;
}

// strconv.Atoi: optional sign, decimal digits, leading zeros allowed, int64 range. Go reports
// overflow as soon as it happens, before looking at the characters after it.
Failure go_atoi(std::string_view s, std::int64_t& out) {
  std::string_view digits = s;
  bool negative = false;
  if (!digits.empty() && (digits.front() == '+' || digits.front() == '-')) {
    negative = digits.front() == '-';
    digits.remove_prefix(1);
  }
  if (digits.empty()) return atoi_error(s, "invalid syntax");
  constexpr std::uint64_t kCutoff = UINT64_MAX / 10 + 1;
  std::uint64_t n = 0;
  for (char ch : digits) {
    if (ch < '0' || ch > '9') return atoi_error(s, "invalid syntax");
    if (n >= kCutoff) return atoi_error(s, "value out of range");
    n *= 10;
    const std::uint64_t next = n + static_cast<std::uint64_t>(ch - '0');
    if (next < n) return atoi_error(s, "value out of range");
    n = next;
  }
  constexpr std::uint64_t kMinMagnitude = std::uint64_t{1} << 63;
  if ((!negative && n >= kMinMagnitude) || (negative && n > kMinMagnitude))
    return atoi_error(s, "value out of range");
  if (negative) {
    out = n == kMinMagnitude ? INT64_MIN : -static_cast<std::int64_t>(n);
  } else {
    out = static_cast<std::int64_t>(n);
  }
  return std::nullopt;
}

std::string invalid_index(std::int64_t idx) {
  return "Unable to access invalid index: " + std::to_string(idx) + ": invalid index referenced";
}

// RFC 6901 reference-token decoding in one left-to-right pass, so "~01" is "~1" and not "/".
std::string decode_token(std::string_view token) {
  std::string out;
  out.reserve(token.size());
  for (std::size_t i = 0; i < token.size(); ++i) {
    if (token[i] == '~' && i + 1 < token.size() && (token[i + 1] == '0' || token[i + 1] == '1')) {
      out += token[i + 1] == '1' ? '/' : '~';
      ++i;
    } else {
      out += token[i];
    }
  }
  return out;
}

// Nesting depth of a value (a scalar is 0, `[]` is 1), without recursion.
std::size_t depth_of(const json& v) {
  if (!v.is_structured()) return 0;
  std::size_t deepest = 0;
  std::vector<std::pair<const json*, std::size_t>> stack{{&v, 1}};
  while (!stack.empty()) {
    auto [node, depth] = stack.back();
    stack.pop_back();
    deepest = std::max(deepest, depth);
    for (const auto& child : *node)
      if (child.is_structured()) stack.emplace_back(&child, depth + 1);
  }
  return deepest;
}

// Go's json.Marshal size of a copied value; a null member is a nil node to evanphx and
// copies as zero bytes.
std::int64_t copy_size(const json& v) {
  if (v.is_null()) return 0;
  return static_cast<std::int64_t>(v.dump(-1, ' ', false, json::error_handler_t::replace).size());
}

// Reads a string member ("path", "from") as evanphx's Operation.Path/From do.
Failure read_string(const json& op, const char* name, std::string_view missing, std::string& out) {
  if (!op.is_object()) return std::string(missing);
  auto it = op.find(name);
  if (it == op.end() || it->is_null()) return std::string(missing);
  if (!it->is_string()) return unmarshal_type_error(*it, "string");
  out = it->get<std::string>();
  return std::nullopt;
}

constexpr std::string_view kMissingPath = "operation missing path field: missing value";
constexpr std::string_view kMissingFrom = "operation, missing from field: missing value";

// The "value" member, or nullptr when absent (a present null is a null json).
const json* value_of(const json& op) {
  if (!op.is_object()) return nullptr;
  auto it = op.find("value");
  return it == op.end() ? nullptr : &*it;
}

std::string kind_of(const json& op) {
  if (!op.is_object()) return "unknown";
  auto it = op.find("op");
  if (it == op.end() || !it->is_string()) return "unknown";
  return it->get<std::string>();
}

// Applies operations one by one to a document that is always an object or an array,
// mirroring evanphx's container model: an object member that is missing or null reads as
// "nil" without error, an array index must parse and be in range.
class Patcher {
 public:
  explicit Patcher(const JsonPatchOptions& options) : options_(options) {}

  Failure apply(json& doc, const json& op) {
    const std::string kind = kind_of(op);
    if (kind == "add") return add_op(doc, op);
    if (kind == "remove") return remove_op(doc, op);
    if (kind == "replace") return replace_op(doc, op);
    if (kind == "move") return move_op(doc, op);
    if (kind == "test") return test_op(doc, op);
    if (kind == "copy") return copy_op(doc, op);
    return "Unexpected kind: " + kind;
  }

 private:
  Failure parse_index(const std::string& key, std::int64_t& idx) const {
    if (options_.strict_indices) {
      const bool well_formed =
          !key.empty() && (key == "0" || (key[0] >= '1' && key[0] <= '9')) &&
          std::all_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; });
      if (!well_formed) return atoi_error(key, "invalid syntax");
    }
    return go_atoi(key, idx);
  }

  Failure get(json& con, const std::string& key, json*& out) const {
    out = nullptr;
    if (con.is_object()) {
      auto it = con.find(key);
      if (it != con.end() && !it->is_null()) out = &*it;
      return std::nullopt;
    }
    std::int64_t idx = 0;
    if (auto f = parse_index(key, idx)) return f;
    const auto len = static_cast<std::int64_t>(con.size());
    if (idx < 0) {
      if (idx < -len) return invalid_index(idx);
      idx += len;
    }
    if (idx >= len) return invalid_index(idx);
    json& element = con[static_cast<std::size_t>(idx)];
    if (!element.is_null()) out = &element;
    return std::nullopt;
  }

  Failure set(json& con, const std::string& key, json value) const {
    if (con.is_object()) {
      con[key] = std::move(value);
      return std::nullopt;
    }
    std::int64_t idx = 0;
    if (auto f = parse_index(key, idx)) return f;
    const auto len = static_cast<std::int64_t>(con.size());
    if (idx < 0) {
      if (idx < -len) return invalid_index(idx);
      idx += len;
    }
    if (idx >= len) return invalid_index(idx);
    con[static_cast<std::size_t>(idx)] = std::move(value);
    return std::nullopt;
  }

  Failure add(json& con, const std::string& key, json value) const {
    if (con.is_object()) {
      con[key] = std::move(value);
      return std::nullopt;
    }
    if (key == "-") {
      con.push_back(std::move(value));
      return std::nullopt;
    }
    std::int64_t idx = 0;
    if (auto f = parse_index(key, idx))
      return "value was not a proper array index: '" + key + "': " + *f;
    const auto size = static_cast<std::int64_t>(con.size()) + 1;
    if (idx >= size) return invalid_index(idx);
    if (idx < 0) {
      if (idx < -size) return invalid_index(idx);
      idx += size;
    }
    con.insert(con.begin() + idx, std::move(value));
    return std::nullopt;
  }

  Failure remove(json& con, const std::string& key) const {
    if (con.is_object()) {
      if (con.find(key) == con.end())
        return "Unable to remove nonexistent key: " + key + std::string(kMissingValue);
      con.erase(key);
      return std::nullopt;
    }
    std::int64_t idx = 0;
    if (auto f = parse_index(key, idx)) return f;
    const auto len = static_cast<std::int64_t>(con.size());
    if (idx >= len) return invalid_index(idx);
    if (idx < 0) {
      if (idx < -len) return invalid_index(idx);
      idx += len;
    }
    con.erase(static_cast<std::size_t>(idx));
    return std::nullopt;
  }

  // The container holding the pointer's last token, or nullptr when the path does not
  // resolve (evanphx's findObject). Like evanphx, everything before the first '/' is
  // skipped, and nil members, scalars and bad indices on the way make the path missing.
  // `levels` receives how many containers enclose the target, for the depth limit.
  json* find_container(json& doc, std::string_view path, std::string& key,
                       std::size_t& levels) const {
    std::vector<std::string_view> tokens;
    std::size_t start = 0;
    while (true) {
      const std::size_t slash = path.find('/', start);
      if (slash == std::string_view::npos) {
        tokens.push_back(path.substr(start));
        break;
      }
      tokens.push_back(path.substr(start, slash - start));
      start = slash + 1;
    }
    if (tokens.size() < 2) return nullptr;
    json* cur = &doc;
    for (std::size_t i = 1; i + 1 < tokens.size(); ++i) {
      json* next = nullptr;
      if (get(*cur, decode_token(tokens[i]), next) || next == nullptr) return nullptr;
      if (!next->is_structured()) return nullptr;
      cur = next;
    }
    key = decode_token(tokens.back());
    levels = tokens.size() - 1;
    return cur;
  }

  // Whether `value` placed under `levels` containers nests deeper than kMaxJsonDepth: a
  // copy into its own subtree doubles the depth, and nlohmann recurses once per level. The
  // check is ours (kube-apiserver's decoder only notices when it re-reads the result at 10000
  // levels); it runs before the value is moved in and is reported after evanphx's own errors,
  // which take precedence.
  static bool too_deep(std::size_t levels, const json& value) {
    return levels + depth_of(value) > kMaxJsonDepth;
  }
  static std::string too_deep_error(std::string_view op, const std::string& path) {
    return "error in " + std::string(op) + " for path: '" + path + "': exceeded max depth";
  }

  Failure add_op(json& doc, const json& op) {
    std::string path;
    if (read_string(op, "path", kMissingPath, path))
      return "add operation failed to decode path" + std::string(kMissingValue);
    std::string key;
    std::size_t levels = 0;
    json* con = find_container(doc, path, key, levels);
    if (con == nullptr)
      return "add operation does not apply: doc is missing path: \"" + path + "\"" +
             std::string(kMissingValue);
    const json* value = value_of(op);
    json v = value ? *value : json();
    const bool deep = too_deep(levels, v);
    if (auto f = add(*con, key, std::move(v)))
      return "error in add for path: '" + path + "': " + *f;
    if (deep) return too_deep_error("add", path);
    return std::nullopt;
  }

  Failure remove_op(json& doc, const json& op) {
    std::string path;
    if (read_string(op, "path", kMissingPath, path))
      return "remove operation failed to decode path" + std::string(kMissingValue);
    std::string key;
    std::size_t levels = 0;
    json* con = find_container(doc, path, key, levels);
    if (con == nullptr)
      return "remove operation does not apply: doc is missing path: \"" + path + "\"" +
             std::string(kMissingValue);
    if (auto f = remove(*con, key)) return "error in remove for path: '" + path + "': " + *f;
    return std::nullopt;
  }

  Failure replace_op(json& doc, const json& op) {
    std::string path;
    if (auto f = read_string(op, "path", kMissingPath, path))
      return "replace operation failed to decode path: " + *f;
    const json* value = value_of(op);
    if (path.empty()) {
      // evanphx wraps a nil error here, which is no error at all: a scalar, null or absent
      // value leaves the document as it was.
      if (value == nullptr || !value->is_structured()) return std::nullopt;
      if (too_deep(0, *value)) return too_deep_error("replace", path);
      doc = *value;
      return std::nullopt;
    }
    std::string key;
    std::size_t levels = 0;
    json* con = find_container(doc, path, key, levels);
    if (con == nullptr)
      return "replace operation does not apply: doc is missing path: " + path +
             std::string(kMissingValue);
    json* current = nullptr;
    if (get(*con, key, current))
      return "replace operation does not apply: doc is missing key: " + path +
             std::string(kMissingValue);
    json v = value ? *value : json();
    const bool deep = too_deep(levels, v);
    if (auto f = set(*con, key, std::move(v)))
      return "error in remove for path: '" + path + "': " + *f;
    if (deep) return too_deep_error("replace", path);
    return std::nullopt;
  }

  Failure move_op(json& doc, const json& op) {
    std::string from;
    if (auto f = read_string(op, "from", kMissingFrom, from))
      return "move operation failed to decode from: " + *f;
    std::string from_key;
    std::size_t from_levels = 0;
    json* con = find_container(doc, from, from_key, from_levels);
    if (con == nullptr)
      return "move operation does not apply: doc is missing from path: " + from +
             std::string(kMissingValue);
    json* source = nullptr;
    if (auto f = get(*con, from_key, source))
      return "error in move for path: '" + from_key + "': " + *f;
    json v = source ? std::move(*source) : json();
    if (auto f = remove(*con, from_key))
      return "error in move for path: '" + from_key + "': " + *f;
    std::string path;
    if (auto f = read_string(op, "path", kMissingPath, path))
      return "move operation failed to decode path: " + *f;
    std::string key;
    std::size_t levels = 0;
    con = find_container(doc, path, key, levels);
    if (con == nullptr)
      return "move operation does not apply: doc is missing destination path: " + path +
             std::string(kMissingValue);
    // A value moved no deeper than it was cannot deepen the document, so only a deeper
    // destination pays for measuring it.
    const bool deep = levels > from_levels && too_deep(levels, v);
    if (auto f = add(*con, key, std::move(v)))
      return "error in move for path: '" + path + "': " + *f;
    if (deep) return too_deep_error("move", path);
    return std::nullopt;
  }

  Failure test_op(json& doc, const json& op) {
    std::string path;
    if (auto f = read_string(op, "path", kMissingPath, path))
      return "test operation failed to decode path: " + *f;
    const json* value = value_of(op);
    const std::string failed = "testing value " + path + " failed: test failed";
    if (path.empty()) {
      if (value != nullptr && *value == doc) return std::nullopt;
      return failed;
    }
    std::string key;
    std::size_t levels = 0;
    json* con = find_container(doc, path, key, levels);
    if (con == nullptr)
      return "test operation does not apply: is missing path: " + path +
             std::string(kMissingValue);
    json* current = nullptr;
    if (auto f = get(*con, key, current))
      return "error in test for path: '" + path + "': " + *f;
    // A missing member and a null one are the same nil to evanphx: both pass a null test.
    if (current == nullptr) {
      if (value != nullptr && value->is_null()) return std::nullopt;
      return failed;
    }
    if (value == nullptr || *current != *value) return failed;
    return std::nullopt;
  }

  Failure copy_op(json& doc, const json& op) {
    std::string from;
    if (auto f = read_string(op, "from", kMissingFrom, from))
      return "copy operation failed to decode from: " + *f;
    std::string from_key;
    std::size_t from_levels = 0;
    json* con = find_container(doc, from, from_key, from_levels);
    if (con == nullptr)
      return "copy operation does not apply: doc is missing from path: " + from +
             std::string(kMissingValue);
    json* source = nullptr;
    if (auto f = get(*con, from_key, source))
      return "error in copy for from: '" + from + "': " + *f;
    std::string path;
    if (read_string(op, "path", kMissingPath, path))
      return "copy operation failed to decode path" + std::string(kMissingValue);
    std::string key;
    std::size_t levels = 0;
    con = find_container(doc, path, key, levels);
    if (con == nullptr)
      return "copy operation does not apply: doc is missing destination path: " + path +
             std::string(kMissingValue);
    json v = source ? *source : json();
    copied_ += copy_size(v);
    if (options_.accumulated_copy_size_limit > 0 &&
        copied_ > options_.accumulated_copy_size_limit)
      return "Unable to complete the copy, the accumulated size increase of copy is " +
             std::to_string(copied_) + ", exceeding the limit " +
             std::to_string(options_.accumulated_copy_size_limit);
    const bool deep = too_deep(levels, v);
    if (auto f = add(*con, key, std::move(v))) return "error while adding value during copy: " + *f;
    if (deep) return too_deep_error("copy", path);
    return std::nullopt;
  }

  const JsonPatchOptions& options_;
  std::int64_t copied_ = 0;
};

}  // namespace

Result<nlohmann::json> apply_json_patch(const nlohmann::json& doc, const nlohmann::json& patch,
                                        const JsonPatchOptions& options) {
  // Decoding, as evanphx's DecodePatch into []map[string]*json.RawMessage: null is an empty
  // patch and a null element an operation of unknown kind.
  if (!patch.is_null() && !patch.is_array())
    return Error{ErrorCode::kBadRequest, unmarshal_type_error(patch, "jsonpatch.Patch")};
  if (patch.is_array()) {
    for (const auto& op : patch) {
      if (!op.is_object() && !op.is_null())
        return Error{ErrorCode::kBadRequest, unmarshal_type_error(op, "jsonpatch.Operation")};
    }
  }
  const std::size_t count = patch.is_array() ? patch.size() : 0;
  if (options.max_operations > 0 && count > options.max_operations)
    return Error{ErrorCode::kRequestEntityTooLarge,
                 "The allowed maximum operations in a JSON patch is " +
                     std::to_string(options.max_operations) + ", got " + std::to_string(count)};
  if (!doc.is_structured())
    return Error{ErrorCode::kInvalid, unmarshal_type_error(doc, "jsonpatch.partialDoc")};
  try {
    json out = doc;
    if (count == 0) return out;
    Patcher patcher(options);
    for (const auto& op : patch) {
      if (auto f = patcher.apply(out, op)) return Error{ErrorCode::kInvalid, std::move(*f)};
    }
    return out;
  } catch (const json::exception& e) {
    return Error{ErrorCode::kInternal, std::string("applying JSON patch: ") + e.what()};
  }
}

Result<nlohmann::json> apply_json_patch(const nlohmann::json& doc, std::string_view patch,
                                        const JsonPatchOptions& options) {
  WINDLASS_TRY(nlohmann::json parsed, parse_json(patch));
  return apply_json_patch(doc, parsed, options);
}

Result<nlohmann::json> apply_json_patch(const nlohmann::json& doc, const std::string& patch,
                                        const JsonPatchOptions& options) {
  return apply_json_patch(doc, std::string_view(patch), options);
}

Result<nlohmann::json> apply_json_patch(const nlohmann::json& doc, const char* patch,
                                        const JsonPatchOptions& options) {
  return apply_json_patch(doc, std::string_view(patch == nullptr ? "" : patch), options);
}

}  // namespace windlass
