#include <windlass/api/apiextensions/v1/json_schema_props.h>

namespace windlass::api::apiextensions::v1 {

WINDLASS_API_DESCRIBE(JSONSchemaProps, d) {
  d.doc("One node of a CustomResourceDefinition's OpenAPI v3 validation schema.");
  d.field("id", &JSONSchemaProps::id).doc("JSON Schema id of the node; unused by Kubernetes.")
      .proto(1);
  d.field("$schema", &JSONSchemaProps::schema)
      .doc("URI of the JSON Schema dialect; unused by Kubernetes.").proto(2);
  d.field("$ref", &JSONSchemaProps::ref)
      .doc("A reference to another schema; not allowed in CRD schemas.").proto(3);
  d.field("description", &JSONSchemaProps::description)
      .doc("What the value means; shown by kubectl explain.").proto(4);
  d.field("type", &JSONSchemaProps::type)
      .doc("The JSON type: object, array, string, integer, number or boolean.").proto(5);
  d.field("format", &JSONSchemaProps::format)
      .doc("A refinement of type, such as int32, date-time, byte or uri.").proto(6);
  d.field("title", &JSONSchemaProps::title).doc("A short title for the value.").proto(7);
  d.field("default", &JSONSchemaProps::default_)
      .doc("The value the server fills in when the field is absent.").proto(8);
  d.field("maximum", &JSONSchemaProps::maximum).doc("Largest allowed number.").proto(9);
  d.field("exclusiveMaximum", &JSONSchemaProps::exclusive_maximum)
      .doc("Whether maximum itself is excluded.").proto(10);
  d.field("minimum", &JSONSchemaProps::minimum).doc("Smallest allowed number.").proto(11);
  d.field("exclusiveMinimum", &JSONSchemaProps::exclusive_minimum)
      .doc("Whether minimum itself is excluded.").proto(12);
  d.field("maxLength", &JSONSchemaProps::max_length)
      .doc("Most characters a string may have.").proto(13);
  d.field("minLength", &JSONSchemaProps::min_length)
      .doc("Fewest characters a string may have.").proto(14);
  d.field("pattern", &JSONSchemaProps::pattern)
      .doc("A regular expression strings must match.").proto(15);
  d.field("maxItems", &JSONSchemaProps::max_items)
      .doc("Most elements an array may have.").proto(16);
  d.field("minItems", &JSONSchemaProps::min_items)
      .doc("Fewest elements an array may have.").proto(17);
  d.field("uniqueItems", &JSONSchemaProps::unique_items)
      .doc("Whether array elements must be distinct; not allowed in CRD schemas (use "
           "x-kubernetes-list-type: set).")
      .proto(18);
  d.field("multipleOf", &JSONSchemaProps::multiple_of)
      .doc("Numbers must be a multiple of this.").proto(19);
  d.field("enum", &JSONSchemaProps::enum_)
      .doc("The only values allowed.").list_atomic().proto(20);
  d.field("maxProperties", &JSONSchemaProps::max_properties)
      .doc("Most properties an object may have.").proto(21);
  d.field("minProperties", &JSONSchemaProps::min_properties)
      .doc("Fewest properties an object may have.").proto(22);
  d.field("required", &JSONSchemaProps::required)
      .doc("Properties an object must have.").list_atomic().proto(23);
  // items, additionalProperties, dependencies and additionalItems are schema-or-X unions whose
  // JSON and protobuf forms differ (protobuf has one field per alternative), so they carry no
  // protobuf numbers: protobuf_to_json would misread them.
  d.field("items", &JSONSchemaProps::items)
      .doc("The schema of array elements, or one schema per position.");
  d.field("allOf", &JSONSchemaProps::all_of)
      .doc("Schemas the value must all satisfy.").list_atomic().proto(25);
  d.field("oneOf", &JSONSchemaProps::one_of)
      .doc("Schemas of which the value must satisfy exactly one.").list_atomic().proto(26);
  d.field("anyOf", &JSONSchemaProps::any_of)
      .doc("Schemas of which the value must satisfy at least one.").list_atomic().proto(27);
  d.field("not", &JSONSchemaProps::not_)
      .doc("A schema the value must not satisfy.").proto(28);
  d.field("properties", &JSONSchemaProps::properties)
      .doc("The schemas of an object's known properties, by name.").proto(29);
  d.field("additionalProperties", &JSONSchemaProps::additional_properties)
      .doc("The schema of the values of a map, or whether other properties are allowed; "
           "exclusive with properties in CRD schemas.");
  d.field("patternProperties", &JSONSchemaProps::pattern_properties)
      .doc("Schemas of properties whose names match a regular expression; not allowed in CRD "
           "schemas.")
      .proto(31);
  d.field("dependencies", &JSONSchemaProps::dependencies)
      .doc("Per property: what else the object must satisfy or contain when the property is "
           "present; not allowed in CRD schemas.");
  d.field("additionalItems", &JSONSchemaProps::additional_items)
      .doc("The schema of array elements beyond the positional items; not allowed in CRD "
           "schemas.");
  d.field("definitions", &JSONSchemaProps::definitions)
      .doc("Named schemas for $ref; not allowed in CRD schemas.").proto(34);
  d.field("externalDocs", &JSONSchemaProps::external_docs)
      .doc("A link to more documentation.").proto(35);
  d.field("example", &JSONSchemaProps::example).doc("An example value.").proto(36);
  d.field("nullable", &JSONSchemaProps::nullable)
      .doc("Whether null is accepted; by default a null field is pruned or rejected.").proto(37);
  d.field("x-kubernetes-preserve-unknown-fields",
          &JSONSchemaProps::x_kubernetes_preserve_unknown_fields)
      .doc("Keep fields the schema does not list instead of pruning them, here and below.")
      .proto(38);
  d.field("x-kubernetes-embedded-resource", &JSONSchemaProps::x_kubernetes_embedded_resource)
      .doc("The value is a whole Kubernetes object: apiVersion, kind and metadata are "
           "validated as such.")
      .proto(39);
  d.field("x-kubernetes-int-or-string", &JSONSchemaProps::x_kubernetes_int_or_string)
      .doc("The value is an integer or a string (like IntOrString and Quantity).").proto(40);
  d.field("x-kubernetes-list-map-keys", &JSONSchemaProps::x_kubernetes_list_map_keys)
      .doc("For a map-type list: the element fields that identify an element.")
      .list_atomic().proto(41);
  d.field("x-kubernetes-list-type", &JSONSchemaProps::x_kubernetes_list_type)
      .doc("How server-side apply merges the list: atomic (replaced whole), set (unique "
           "scalars) or map (elements keyed by x-kubernetes-list-map-keys).")
      .proto(42);
  d.field("x-kubernetes-map-type", &JSONSchemaProps::x_kubernetes_map_type)
      .doc("How server-side apply merges the object: granular (per field) or atomic (whole).")
      .proto(43);
  d.field("x-kubernetes-validations", &JSONSchemaProps::x_kubernetes_validations)
      .doc("CEL rules the value must satisfy.")
      .list_map({"rule"}).patch_merge("rule").proto(44);
}

// Go's *JSONSchemaProps inside the schema-or-X unions, as JSON.
namespace {

Json encode_schema_ptr(const JSONSchemaPropsPtr& p) {
  return p ? Codec<JSONSchemaProps>::encode(*p) : Json(nullptr);
}

void decode_schema_ptr(const Json& j, JSONSchemaPropsPtr& out, DecodeContext& ctx) {
  JSONSchemaProps s;
  Codec<JSONSchemaProps>::decode(j, s, ctx);
  out = std::move(s);
}

}  // namespace

}  // namespace windlass::api::apiextensions::v1

