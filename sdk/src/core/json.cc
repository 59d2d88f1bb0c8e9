#include <windlass/core/json.h>

#include <algorithm>

namespace windlass {

namespace {

// Line and column (1-based) of a byte offset.
std::pair<int, int> line_col(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  int line = 1;
  int col = 1;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++line;
      col = 1;
    } else {
      ++col;
    }
  }
  return {line, col};
}

// The depth scan runs before nlohmann parses, so hostile nesting costs one linear pass.
Result<void> check_depth(std::string_view text, std::size_t max_depth) {
  std::size_t depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\0') {
      auto [l, col] = line_col(text, i);
      return Error(ErrorCode::kBadRequest, "json: line " + std::to_string(l) + ", column " +
                                               std::to_string(col) +
                                               ": invalid character '\\x00' in JSON text");
    }
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == '"') in_string = true;
    else if (c == '{' || c == '[') {
      if (++depth > max_depth) {
        auto [l, col] = line_col(text, i);
        return Error(ErrorCode::kBadRequest,
                     "json: line " + std::to_string(l) + ", column " + std::to_string(col) +
                         ": exceeded max depth of " + std::to_string(max_depth));
      }
    } else if ((c == '}' || c == ']') && depth > 0) {
      --depth;
    }
  }
  return ok();
}

// nlohmann messages look like "[json.exception.parse_error.101] parse error at line 1,
// column 5: syntax error while parsing value - invalid literal; last read: 'tru,'".
// Keep the part after the position, which is the useful description.
std::string describe(const nlohmann::json::parse_error& e) {
  std::string what = e.what();
  auto pos = what.find(": ", what.find("column"));
  if (pos != std::string::npos) return what.substr(pos + 2);
  return what;
}

}  // namespace

Result<Json> parse_json(std::string_view text, const JsonParseOptions& options) {
  WINDLASS_RETURN_IF_ERROR(check_depth(text, options.max_depth));
  try {
    return Json::parse(text.data(), text.data() + text.size());
  } catch (const nlohmann::json::parse_error& e) {
    auto [l, c] = line_col(text, e.byte == 0 ? 0 : e.byte - 1);
    return Error(ErrorCode::kBadRequest, "json: line " + std::to_string(l) + ", column " +
                                             std::to_string(c) + ": " + describe(e));
  } catch (const std::exception& e) {
    return Error(ErrorCode::kBadRequest, std::string("json: ") + e.what());
  }
}

std::string to_json_string(const Json& value) {
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string to_pretty_json_string(const Json& value) {
  return value.dump(4, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string_view json_type_name(const Json& value) {
  switch (value.type()) {
    case Json::value_t::object: return "object";
    case Json::value_t::array: return "array";
    case Json::value_t::string: return "string";
    case Json::value_t::boolean: return "boolean";
    case Json::value_t::null: return "null";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float: return "number";
    default: return "unknown";
  }
}

}  // namespace windlass
