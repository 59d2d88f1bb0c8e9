#include <windlass/api/describe.h>
#include <windlass/api/schema_markers.h>

#include <windlass/core/base64.h>
#include <windlass/core/field_error.h>

#include <set>

namespace windlass::api {

// ---- DecodeContext ------------------------------------------------------------------------

void DecodeContext::push(std::string_view segment) {
  if (!segment.empty() && segment.front() != '[' && !path_.empty()) path_ += '.';
  path_ += segment;
}

// Built by appending: gcc 12 at -O3 warns falsely (-Wrestrict, GCC bug 105329) on
// `"[" + std::to_string(i) + "]"`.
void DecodeContext::push_index(std::size_t index) {
  path_ += '[';
  path_ += std::to_string(index);
  path_ += ']';
}

void DecodeContext::push_key(std::string_view key) {
  path_ += '[';
  path_ += key;
  path_ += ']';
}

std::string DecodeContext::current() const { return path_.empty() ? std::string("<root>") : path_; }

void DecodeContext::type_error(std::string_view expected, const Json& got) {
  std::string msg = current() + ": expected " + std::string(expected) + ", got " +
                    std::string(json_type_name(got));
  if (got.is_primitive() && !got.is_null()) msg += " " + to_json_string(got);
  errors_.push_back(std::move(msg));
}

void DecodeContext::error(std::string message) {
  errors_.push_back(current() + ": " + std::move(message));
}

void DecodeContext::unknown_field(std::string_view key) {
  std::string p = path_;
  if (!p.empty()) p += '.';
  p += key;
  unknown_.push_back(std::move(p));
}

Error DecodeContext::to_error() const {
  std::string msg;
  if (!unknown_.empty()) {
    msg = "strict decoding error: ";
    for (std::size_t i = 0; i < unknown_.size(); ++i) {
      if (i) msg += ", ";
      msg += "unknown field " + go_quote(unknown_[i]);
    }
  }
  for (const auto& e : errors_) {
    if (!msg.empty()) msg += "; ";
    msg += e;
  }
  return Error(ErrorCode::kBadRequest, std::move(msg));
}

// ---- TypeDescriptor ---------------------------------------------------------------------

FieldBase& TypeDescriptor::add(std::unique_ptr<FieldBase> f) {
  by_name_[f->json_name()] = fields_.size();
  fields_.push_back(std::move(f));
  return *fields_.back();
}

const FieldBase* TypeDescriptor::find(std::string_view json_name) const {
  auto it = by_name_.find(std::string(json_name));
  return it == by_name_.end() ? nullptr : fields_[it->second].get();
}

Json TypeDescriptor::encode(const void* obj) const {
  Json out = Json::object();
  for (const auto& f : fields_) {
    if (f->markers().omit_empty && f->is_empty(obj)) continue;
    out[f->json_name()] = f->encode(obj);
  }
  if (cunknown_) {
    const Json& extra = cunknown_(obj)->value;
    if (extra.is_object())
      for (auto it = extra.begin(); it != extra.end(); ++it)
        if (!out.contains(it.key())) out[it.key()] = it.value();
  }
  return out;
}

void TypeDescriptor::decode(const Json& j, void* obj, DecodeContext& ctx) const {
  if (j.is_null()) return;  // Go leaves the value as it was
  if (!j.is_object()) {
    ctx.type_error("object", j);
    return;
  }
  for (auto it = j.begin(); it != j.end(); ++it) {
    if (const FieldBase* f = find(it.key())) {
      auto m = ctx.mark();
      ctx.push(it.key());
      f->decode(it.value(), obj, ctx);
      ctx.pop(m);
    } else if (ctx.options().strict) {
      ctx.unknown_field(it.key());
    } else if (unknown_) {
      unknown_(obj)->value[it.key()] = it.value();
    }
  }
}

// ---- scalar decoders --------------------------------------------------------------------

namespace internal {

bool decode_bool(const Json& j, bool& out, DecodeContext& ctx) {
  if (j.is_null()) return false;
  if (!j.is_boolean()) {
    ctx.type_error("boolean", j);
    return false;
  }
  out = j.get<bool>();
  return true;
}

bool decode_int(const Json& j, std::int64_t lo, std::int64_t hi, std::int64_t& out,
                DecodeContext& ctx) {
  if (j.is_null()) return false;
  if (j.is_number_unsigned()) {
    auto u = j.get<std::uint64_t>();
    if (u > static_cast<std::uint64_t>(hi)) {
      ctx.error("value " + std::to_string(u) + " out of range");
      return false;
    }
    out = static_cast<std::int64_t>(u);
    return true;
  }
  if (!j.is_number_integer()) {
    ctx.type_error("integer", j);
    return false;
  }
  auto v = j.get<std::int64_t>();
  if (v < lo || v > hi) {
    ctx.error("value " + std::to_string(v) + " out of range");
    return false;
  }
  out = v;
  return true;
}

bool decode_double(const Json& j, double& out, DecodeContext& ctx) {
  if (j.is_null()) return false;
  if (!j.is_number()) {
    ctx.type_error("number", j);
    return false;
  }
  out = j.get<double>();
  return true;
}

bool decode_string(const Json& j, std::string& out, DecodeContext& ctx) {
  if (j.is_null()) return false;
  if (!j.is_string()) {
    ctx.type_error("string", j);
    return false;
  }
  out = j.get<std::string>();
  return true;
}

bool decode_quantity(const Json& j, Quantity& out, DecodeContext& ctx) {
  if (j.is_null()) return false;
  std::string text;
  if (j.is_string()) text = j.get<std::string>();
  else if (j.is_number()) text = j.dump();  // resource.Quantity accepts bare numbers
  else {
    ctx.type_error("quantity (string or number)", j);
    return false;
  }
  auto q = Quantity::parse(text);
  if (!q) {
    ctx.error(q.error().message());
    return false;
  }
  out = *q;
  return true;
}

bool decode_time(const Json& j, Time& out, DecodeContext& ctx) {
  std::string text;
  if (!decode_string(j, text, ctx) || text.empty()) return false;
  auto t = Time::parse(text);
  if (!t) {
    ctx.error(t.error().message());
    return false;
  }
  out = *t;
  return true;
}

bool decode_micro_time(const Json& j, MicroTime& out, DecodeContext& ctx) {
  std::string text;
  if (!decode_string(j, text, ctx) || text.empty()) return false;
  auto t = MicroTime::parse(text);
  if (!t) {
    ctx.error(t.error().message());
    return false;
  }
  out = *t;
  return true;
}

bool decode_int_or_string(const Json& j, IntOrString& out, DecodeContext& ctx) {
  if (j.is_null()) return false;
  if (j.is_string()) {
    out = IntOrString::of_string(j.get<std::string>());
    return true;
  }
  std::int64_t v = 0;
  if (j.is_number_integer() || j.is_number_unsigned()) {
    if (!decode_int(j, std::numeric_limits<std::int32_t>::min(),
                    std::numeric_limits<std::int32_t>::max(), v, ctx))
      return false;
    out = IntOrString::of_int(static_cast<std::int32_t>(v));
    return true;
  }
  ctx.type_error("integer or string", j);
  return false;
}

Json encode_int_or_string(const IntOrString& v) {
  return v.is_int() ? Json(v.int_value()) : Json(v.string_value());
}

bool decode_bytes(const Json& j, Bytes& out, DecodeContext& ctx) {
  std::string text;
  if (!decode_string(j, text, ctx)) return false;
  auto raw = base64_decode(text);
  if (!raw) {
    ctx.error(raw.error().message());
    return false;
  }
  out.data = std::move(*raw);
  return true;
}

Json encode_bytes(const Bytes& v) { return base64_encode(v.data); }

}  // namespace internal

// ---- schema -----------------------------------------------------------------------------

namespace {

// The pattern controller-gen puts on resource.Quantity fields.
constexpr const char* kQuantityPattern =
    R"(^(\+|-)?(([0-9]+(\.[0-9]*)?)|(\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\+|-)?(([0-9]+(\.[0-9]*)?)|(\.[0-9]+))))?$)";

Json int_or_string_schema() {
  return Json{{"anyOf", Json::array({Json{{"type", "integer"}}, Json{{"type", "string"}}})},
              {"x-kubernetes-int-or-string", true}};
}

// Bounds are doubles; integral ones print as integers, as controller-gen writes them.
Json number(double v) {
  if (v == static_cast<double>(static_cast<std::int64_t>(v))) return static_cast<std::int64_t>(v);
  return v;
}

// Types whose schema is being written; a type met again inside itself cannot be inlined.
thread_local std::set<const TypeDescriptor*> g_in_progress;

}  // namespace

void apply_field_markers(Json& s, const FieldMarkers& m, bool swagger2) {
  if (!m.doc.empty()) s["description"] = m.doc;
  if (!m.enum_values.empty()) s["enum"] = m.enum_values;
  if (m.default_value) s["default"] = *m.default_value;
  if (m.minimum) {
    s["minimum"] = number(*m.minimum);
    if (m.exclusive_minimum) s["exclusiveMinimum"] = true;
  }
  if (m.maximum) {
    s["maximum"] = number(*m.maximum);
    if (m.exclusive_maximum) s["exclusiveMaximum"] = true;
  }
  if (m.min_length) s["minLength"] = *m.min_length;
  if (m.max_length) s["maxLength"] = *m.max_length;
  if (m.min_items) s["minItems"] = *m.min_items;
  if (m.max_items) s["maxItems"] = *m.max_items;
  if (!m.pattern.empty()) s["pattern"] = m.pattern;
  if (!m.format.empty()) s["format"] = m.format;
  if (m.nullable && !swagger2) s["nullable"] = true;  // OpenAPI 3.0 only
  switch (m.list_type) {
    case ListType::kAtomic: s["x-kubernetes-list-type"] = "atomic"; break;
    case ListType::kSet: s["x-kubernetes-list-type"] = "set"; break;
    case ListType::kMap:
      s["x-kubernetes-list-type"] = "map";
      s["x-kubernetes-list-map-keys"] = m.list_map_keys;
      break;
    case ListType::kUnset: break;
  }
  switch (m.map_type) {
    case MapType::kAtomic: s["x-kubernetes-map-type"] = "atomic"; break;
    case MapType::kGranular: s["x-kubernetes-map-type"] = "granular"; break;
    case MapType::kUnset: break;
  }
  if (!m.patch_merge_key.empty()) s["x-kubernetes-patch-merge-key"] = m.patch_merge_key;
  if (!m.patch_strategy.empty()) s["x-kubernetes-patch-strategy"] = m.patch_strategy;
  if (m.preserve_unknown_fields) s["x-kubernetes-preserve-unknown-fields"] = true;
  if (m.embedded_resource) {
    s["x-kubernetes-embedded-resource"] = true;
    s["type"] = "object";
  }
}

Json schema_of(const TypeRef& type, const FieldMarkers* markers) {
  Json s = Json::object();
  switch (type.kind) {
    case ValueKind::kBool: s["type"] = "boolean"; break;
    case ValueKind::kInt32: s = {{"type", "integer"}, {"format", "int32"}}; break;
    case ValueKind::kInt64: s = {{"type", "integer"}, {"format", "int64"}}; break;
    case ValueKind::kDouble: s = {{"type", "number"}, {"format", "double"}}; break;
    case ValueKind::kString: s["type"] = "string"; break;
    case ValueKind::kQuantity:
      s = int_or_string_schema();
      s["pattern"] = kQuantityPattern;
      break;
    case ValueKind::kTime:
    case ValueKind::kMicroTime: s = {{"type", "string"}, {"format", "date-time"}}; break;
    case ValueKind::kIntOrString: s = int_or_string_schema(); break;
    case ValueKind::kBytes: s = {{"type", "string"}, {"format", "byte"}}; break;
    case ValueKind::kRaw: s = {{"type", "object"}, {"x-kubernetes-preserve-unknown-fields", true}}; break;
    case ValueKind::kArray:
      s["type"] = "array";
      s["items"] = schema_of(type.element());
      break;
    case ValueKind::kMap:
      s["type"] = "object";
      s["additionalProperties"] = schema_of(type.element());
      break;
    case ValueKind::kObject: {
      const TypeDescriptor& desc = type.object();
      if (g_in_progress.count(&desc)) {
        s = {{"type", "object"}, {"x-kubernetes-preserve-unknown-fields", true}};
        break;
      }
      g_in_progress.insert(&desc);
      s["type"] = "object";
      if (!desc.doc().empty()) s["description"] = desc.doc();
      Json props = Json::object();
      Json required = Json::array();
      for (const auto& f : desc.fields()) {
        props[f->json_name()] = schema_of(f->type(), &f->markers());
        if (f->markers().required) required.push_back(f->json_name());
      }
      if (!props.empty()) s["properties"] = std::move(props);
      if (!required.empty()) s["required"] = std::move(required);
      g_in_progress.erase(&desc);
      break;
    }
  }
  if (markers) apply_field_markers(s, *markers);
  return s;
}

}  // namespace windlass::api