// The codecs are spelled out with qualified names: this file is compiled in a unity batch, so
// nothing declared here at windlass::api scope may leak into the files after it.

namespace windlass::api {

const TypeRef& Codec<apiextensions::v1::JSONSchemaPropsPtr>::ref() {
  return Codec<std::optional<apiextensions::v1::JSONSchemaProps>>::ref();
}

Json Codec<apiextensions::v1::JSONSchemaPropsPtr>::encode(
    const apiextensions::v1::JSONSchemaPropsPtr& v) {
  return apiextensions::v1::encode_schema_ptr(v);
}

void Codec<apiextensions::v1::JSONSchemaPropsPtr>::decode(
    const Json& j, apiextensions::v1::JSONSchemaPropsPtr& out, DecodeContext& ctx) {
  if (j.is_null()) {
    out.reset();
    return;
  }
  apiextensions::v1::decode_schema_ptr(j, out, ctx);
}

const TypeRef& Codec<apiextensions::v1::JSONSchemaPropsOrArray>::ref() {
  return internal::scalar_ref<ValueKind::kRaw>();
}

Json Codec<apiextensions::v1::JSONSchemaPropsOrArray>::encode(
    const apiextensions::v1::JSONSchemaPropsOrArray& v) {
  if (!v.json_schemas.empty())
    return Codec<std::vector<apiextensions::v1::JSONSchemaProps>>::encode(v.json_schemas);
  return apiextensions::v1::encode_schema_ptr(v.schema);
}

void Codec<apiextensions::v1::JSONSchemaPropsOrArray>::decode(
    const Json& j, apiextensions::v1::JSONSchemaPropsOrArray& out, DecodeContext& ctx) {
  out = {};
  if (j.is_object())
    apiextensions::v1::decode_schema_ptr(j, out.schema, ctx);
  else if (j.is_array())
    Codec<std::vector<apiextensions::v1::JSONSchemaProps>>::decode(j, out.json_schemas, ctx);
  else if (!j.is_null())
    ctx.type_error("schema object or array of schemas", j);
}

const TypeRef& Codec<apiextensions::v1::JSONSchemaPropsOrBool>::ref() {
  return internal::scalar_ref<ValueKind::kRaw>();
}

Json Codec<apiextensions::v1::JSONSchemaPropsOrBool>::encode(
    const apiextensions::v1::JSONSchemaPropsOrBool& v) {
  if (v.schema) return apiextensions::v1::encode_schema_ptr(v.schema);
  return v.allows;
}

void Codec<apiextensions::v1::JSONSchemaPropsOrBool>::decode(
    const Json& j, apiextensions::v1::JSONSchemaPropsOrBool& out, DecodeContext& ctx) {
  out = {};
  if (j.is_object()) {
    out.allows = true;
    apiextensions::v1::decode_schema_ptr(j, out.schema, ctx);
  } else if (j.is_boolean()) {
    out.allows = j.get<bool>();
  } else if (!j.is_null()) {
    ctx.type_error("boolean or schema object", j);
  }
}

const TypeRef& Codec<apiextensions::v1::JSONSchemaPropsOrStringArray>::ref() {
  return internal::scalar_ref<ValueKind::kRaw>();
}

Json Codec<apiextensions::v1::JSONSchemaPropsOrStringArray>::encode(
    const apiextensions::v1::JSONSchemaPropsOrStringArray& v) {
  if (!v.property.empty()) return v.property;
  return apiextensions::v1::encode_schema_ptr(v.schema);
}

void Codec<apiextensions::v1::JSONSchemaPropsOrStringArray>::decode(
    const Json& j, apiextensions::v1::JSONSchemaPropsOrStringArray& out, DecodeContext& ctx) {
  out = {};
  if (j.is_object())
    apiextensions::v1::decode_schema_ptr(j, out.schema, ctx);
  else if (j.is_array())
    Codec<std::vector<std::string>>::decode(j, out.property, ctx);
  else if (!j.is_null())
    ctx.type_error("schema object or array of strings", j);
}

}  // namespace windlass::api
