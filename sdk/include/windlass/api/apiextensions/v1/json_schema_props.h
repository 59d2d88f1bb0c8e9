// windlass/api/apiextensions/v1/json_schema_props.h — apiextensions/v1 JSONSchemaProps, the
// OpenAPI v3 schema of a CustomResourceDefinition version.
//
// A schema node says what type a value has (`type`, `format`), how it is validated (bounds,
// `pattern`, `enum`, `required`, CEL rules in `x-kubernetes-validations`), what its parts are
// (`properties` for objects, `items` for arrays, `additionalProperties` for maps) and how the
// API server treats it (`x-kubernetes-preserve-unknown-fields`, `x-kubernetes-int-or-string`,
// list and map types for server-side apply). The type is recursive, and typed all the way down:
//   - `properties`, `patternProperties`, `definitions` are maps of schemas; `allOf`, `oneOf`,
//     `anyOf` lists of schemas; `not` a JSONSchemaPropsPtr (a heap-held optional schema, since
//     std::optional cannot hold the type inside itself);
//   - `items` is a JSONSchemaPropsOrArray (one schema, or a list of them), `additionalProperties`
//     and `additionalItems` a JSONSchemaPropsOrBool (a schema, or true/false), `dependencies` a
//     map of JSONSchemaPropsOrStringArray; each has Go's JSON form (a schema or an array/bool),
//     so the schema and the protobuf form of these four fields are untyped JSON;
//   - `default`, `example` and the values of `enum` are arbitrary JSON (`Json`; null = unset).
// Numbers are doubles as in Go (`minimum`, `maximum`, `multipleOf`).
//
//   using namespace windlass::api::apiextensions::v1;
//   JSONSchemaProps spec{.type = "object", .required = {"size"},
//                        .properties = {{"size", JSONSchemaProps{.type = "integer",
//                                                                .minimum = 1}},
//                                       {"tags", JSONSchemaProps{.type = "array",
//                                           .items = JSONSchemaPropsOrArray{
//                                               .schema = JSONSchemaProps{.type = "string"}}}}}};
#pragma once

#include <windlass/api/apiextensions/v1/external_documentation.h>
#include <windlass/api/apiextensions/v1/validation_rule.h>
#include <windlass/api/describe.h>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace windlass::api::apiextensions::v1 {

struct JSONSchemaProps;

// An optional JSONSchemaProps held on the heap: Go's *JSONSchemaProps inside the schema types
// themselves. Empty means unset; copies are deep and == compares the schemas.
class JSONSchemaPropsPtr {
 public:
  JSONSchemaPropsPtr();
  JSONSchemaPropsPtr(JSONSchemaProps schema);  // implicit, for `.not_ = JSONSchemaProps{…}`
  JSONSchemaPropsPtr(const JSONSchemaPropsPtr& other);
  JSONSchemaPropsPtr(JSONSchemaPropsPtr&& other) noexcept;
  JSONSchemaPropsPtr& operator=(const JSONSchemaPropsPtr& other);
  JSONSchemaPropsPtr& operator=(JSONSchemaPropsPtr&& other) noexcept;
  ~JSONSchemaPropsPtr();

  bool has_value() const { return p_ != nullptr; }
  explicit operator bool() const { return p_ != nullptr; }
  // Precondition for these four: has_value().
  JSONSchemaProps& operator*() { return *p_; }
  const JSONSchemaProps& operator*() const { return *p_; }
  JSONSchemaProps* operator->() { return p_.get(); }
  const JSONSchemaProps* operator->() const { return p_.get(); }
  void reset() { p_.reset(); }
  bool operator==(const JSONSchemaPropsPtr& other) const;

 private:
  std::unique_ptr<JSONSchemaProps> p_;
};

// `items`: one schema for every element, or, in JSON Schema's tuple form, one schema per
// position (upstream `apiextensionsv1.JSONSchemaPropsOrArray`). JSON: the schema object, or an
// array of schemas when `json_schemas` is not empty.
struct JSONSchemaPropsOrArray {
  JSONSchemaPropsPtr schema;
  std::vector<JSONSchemaProps> json_schemas;
  bool operator==(const JSONSchemaPropsOrArray&) const = default;
};

// `additionalProperties` / `additionalItems`: a schema, or whether anything is allowed
// (upstream `apiextensionsv1.JSONSchemaPropsOrBool`). JSON: the schema when set, otherwise
// `allows` as a boolean; decoding a schema sets `allows` too.
struct JSONSchemaPropsOrBool {
  bool allows = false;
  JSONSchemaPropsPtr schema;
  bool operator==(const JSONSchemaPropsOrBool&) const = default;
};

// A `dependencies` entry: a schema the object must also satisfy, or property names it must
// also have (upstream `apiextensionsv1.JSONSchemaPropsOrStringArray`). JSON: the names as an
// array when there are any, else the schema, else null.
struct JSONSchemaPropsOrStringArray {
  JSONSchemaPropsPtr schema;
  std::vector<std::string> property;
  bool operator==(const JSONSchemaPropsOrStringArray&) const = default;
};

