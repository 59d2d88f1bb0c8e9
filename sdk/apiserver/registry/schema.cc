#include "registry/schema.h"

#include <windlass/core/time.h>

#include <cmath>
#include <regex>
#include <set>

namespace windlass::apiserver {

namespace {

std::string child_path(const std::string& parent, const std::string& key) {
  return parent.empty() ? key : parent + "." + key;
}

void prune_node(Json& v, const Json& schema, const std::string& path, std::vector<std::string>& unknown,
                bool root) {
  if (!schema.is_object()) return;
  bool preserve = schema.value("x-kubernetes-preserve-unknown-fields", false);
  bool embedded = root || schema.value("x-kubernetes-embedded-resource", false);
  if (v.is_object()) {
    const Json* props = schema.contains("properties") ? &schema["properties"] : nullptr;
    const Json* addl = schema.contains("additionalProperties") && schema["additionalProperties"].is_object()
                           ? &schema["additionalProperties"] : nullptr;
    if (!props && !addl && preserve) return;
    for (auto it = v.begin(); it != v.end();) {
      const std::string key = it.key();
      std::string child = child_path(path, key);
      bool typed_meta = key == "metadata" && props && props->contains(key) && (*props)[key].contains("properties");
      if (embedded && !typed_meta && (key == "apiVersion" || key == "kind" || key == "metadata")) {
        // Custom resources: ObjectMeta is the server's, whatever the schema says of it (CRD
        // generators write `metadata: {type: object}`). Typed kinds prune it by its schema.
        ++it;
      } else if (props && props->contains(key)) {
        prune_node(it.value(), (*props)[key], child, unknown, false);
        ++it;
      } else if (addl) {
        prune_node(it.value(), *addl, child, unknown, false);
        ++it;
      } else if (preserve) {
        ++it;
      } else {
        unknown.push_back(child);
        it = v.erase(it);
      }
    }
  } else if (v.is_array() && schema.contains("items") && schema["items"].is_object()) {
    for (std::size_t i = 0; i < v.size(); ++i)
      prune_node(v[i], schema["items"], path + "[" + std::to_string(i) + "]", unknown, false);
  }
}

std::string json_kind(const Json& v) {
  if (v.is_null()) return "null";
  if (v.is_boolean()) return "boolean";
  if (v.is_number_integer() || v.is_number_unsigned()) return "integer";
  if (v.is_number()) return "number";
  if (v.is_string()) return "string";
  if (v.is_array()) return "array";
  return "object";
}

bool has_type(const Json& v, const std::string& type) {
  if (type == "integer") return v.is_number_integer() || v.is_number_unsigned() ||
                                (v.is_number_float() && std::floor(v.get<double>()) == v.get<double>());
  if (type == "number") return v.is_number();
  if (type == "string") return v.is_string();
  if (type == "boolean") return v.is_boolean();
  if (type == "array") return v.is_array();
  if (type == "object") return v.is_object();
  return true;
}

std::string render(const Json& v) {
  if (v.is_string()) return go_quote(v.get<std::string>());
  return to_json_string(v);
}

std::string num(double d) {
  if (std::floor(d) == d && std::fabs(d) < 1e15) return std::to_string(static_cast<long long>(d));
  std::string s = std::to_string(d);
  while (!s.empty() && s.back() == '0') s.pop_back();
  return s;
}

FieldError invalid(const std::string& path, const Json& v, const std::string& detail) {
  return FieldError(FieldErrorType::kInvalid, path, render(v), detail);
}

bool valid_format(const std::string& format, const Json& v) {
  if (!v.is_string() && !v.is_number()) return true;
  if (format == "int32" && (v.is_number_integer() || v.is_number_unsigned())) {
    auto i = v.get<std::int64_t>();
    return i >= INT32_MIN && i <= INT32_MAX;
  }
  if (!v.is_string()) return true;
  const std::string& s = v.get_ref<const std::string&>();
  if (format == "date-time") return static_cast<bool>(parse_rfc3339(s));
  if (format == "date") return std::regex_match(s, std::regex(R"(\d{4}-\d{2}-\d{2})"));
  if (format == "byte") return std::regex_match(s, std::regex(R"(^[A-Za-z0-9+/]*={0,2}$)")) && s.size() % 4 == 0;
  if (format == "uuid") return std::regex_match(s, std::regex(R"(^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$)"));
  return true;
}

void validate_node(const Json& v, const Json& schema, const std::string& path, FieldErrors& errs) {
  if (!schema.is_object()) return;
  bool int_or_string = schema.value("x-kubernetes-int-or-string", false);
  std::string type = schema.value("type", "");
  if (v.is_null()) {
    if (!schema.value("nullable", false) && !type.empty())
      errs.push_back(invalid(path, Json("null"), path + " in body must be of type " + type + ": \"null\""));
    return;
  }
  if (int_or_string) {
    if (!v.is_string() && !(v.is_number_integer() || v.is_number_unsigned())) {
      errs.push_back(invalid(path, Json(json_kind(v)), path + " in body must be of type integer,string: " + go_quote(json_kind(v))));
      return;
    }
  } else if (!type.empty() && !has_type(v, type)) {
    errs.push_back(invalid(path, Json(json_kind(v)), path + " in body must be of type " + type + ": " + go_quote(json_kind(v))));
    return;
  }
  if (schema.contains("format") && schema["format"].is_string() && !valid_format(schema["format"], v))
    errs.push_back(invalid(path, v, path + " in body must be of type " + schema["format"].get<std::string>() + ": " + render(v)));
  if (schema.contains("enum") && schema["enum"].is_array()) {
    bool found = false;
    std::vector<std::string> allowed;
    for (const auto& e : schema["enum"]) {
      if (e == v) found = true;
      allowed.push_back(e.is_string() ? e.get<std::string>() : to_json_string(e));
    }
    if (!found) {
      std::string detail = "supported values: ";
      for (std::size_t i = 0; i < allowed.size(); ++i) detail += (i ? ", " : "") + go_quote(allowed[i]);
      errs.push_back(FieldError(FieldErrorType::kNotSupported, path, render(v), detail));
    }
  }
  if (v.is_number()) {
    double d = v.get<double>();
    if (schema.contains("minimum") && schema["minimum"].is_number()) {
      double m = schema["minimum"].get<double>();
      bool excl = schema.value("exclusiveMinimum", false);
      if (excl ? d <= m : d < m)
        errs.push_back(invalid(path, v, path + " in body should be greater than " + std::string(excl ? "" : "or equal to ") + num(m)));
    }
    if (schema.contains("maximum") && schema["maximum"].is_number()) {
      double m = schema["maximum"].get<double>();
      bool excl = schema.value("exclusiveMaximum", false);
      if (excl ? d >= m : d > m)
        errs.push_back(invalid(path, v, path + " in body should be less than " + std::string(excl ? "" : "or equal to ") + num(m)));
    }
    if (schema.contains("multipleOf") && schema["multipleOf"].is_number()) {
      double m = schema["multipleOf"].get<double>();
      if (m != 0 && std::fmod(d, m) != 0)
        errs.push_back(invalid(path, v, path + " in body should be a multiple of " + num(m)));
    }
  }
  if (v.is_string()) {
    const std::string& s = v.get_ref<const std::string&>();
    // Lengths count characters (runes), not bytes.
    std::size_t chars = 0;
    for (unsigned char c : s) chars += (c & 0xC0) != 0x80;
    if (schema.contains("maxLength") && schema["maxLength"].is_number_integer() &&
        chars > schema["maxLength"].get<std::size_t>())
      errs.push_back(FieldError(FieldErrorType::kTooLong, path, std::nullopt,
                                "may not be more than " + std::to_string(schema["maxLength"].get<std::size_t>()) + " bytes"));
    if (schema.contains("minLength") && schema["minLength"].is_number_integer() &&
        chars < schema["minLength"].get<std::size_t>())
      errs.push_back(invalid(path, v, path + " in body should be at least " + std::to_string(schema["minLength"].get<std::size_t>()) + " chars long"));
    if (schema.contains("pattern") && schema["pattern"].is_string()) {
      try {
        std::regex re(schema["pattern"].get<std::string>(), std::regex::ECMAScript);
        if (!std::regex_search(s, re))
          errs.push_back(invalid(path, v, path + " in body should match '" + schema["pattern"].get<std::string>() + "'"));
      } catch (const std::regex_error&) {
        // The CRD's pattern was validated when the CRD was created; ECMAScript differs from
        // RE2 in corners, and an expression we cannot compile is not the object's fault.
      }
    }
  }
  if (v.is_array()) {
    if (schema.contains("maxItems") && schema["maxItems"].is_number_integer() && v.size() > schema["maxItems"].get<std::size_t>())
      errs.push_back(FieldError(FieldErrorType::kTooMany, path, std::to_string(v.size()),
                                "must have at most " + std::to_string(schema["maxItems"].get<std::size_t>()) + " items"));
    if (schema.contains("minItems") && schema["minItems"].is_number_integer() && v.size() < schema["minItems"].get<std::size_t>())
      errs.push_back(invalid(path, v, path + " in body should have at least " + std::to_string(schema["minItems"].get<std::size_t>()) + " items"));
    std::string list_type = schema.value("x-kubernetes-list-type", "");
    if (list_type == "set" || schema.value("uniqueItems", false)) {
      std::set<std::string> seen;
      for (std::size_t i = 0; i < v.size(); ++i)
        if (!seen.insert(to_json_string(v[i])).second)
          errs.push_back(FieldError(FieldErrorType::kDuplicate, path + "[" + std::to_string(i) + "]", render(v[i]), ""));
    } else if (list_type == "map" && schema.contains("x-kubernetes-list-map-keys")) {
      std::set<std::string> seen;
      for (std::size_t i = 0; i < v.size(); ++i) {
        if (!v[i].is_object()) continue;
        Json key = Json::object();
        for (const auto& k : schema["x-kubernetes-list-map-keys"])
          if (k.is_string() && v[i].contains(k.get<std::string>())) key[k.get<std::string>()] = v[i][k.get<std::string>()];
        if (!seen.insert(to_json_string(key)).second)
          errs.push_back(FieldError(FieldErrorType::kDuplicate, path + "[" + std::to_string(i) + "]", to_json_string(key), ""));
      }
    }
    if (schema.contains("items") && schema["items"].is_object())
      for (std::size_t i = 0; i < v.size(); ++i)
        validate_node(v[i], schema["items"], path + "[" + std::to_string(i) + "]", errs);
  }
  if (v.is_object()) {
    if (schema.contains("required") && schema["required"].is_array())
      for (const auto& r : schema["required"])
        if (r.is_string() && !v.contains(r.get<std::string>()))
          errs.push_back(FieldError::required(child_path(path, r.get<std::string>())));
    if (schema.contains("maxProperties") && schema["maxProperties"].is_number_integer() && v.size() > schema["maxProperties"].get<std::size_t>())
      errs.push_back(FieldError(FieldErrorType::kTooMany, path, std::to_string(v.size()),
                                "must have at most " + std::to_string(schema["maxProperties"].get<std::size_t>()) + " items"));
    if (schema.contains("minProperties") && schema["minProperties"].is_number_integer() && v.size() < schema["minProperties"].get<std::size_t>())
      errs.push_back(invalid(path, v, path + " in body should have at least " + std::to_string(schema["minProperties"].get<std::size_t>()) + " properties"));
    const Json* props = schema.contains("properties") ? &schema["properties"] : nullptr;
    const Json* addl = schema.contains("additionalProperties") && schema["additionalProperties"].is_object()
                           ? &schema["additionalProperties"] : nullptr;
    for (auto it = v.begin(); it != v.end(); ++it) {
      if (path.empty() && (it.key() == "metadata" || it.key() == "apiVersion" || it.key() == "kind")) continue;
      if (props && props->contains(it.key())) validate_node(it.value(), (*props)[it.key()], child_path(path, it.key()), errs);
      else if (addl) validate_node(it.value(), *addl, child_path(path, it.key()), errs);
    }
  }
}

void default_node(Json& v, const Json& schema) {
  if (!schema.is_object()) return;
  if (v.is_object()) {
    if (schema.contains("properties") && schema["properties"].is_object()) {
      for (auto it = schema["properties"].begin(); it != schema["properties"].end(); ++it) {
        const Json& ps = it.value();
        auto cur = v.find(it.key());
        bool nullable = ps.is_object() && ps.value("nullable", false);
        if (cur != v.end() && cur->is_null() && !nullable) {
          v.erase(cur);  // a null that may not be null is dropped, then defaulted
          cur = v.end();
        }
        if (cur == v.end() && ps.is_object() && ps.contains("default")) v[it.key()] = ps["default"];
      }
      for (auto it = v.begin(); it != v.end(); ++it)
        if (schema["properties"].contains(it.key())) default_node(it.value(), schema["properties"][it.key()]);
    }
    if (schema.contains("additionalProperties") && schema["additionalProperties"].is_object())
      for (auto& [k, child] : v.items()) default_node(child, schema["additionalProperties"]);
  } else if (v.is_array() && schema.contains("items")) {
    for (auto& e : v) default_node(e, schema["items"]);
  }
}

}  // namespace

void prune_unknown(Json& value, const Json& schema, std::vector<std::string>& unknown_paths) {
  prune_node(value, schema, "", unknown_paths, true);
}

void apply_defaults(Json& value, const Json& schema) { default_node(value, schema); }

FieldErrors validate_against_schema(const Json& value, const Json& schema) {
  FieldErrors errs;
  validate_node(value, schema, "", errs);
  return errs;
}

}  // namespace windlass::apiserver
