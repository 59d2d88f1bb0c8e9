#include "rest/gnostic.h"

#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string_view>

namespace windlass::apiserver {

namespace {

// ---- wire format ----------------------------------------------------------------------------

// Appends protobuf fields to a buffer. Wire types: 0 varint, 1 fixed64, 2 length-delimited.
class Wire {
 public:
  void varint(std::uint64_t v) {
    while (v >= 0x80) {
      out_ += static_cast<char>((v & 0x7F) | 0x80);
      v >>= 7;
    }
    out_ += static_cast<char>(v);
  }
  void tag(int field, int wire_type) { varint((static_cast<std::uint64_t>(field) << 3) | wire_type); }
  void bytes(int field, std::string_view data) {
    tag(field, 2);
    varint(data.size());
    out_.append(data);
  }
  void boolean(int field, bool v) {
    tag(field, 0);
    varint(v ? 1 : 0);
  }
  void int64(int field, std::int64_t v) {
    tag(field, 0);
    varint(static_cast<std::uint64_t>(v));
  }
  void float64(int field, double v) {
    std::uint64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    tag(field, 1);
    for (int i = 0; i < 8; ++i) out_ += static_cast<char>((bits >> (8 * i)) & 0xFF);
  }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

// ---- field tables ---------------------------------------------------------------------------

// How one keyword of a JSON object is written. Scalars follow proto3: a zero value is not
// written. Messages are written whenever the keyword is present.
enum class F {
  kSkip,            // a keyword the message has but we never produce (xml, contact, …)
  kString,
  kBool,
  kDouble,
  kInt64,
  kStrings,         // repeated string
  kAny,             // Any{yaml}
  kAnys,            // repeated Any
  kSchema,
  kSchemas,         // repeated Schema
  kAdditional,      // AdditionalPropertiesItem: a schema or a boolean
  kTypeItem,        // TypeItem: "string" or ["string", …]
  kItemsItem,       // ItemsItem: a schema or a list of them
  kProperties,      // Properties: repeated NamedSchema
  kExternalDocs,
  kPrimitivesItems,
  kParameters,      // repeated ParametersItem
  kResponses,
  kOperation,
  kInfo,
  kPaths,
  kDefinitions,
  kSecurity,        // repeated SecurityRequirement
  kSecurityDefs,
  kTags,            // repeated Tag
};

struct Field {
  const char* key;
  F kind;
};

// A message's keywords in field-number order (1, 2, …), then its vendor extensions (the next
// number) when `vendor` is set.
using Table = std::initializer_list<Field>;

std::string message(const Json& j, Table table, bool vendor);

std::string any(const Json& v) {
  Wire w;
  w.bytes(2, to_json_string(v));  // Any.yaml
  return w.take();
}

void vendor_extensions(Wire& w, int field, const Json& j) {
  for (auto it = j.begin(); it != j.end(); ++it) {
    if (it.key().rfind("x-", 0) != 0) continue;
    Wire named;  // NamedAny
    named.bytes(1, it.key());
    named.bytes(2, any(it.value()));
    w.bytes(field, named.take());
  }
}

constexpr Table kSchemaTable = {
    {"$ref", F::kString},          {"format", F::kString},      {"title", F::kString},
    {"description", F::kString},   {"default", F::kAny},        {"multipleOf", F::kDouble},
    {"maximum", F::kDouble},       {"exclusiveMaximum", F::kBool}, {"minimum", F::kDouble},
    {"exclusiveMinimum", F::kBool}, {"maxLength", F::kInt64},   {"minLength", F::kInt64},
    {"pattern", F::kString},       {"maxItems", F::kInt64},     {"minItems", F::kInt64},
    {"uniqueItems", F::kBool},     {"maxProperties", F::kInt64}, {"minProperties", F::kInt64},
    {"required", F::kStrings},     {"enum", F::kAnys},          {"additionalProperties", F::kAdditional},
    {"type", F::kTypeItem},        {"items", F::kItemsItem},    {"allOf", F::kSchemas},
    {"properties", F::kProperties}, {"discriminator", F::kString}, {"readOnly", F::kBool},
    {"xml", F::kSkip},             {"externalDocs", F::kExternalDocs}, {"example", F::kAny}};

constexpr Table kPrimitivesItemsTable = {
    {"type", F::kString},          {"format", F::kString},      {"items", F::kPrimitivesItems},
    {"collectionFormat", F::kString}, {"default", F::kAny},     {"maximum", F::kDouble},
    {"exclusiveMaximum", F::kBool}, {"minimum", F::kDouble},    {"exclusiveMinimum", F::kBool},
    {"maxLength", F::kInt64},      {"minLength", F::kInt64},    {"pattern", F::kString},
    {"maxItems", F::kInt64},       {"minItems", F::kInt64},     {"uniqueItems", F::kBool},
    {"enum", F::kAnys},            {"multipleOf", F::kDouble}};

// QueryParameterSubSchema and FormDataParameterSubSchema.
constexpr Table kQueryTable = {
    {"required", F::kBool},        {"in", F::kString},          {"description", F::kString},
    {"name", F::kString},          {"allowEmptyValue", F::kBool}, {"type", F::kString},
    {"format", F::kString},        {"items", F::kPrimitivesItems}, {"collectionFormat", F::kString},
    {"default", F::kAny},          {"maximum", F::kDouble},     {"exclusiveMaximum", F::kBool},
    {"minimum", F::kDouble},       {"exclusiveMinimum", F::kBool}, {"maxLength", F::kInt64},
    {"minLength", F::kInt64},      {"pattern", F::kString},     {"maxItems", F::kInt64},
    {"minItems", F::kInt64},       {"uniqueItems", F::kBool},   {"enum", F::kAnys},
    {"multipleOf", F::kDouble}};

// PathParameterSubSchema and HeaderParameterSubSchema: the same without allowEmptyValue.
constexpr Table kPathTable = {
    {"required", F::kBool},        {"in", F::kString},          {"description", F::kString},
    {"name", F::kString},          {"type", F::kString},        {"format", F::kString},
    {"items", F::kPrimitivesItems}, {"collectionFormat", F::kString}, {"default", F::kAny},
    {"maximum", F::kDouble},       {"exclusiveMaximum", F::kBool}, {"minimum", F::kDouble},
    {"exclusiveMinimum", F::kBool}, {"maxLength", F::kInt64},   {"minLength", F::kInt64},
    {"pattern", F::kString},       {"maxItems", F::kInt64},     {"minItems", F::kInt64},
    {"uniqueItems", F::kBool},     {"enum", F::kAnys},          {"multipleOf", F::kDouble}};

constexpr Table kBodyTable = {{"description", F::kString}, {"name", F::kString}, {"in", F::kString},
                              {"required", F::kBool},      {"schema", F::kSchema}};

constexpr Table kOperationTable = {
    {"tags", F::kStrings},         {"summary", F::kString},     {"description", F::kString},
    {"externalDocs", F::kExternalDocs}, {"operationId", F::kString}, {"produces", F::kStrings},
    {"consumes", F::kStrings},     {"parameters", F::kParameters}, {"responses", F::kResponses},
    {"schemes", F::kStrings},      {"deprecated", F::kBool},    {"security", F::kSecurity}};

constexpr Table kPathItemTable = {
    {"$ref", F::kString},          {"get", F::kOperation},      {"put", F::kOperation},
    {"post", F::kOperation},       {"delete", F::kOperation},   {"options", F::kOperation},
    {"head", F::kOperation},       {"patch", F::kOperation},    {"parameters", F::kParameters}};

constexpr Table kInfoTable = {{"title", F::kString},       {"version", F::kString},
                              {"description", F::kString}, {"termsOfService", F::kString},
                              {"contact", F::kSkip},       {"license", F::kSkip}};

constexpr Table kDocumentTable = {
    {"swagger", F::kString},       {"info", F::kInfo},          {"host", F::kString},
    {"basePath", F::kString},      {"schemes", F::kStrings},    {"consumes", F::kStrings},
    {"produces", F::kStrings},     {"paths", F::kPaths},        {"definitions", F::kDefinitions},
    {"parameters", F::kSkip},      {"responses", F::kSkip},     {"security", F::kSecurity},
    {"securityDefinitions", F::kSecurityDefs}, {"tags", F::kTags}, {"externalDocs", F::kExternalDocs}};

constexpr Table kExternalDocsTable = {{"description", F::kString}, {"url", F::kString}};
constexpr Table kTagTable = {{"name", F::kString}, {"description", F::kString}, {"externalDocs", F::kExternalDocs}};
constexpr Table kApiKeyTable = {{"type", F::kString}, {"name", F::kString}, {"in", F::kString},
                                {"description", F::kString}};
constexpr Table kBasicTable = {{"type", F::kString}, {"description", F::kString}};
constexpr Table kJsonReferenceTable = {{"$ref", F::kString}, {"description", F::kString}};
constexpr Table kResponseTable = {{"description", F::kString}, {"schema", F::kSkip},  // SchemaItem, below
                                  {"headers", F::kSkip},       {"examples", F::kSkip}};

std::string schema(const Json& s) { return message(s, kSchemaTable, true); }

// A NamedX message: {name = 1, value = 2}.
std::string named(const std::string& name, const std::string& value) {
  Wire w;
  w.bytes(1, name);
  w.bytes(2, value);
  return w.take();
}

// ParametersItem: a parameter, or a reference to one of the document's parameters.
std::string parameters_item(const Json& p) {
  Wire item;
  if (p.contains("$ref")) {
    item.bytes(2, message(p, kJsonReferenceTable, false));
    return item.take();
  }
  std::string in = p.value("in", "");
  Wire parameter;
  if (in == "body") {
    parameter.bytes(1, message(p, kBodyTable, true));
  } else {
    Wire non_body;
    if (in == "header") non_body.bytes(1, message(p, kPathTable, true));
    else if (in == "formData") non_body.bytes(2, message(p, kQueryTable, true));
    else if (in == "path") non_body.bytes(4, message(p, kPathTable, true));
    else non_body.bytes(3, message(p, kQueryTable, true));
    parameter.bytes(2, non_body.take());
  }
  item.bytes(1, parameter.take());
  return item.take();
}

std::string response(const Json& r) {
  Wire w;
  if (r.contains("$ref")) {  // ResponseValue.json_reference
    w.bytes(2, message(r, kJsonReferenceTable, false));
    return w.take();
  }
  std::string body = message(r, kResponseTable, false);
  Wire extra;
  if (r.contains("schema") && r["schema"].is_object()) {
    Wire item;  // SchemaItem.schema
    item.bytes(1, schema(r["schema"]));
    extra.bytes(2, item.take());
  }
  vendor_extensions(extra, 5, r);
  w.bytes(1, body + extra.take());  // fields may come in any order on the wire
  return w.take();
}

std::string responses(const Json& rs) {
  Wire w;
  for (auto it = rs.begin(); it != rs.end(); ++it)
    if (it.key().rfind("x-", 0) != 0 && it.value().is_object()) w.bytes(1, named(it.key(), response(it.value())));
  vendor_extensions(w, 2, rs);
  return w.take();
}

std::string security_requirement(const Json& req) {
  Wire w;
  for (auto it = req.begin(); it != req.end(); ++it) {
    Wire scopes;  // StringArray
    if (it.value().is_array())
      for (const auto& s : it.value())
        if (s.is_string()) scopes.bytes(1, s.get<std::string>());
    w.bytes(1, named(it.key(), scopes.take()));
  }
  return w.take();
}

std::string security_definitions(const Json& defs) {
  Wire w;
  for (auto it = defs.begin(); it != defs.end(); ++it) {
    if (!it.value().is_object()) continue;
    std::string type = it.value().value("type", "");
    Wire item;  // SecurityDefinitionsItem
    if (type == "apiKey") item.bytes(2, message(it.value(), kApiKeyTable, true));
    else if (type == "basic") item.bytes(1, message(it.value(), kBasicTable, true));
    else continue;  // OAuth2 flows: never produced here
    w.bytes(1, named(it.key(), item.take()));
  }
  return w.take();
}

void write(Wire& w, int field, const Json& v, F kind) {
  switch (kind) {
    case F::kSkip: return;
    case F::kString:
      if (v.is_string() && !v.get_ref<const std::string&>().empty()) w.bytes(field, v.get<std::string>());
      return;
    case F::kBool:
      if (v.is_boolean() && v.get<bool>()) w.boolean(field, true);
      return;
    case F::kDouble:
      if (v.is_number() && v.get<double>() != 0) w.float64(field, v.get<double>());
      return;
    case F::kInt64:
      if (v.is_number_integer() && v.get<std::int64_t>() != 0) w.int64(field, v.get<std::int64_t>());
      return;
    case F::kStrings:
      if (v.is_string()) w.bytes(field, v.get<std::string>());
      if (v.is_array())
        for (const auto& s : v)
          if (s.is_string()) w.bytes(field, s.get<std::string>());
      return;
    case F::kAny: w.bytes(field, any(v)); return;
    case F::kAnys:
      if (v.is_array())
        for (const auto& e : v) w.bytes(field, any(e));
      return;
    case F::kSchema:
      if (v.is_object()) w.bytes(field, schema(v));
      return;
    case F::kSchemas:
      if (v.is_array())
        for (const auto& e : v)
          if (e.is_object()) w.bytes(field, schema(e));
      return;
    case F::kAdditional: {
      Wire item;  // a oneof: a false boolean is still written
      if (v.is_boolean()) item.boolean(2, v.get<bool>());
      else if (v.is_object()) item.bytes(1, schema(v));
      else return;
      w.bytes(field, item.take());
      return;
    }
    case F::kTypeItem: {
      Wire item;
      write(item, 1, v, F::kStrings);
      w.bytes(field, item.take());
      return;
    }
    case F::kItemsItem: {
      Wire item;
      if (v.is_object()) item.bytes(1, schema(v));
      else write(item, 1, v, F::kSchemas);
      w.bytes(field, item.take());
      return;
    }
    case F::kProperties:
    case F::kDefinitions: {
      if (!v.is_object()) return;
      Wire props;
      for (auto it = v.begin(); it != v.end(); ++it)
        if (it.value().is_object()) props.bytes(1, named(it.key(), schema(it.value())));
      w.bytes(field, props.take());
      return;
    }
    case F::kExternalDocs:
      if (v.is_object()) w.bytes(field, message(v, kExternalDocsTable, true));
      return;
    case F::kPrimitivesItems:
      if (v.is_object()) w.bytes(field, message(v, kPrimitivesItemsTable, true));
      return;
    case F::kParameters:
      if (v.is_array())
        for (const auto& p : v)
          if (p.is_object()) w.bytes(field, parameters_item(p));
      return;
    case F::kResponses:
      if (v.is_object()) w.bytes(field, responses(v));
      return;
    case F::kOperation:
      if (v.is_object()) w.bytes(field, message(v, kOperationTable, true));
      return;
    case F::kInfo:
      if (v.is_object()) w.bytes(field, message(v, kInfoTable, true));
      return;
    case F::kPaths: {
      if (!v.is_object()) return;
      Wire paths;
      vendor_extensions(paths, 1, v);
      for (auto it = v.begin(); it != v.end(); ++it)
        if (it.key().rfind("x-", 0) != 0 && it.value().is_object())
          paths.bytes(2, named(it.key(), message(it.value(), kPathItemTable, true)));
      w.bytes(field, paths.take());
      return;
    }
    case F::kSecurity:
      if (v.is_array())
        for (const auto& r : v)
          if (r.is_object()) w.bytes(field, security_requirement(r));
      return;
    case F::kSecurityDefs:
      if (v.is_object()) w.bytes(field, security_definitions(v));
      return;
    case F::kTags:
      if (v.is_array())
        for (const auto& t : v)
          if (t.is_object()) w.bytes(field, message(t, kTagTable, true));
      return;
  }
}

std::string message(const Json& j, Table table, bool vendor) {
  Wire w;
  if (!j.is_object()) return {};
  int field = 0;
  for (const Field& f : table) {
    ++field;
    if (auto it = j.find(f.key); it != j.end() && !it->is_null()) write(w, field, *it, f.kind);
  }
  if (vendor) vendor_extensions(w, field + 1, j);
  return w.take();
}

}  // namespace

std::string encode_gnostic_v2(const Json& swagger) { return message(swagger, kDocumentTable, true); }

}  // namespace windlass::apiserver