// One node of a CRD's OpenAPI v3 validation schema (upstream
// `apiextensionsv1.JSONSchemaProps`).
struct JSONSchemaProps {
  std::string id;
  std::string schema;  // `$schema`
  std::optional<std::string> ref;  // `$ref`
  std::string description;
  std::string type;
  std::string format;
  std::string title;
  Json default_;  // `default` is a C++ keyword; null = unset
  std::optional<double> maximum;
  bool exclusive_maximum = false;
  std::optional<double> minimum;
  bool exclusive_minimum = false;
  std::optional<std::int64_t> max_length;
  std::optional<std::int64_t> min_length;
  std::string pattern;
  std::optional<std::int64_t> max_items;
  std::optional<std::int64_t> min_items;
  bool unique_items = false;
  std::optional<double> multiple_of;
  std::vector<Json> enum_;  // `enum` is a C++ keyword
  std::optional<std::int64_t> max_properties;
  std::optional<std::int64_t> min_properties;
  std::vector<std::string> required;
  std::optional<JSONSchemaPropsOrArray> items;
  std::vector<JSONSchemaProps> all_of;
  std::vector<JSONSchemaProps> one_of;
  std::vector<JSONSchemaProps> any_of;
  JSONSchemaPropsPtr not_;  // `not` is a C++ keyword
  std::map<std::string, JSONSchemaProps> properties;
  std::optional<JSONSchemaPropsOrBool> additional_properties;
  std::map<std::string, JSONSchemaProps> pattern_properties;
  std::map<std::string, JSONSchemaPropsOrStringArray> dependencies;
  std::optional<JSONSchemaPropsOrBool> additional_items;
  std::map<std::string, JSONSchemaProps> definitions;
  std::optional<ExternalDocumentation> external_docs;
  Json example;  // null = unset
  bool nullable = false;
  std::optional<bool> x_kubernetes_preserve_unknown_fields;
  bool x_kubernetes_embedded_resource = false;
  bool x_kubernetes_int_or_string = false;
  std::vector<std::string> x_kubernetes_list_map_keys;
  std::optional<std::string> x_kubernetes_list_type;  // atomic, set, map
  std::optional<std::string> x_kubernetes_map_type;   // granular, atomic
  std::vector<ValidationRule> x_kubernetes_validations;
  UnknownFields unknown_fields;
  bool operator==(const JSONSchemaProps&) const = default;
};
WINDLASS_API_DESCRIBED(JSONSchemaProps);

inline JSONSchemaPropsPtr::JSONSchemaPropsPtr() = default;
inline JSONSchemaPropsPtr::JSONSchemaPropsPtr(JSONSchemaProps schema)
    : p_(std::make_unique<JSONSchemaProps>(std::move(schema))) {}
inline JSONSchemaPropsPtr::JSONSchemaPropsPtr(const JSONSchemaPropsPtr& other)
    : p_(other.p_ ? std::make_unique<JSONSchemaProps>(*other.p_) : nullptr) {}
inline JSONSchemaPropsPtr::JSONSchemaPropsPtr(JSONSchemaPropsPtr&& other) noexcept = default;
inline JSONSchemaPropsPtr& JSONSchemaPropsPtr::operator=(const JSONSchemaPropsPtr& other) {
  if (this != &other) p_ = other.p_ ? std::make_unique<JSONSchemaProps>(*other.p_) : nullptr;
  return *this;
}
inline JSONSchemaPropsPtr& JSONSchemaPropsPtr::operator=(JSONSchemaPropsPtr&& other) noexcept =
    default;
inline JSONSchemaPropsPtr::~JSONSchemaPropsPtr() = default;
inline bool JSONSchemaPropsPtr::operator==(const JSONSchemaPropsPtr& other) const {
  if (!p_ || !other.p_) return !p_ && !other.p_;
  return *p_ == *other.p_;
}

}  // namespace windlass::api::apiextensions::v1

namespace windlass::api {

// The JSON codecs of the schema helper types above (defined in json_schema_props.cc).

template <>
struct Codec<apiextensions::v1::JSONSchemaPropsPtr> {
  static const TypeRef& ref();  // an optional JSONSchemaProps object
  static bool is_empty(const apiextensions::v1::JSONSchemaPropsPtr& v) { return !v.has_value(); }
  static Json encode(const apiextensions::v1::JSONSchemaPropsPtr& v);
  static void decode(const Json& j, apiextensions::v1::JSONSchemaPropsPtr& out,
                     DecodeContext& ctx);
};

template <>
struct Codec<apiextensions::v1::JSONSchemaPropsOrArray> {
  static const TypeRef& ref();  // untyped JSON: a schema or an array of schemas
  static bool is_empty(const apiextensions::v1::JSONSchemaPropsOrArray&) { return false; }
  static Json encode(const apiextensions::v1::JSONSchemaPropsOrArray& v);
  static void decode(const Json& j, apiextensions::v1::JSONSchemaPropsOrArray& out,
                     DecodeContext& ctx);
};

template <>
struct Codec<apiextensions::v1::JSONSchemaPropsOrBool> {
  static const TypeRef& ref();  // untyped JSON: a schema or a boolean
  static bool is_empty(const apiextensions::v1::JSONSchemaPropsOrBool&) { return false; }
  static Json encode(const apiextensions::v1::JSONSchemaPropsOrBool& v);
  static void decode(const Json& j, apiextensions::v1::JSONSchemaPropsOrBool& out,
                     DecodeContext& ctx);
};

template <>
struct Codec<apiextensions::v1::JSONSchemaPropsOrStringArray> {
  static const TypeRef& ref();  // untyped JSON: a schema or an array of strings
  static bool is_empty(const apiextensions::v1::JSONSchemaPropsOrStringArray&) { return false; }
  static Json encode(const apiextensions::v1::JSONSchemaPropsOrStringArray& v);
  static void decode(const Json& j, apiextensions::v1::JSONSchemaPropsOrStringArray& out,
                     DecodeContext& ctx);
};

}  // namespace windlass::api
