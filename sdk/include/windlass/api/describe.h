// windlass/api/describe.h — declare a Kubernetes type once; get its JSON codec and schema.
//
// A Kubernetes type is a plain C++ aggregate. Next to it, one description lists its fields with
// their JSON names and markers (documentation, validation, list/map semantics, protobuf field
// numbers). From that single description Windlass derives:
//   - `encode(obj)` / `decode<T>(json)`: JSON with Go's omitempty rules, errors that name the
//     field path, and every field the type does not model kept in `unknown_fields`, so reading
//     and writing back an object never drops what a newer server added;
//   - `schema_of<T>()`: the OpenAPI v3 structural schema with the `x-kubernetes-*` markers, as a
//     CRD's `openAPIV3Schema` wants it.
//
// The header side is cheap (plain structs and one function declaration per type); the
// description, and all template work, lives in a .cc file, so declaring many kinds keeps
// every other translation unit fast.
//
//   // widget.h
//   struct WidgetSpec {
//     std::int32_t size = 0;
//     std::string color;
//     windlass::api::UnknownFields unknown_fields;
//   };
//   WINDLASS_API_DESCRIBED(WidgetSpec);
//
//   // widget.cc
//   WINDLASS_API_DESCRIBE(WidgetSpec, d) {
//     d.doc("The desired state of a Widget.");
//     d.field("size", &WidgetSpec::size).doc("How many widgets to run.").minimum(1).required();
//     d.field("color", &WidgetSpec::color).enum_values({"red", "blue"}).default_value("red");
//   }
//
//   WINDLASS_TRY(WidgetSpec spec, windlass::api::decode<WidgetSpec>(json));
//   windlass::Json back = windlass::api::encode(spec);   // unknown fields included
#pragma once

#include <windlass/core/int_or_string.h>
#include <windlass/core/json.h>
#include <windlass/core/quantity.h>
#include <windlass/core/time.h>

#include <concepts>
#include <cstdint>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <vector>

namespace windlass::api {

// The fields of an object that its C++ type does not model, kept verbatim (a JSON object).
struct UnknownFields {
  Json value = Json::object();
  bool operator==(const UnknownFields&) const = default;
};

// Raw bytes, base64 in JSON (Go's []byte: Secret.data, ConfigMap.binaryData).
struct Bytes {
  std::string data;
  bool operator==(const Bytes&) const = default;
};

// Selects a type's description through argument-dependent lookup.
template <class T>
struct Tag {};

class TypeDescriptor;

// What a value is, for the schema and for the codec's type checks.
enum class ValueKind {
  kBool,
  kInt32,
  kInt64,
  kDouble,
  kString,
  kQuantity,
  kTime,
  kMicroTime,
  kIntOrString,
  kBytes,   // base64 string
  kRaw,     // any JSON, kept as is (RawExtension, preserve-unknown-fields)
  kObject,  // a described struct
  kArray,
  kMap,     // string keys
};

// A node of a type tree. Element and object links are lazy so that recursive types work.
struct TypeRef {
  ValueKind kind;
  const TypeDescriptor& (*object)() = nullptr;  // kObject
  const TypeRef& (*element)() = nullptr;        // kArray, kMap
  bool optional = false;                        // a std::optional member (Go pointer)
};

enum class ListType { kUnset, kAtomic, kSet, kMap };
enum class MapType { kUnset, kGranular, kAtomic };

// Everything that can be said about one field besides its C++ type.
struct FieldMarkers {
  std::string doc;
  int proto = 0;  // protobuf field number from upstream generated.proto; 0 = none
  // For a field of a Go-embedded struct (JSON-inlined, like Volume's VolumeSource): the field
  // number of that embedded message in this type; `proto` is then the number inside it.
  int proto_embedded_in = 0;
  bool required = false;
  bool omit_empty = true;  // Go's `omitempty`; required fields are always written
  std::vector<std::string> enum_values;
  std::optional<Json> default_value;
  std::optional<double> minimum;
  std::optional<double> maximum;
  bool exclusive_minimum = false;
  bool exclusive_maximum = false;
  std::optional<std::int64_t> min_length;
  std::optional<std::int64_t> max_length;
  std::optional<std::int64_t> min_items;
  std::optional<std::int64_t> max_items;
  std::string pattern;
  std::string format;
  bool nullable = false;
  ListType list_type = ListType::kUnset;
  std::vector<std::string> list_map_keys;
  MapType map_type = MapType::kUnset;
  std::string patch_merge_key;
  std::string patch_strategy;  // "merge", "replace", "retainKeys", "merge,retainKeys"
  bool preserve_unknown_fields = false;
  bool embedded_resource = false;
};

// Decoding knobs; the defaults are kube-apiserver's lenient decoding.
struct DecodeOptions {
  // Unknown fields are errors (`unknown field "spec.foo"`) instead of being kept.
  bool strict = false;
};

// Carries the field path and collected problems through one decode.
class DecodeContext {
 public:
  explicit DecodeContext(const DecodeOptions& options) : options_(options) {}
  const DecodeOptions& options() const { return options_; }
  void push(std::string_view segment);  // a field name (joined with '.') or "[3]"
  void push_index(std::size_t index);    // "[3]"
  void push_key(std::string_view key);   // "[key]" (map entries, as apimachinery prints them)
  void pop(std::size_t size_before) { path_.resize(size_before); }
  std::size_t mark() const { return path_.size(); }
  // "expected integer, got string" at the current path.
  void type_error(std::string_view expected, const Json& got);
  void error(std::string message);
  void unknown_field(std::string_view key);
  bool ok() const { return errors_.empty() && unknown_.empty(); }
  Error to_error() const;

 private:
  std::string current() const;
  const DecodeOptions& options_;
  std::string path_;
  std::vector<std::string> errors_;
  std::vector<std::string> unknown_;
};

// The type-erased view of one described field.
class FieldBase {
 public:
  FieldBase(std::string json_name, const TypeRef& type) : json_name_(std::move(json_name)), type_(type) {}
  virtual ~FieldBase() = default;
  const std::string& json_name() const { return json_name_; }
  const TypeRef& type() const { return type_; }
  FieldMarkers& markers() { return markers_; }
  const FieldMarkers& markers() const { return markers_; }

  virtual bool is_empty(const void* obj) const = 0;
  virtual Json encode(const void* obj) const = 0;
  virtual void decode(const Json& j, void* obj, DecodeContext& ctx) const = 0;

 private:
  std::string json_name_;
  const TypeRef& type_;
  FieldMarkers markers_;
};

// The description of one struct: its fields in declaration order and where it keeps unknown
// fields. Built once, immutable afterwards, shared by all threads.
class TypeDescriptor {
 public:
  explicit TypeDescriptor(std::string name) : name_(std::move(name)) {}
  const std::string& name() const { return name_; }
  const std::string& doc() const { return doc_; }
  const std::vector<std::unique_ptr<FieldBase>>& fields() const { return fields_; }
  const FieldBase* find(std::string_view json_name) const;

  Json encode(const void* obj) const;
  void decode(const Json& j, void* obj, DecodeContext& ctx) const;

  // Used while building.
  void set_doc(std::string doc) { doc_ = std::move(doc); }
  FieldBase& add(std::unique_ptr<FieldBase> f);
  void set_unknown(UnknownFields* (*get)(void*), const UnknownFields* (*cget)(const void*)) {
    unknown_ = get;
    cunknown_ = cget;
  }

 private:
  std::string name_;
  std::string doc_;
  std::vector<std::unique_ptr<FieldBase>> fields_;
  std::unordered_map<std::string, std::size_t> by_name_;
  UnknownFields* (*unknown_)(void*) = nullptr;
  const UnknownFields* (*cunknown_)(const void*) = nullptr;
};

// ---- codecs for member types ------------------------------------------------------------

template <class M, class = void>
struct Codec;  // specialised below for every supported member type

template <class M>
concept Described = requires { { describe(Tag<M>{}) } -> std::same_as<const TypeDescriptor&>; };

namespace internal {
template <ValueKind K>
const TypeRef& scalar_ref() {
  static const TypeRef ref{K};
  return ref;
}
bool decode_bool(const Json& j, bool& out, DecodeContext& ctx);
bool decode_int(const Json& j, std::int64_t lo, std::int64_t hi, std::int64_t& out,
                DecodeContext& ctx);
bool decode_double(const Json& j, double& out, DecodeContext& ctx);
bool decode_string(const Json& j, std::string& out, DecodeContext& ctx);
bool decode_quantity(const Json& j, Quantity& out, DecodeContext& ctx);
bool decode_time(const Json& j, Time& out, DecodeContext& ctx);
bool decode_micro_time(const Json& j, MicroTime& out, DecodeContext& ctx);
bool decode_int_or_string(const Json& j, IntOrString& out, DecodeContext& ctx);
Json encode_int_or_string(const IntOrString& v);
bool decode_bytes(const Json& j, Bytes& out, DecodeContext& ctx);
Json encode_bytes(const Bytes& v);
}  // namespace internal

template <>
struct Codec<bool> {
  static const TypeRef& ref() { return internal::scalar_ref<ValueKind::kBool>(); }
  static bool is_empty(bool v) { return !v; }
  static Json encode(bool v) { return v; }
  static void decode(const Json& j, bool& out, DecodeContext& ctx) { internal::decode_bool(j, out, ctx); }
};

template <class I>
struct Codec<I, std::enable_if_t<std::is_same_v<I, std::int32_t> || std::is_same_v<I, std::int64_t>>> {
  static const TypeRef& ref() {
    return internal::scalar_ref<sizeof(I) == 4 ? ValueKind::kInt32 : ValueKind::kInt64>();
  }
  static bool is_empty(I v) { return v == 0; }
  static Json encode(I v) { return v; }
  static void decode(const Json& j, I& out, DecodeContext& ctx) {
    std::int64_t v = 0;
    if (internal::decode_int(j, std::numeric_limits<I>::min(), std::numeric_limits<I>::max(), v, ctx))
      out = static_cast<I>(v);
  }
};

template <>
struct Codec<double> {
  static const TypeRef& ref() { return internal::scalar_ref<ValueKind::kDouble>(); }
  static bool is_empty(double v) { return v == 0; }
  // Go prints an integral float64 without a fraction (`2`, not `2.0`).
  static Json encode(double v) {
    if (v == static_cast<double>(static_cast<std::int64_t>(v)) && v >= -9.0e15 && v <= 9.0e15)
      return static_cast<std::int64_t>(v);
    return v;
  }
  static void decode(const Json& j, double& out, DecodeContext& ctx) { internal::decode_double(j, out, ctx); }
};

template <>
struct Codec<std::string> {
  static const TypeRef& ref() { return internal::scalar_ref<ValueKind::kString>(); }
  static bool is_empty(const std::string& v) { return v.empty(); }
  static Json encode(const std::string& v) { return v; }
  static void decode(const Json& j, std::string& out, DecodeContext& ctx) { internal::decode_string(j, out, ctx); }
};

template <>
struct Codec<Quantity> {
  static const TypeRef& ref() { return internal::scalar_ref<ValueKind::kQuantity>(); }
  static bool is_empty(const Quantity&) { return false; }  // a struct in Go: never omitted
  static Json encode(const Quantity& v) { return v.to_string(); }
  static void decode(const Json& j, Quantity& out, DecodeContext& ctx) { internal::decode_quantity(j, out, ctx); }
};

template <>
struct Codec<Time> {
  static const TypeRef& ref() { return internal::scalar_ref<ValueKind::kTime>(); }
  // A struct in Go: omitempty never drops it, and the zero time encodes as null (hence the
  // familiar `creationTimestamp: null`). Use std::optional<Time> for Go's *metav1.Time.
  static bool is_empty(const Time&) { return false; }
  static Json encode(const Time& v) { return is_zero(v) ? Json(nullptr) : Json(v.to_string()); }
  static bool is_zero(const Time& v) { return v.value.time_since_epoch().count() == 0; }
  static void decode(const Json& j, Time& out, DecodeContext& ctx) { internal::decode_time(j, out, ctx); }
};

template <>
struct Codec<MicroTime> {
  static const TypeRef& ref() { return internal::scalar_ref<ValueKind::kMicroTime>(); }
  static bool is_empty(const MicroTime&) { return false; }
  static Json encode(const MicroTime& v) { return is_zero(v) ? Json(nullptr) : Json(v.to_string()); }
  static bool is_zero(const MicroTime& v) { return v.value.time_since_epoch().count() == 0; }
  static void decode(const Json& j, MicroTime& out, DecodeContext& ctx) { internal::decode_micro_time(j, out, ctx); }
};

template <>
struct Codec<IntOrString> {
  static const TypeRef& ref() { return internal::scalar_ref<ValueKind::kIntOrString>(); }
  static bool is_empty(const IntOrString& v) { return !v.is_int() && v.string_value().empty(); }
  static Json encode(const IntOrString& v) { return internal::encode_int_or_string(v); }
  static void decode(const Json& j, IntOrString& out, DecodeContext& ctx) { internal::decode_int_or_string(j, out, ctx); }
};

template <>
struct Codec<Bytes> {
  static const TypeRef& ref() { return internal::scalar_ref<ValueKind::kBytes>(); }
  static bool is_empty(const Bytes& v) { return v.data.empty(); }
  static Json encode(const Bytes& v) { return internal::encode_bytes(v); }
  static void decode(const Json& j, Bytes& out, DecodeContext& ctx) { internal::decode_bytes(j, out, ctx); }
};

template <>
struct Codec<Json> {
  static const TypeRef& ref() { return internal::scalar_ref<ValueKind::kRaw>(); }
  static bool is_empty(const Json& v) { return v.is_null(); }
  static Json encode(const Json& v) { return v; }
  static void decode(const Json& j, Json& out, DecodeContext&) { out = j; }
};

template <Described S>
struct Codec<S> {
  static const TypeRef& ref() {
    static const TypeRef r{ValueKind::kObject, [] () -> const TypeDescriptor& { return describe(Tag<S>{}); }};
    return r;
  }
  static bool is_empty(const S&) { return false; }  // Go never omits a struct value
  static Json encode(const S& v) { return describe(Tag<S>{}).encode(&v); }
  static void decode(const Json& j, S& out, DecodeContext& ctx) { describe(Tag<S>{}).decode(j, &out, ctx); }
};

template <class E>
struct Codec<std::optional<E>> {
  static const TypeRef& ref() {
    static const TypeRef r = [] {
      TypeRef t = Codec<E>::ref();
      t.optional = true;
      return t;
    }();
    return r;
  }
  static bool is_empty(const std::optional<E>& v) { return !v.has_value(); }
  static Json encode(const std::optional<E>& v) { return v ? Codec<E>::encode(*v) : Json(nullptr); }
  static void decode(const Json& j, std::optional<E>& out, DecodeContext& ctx) {
    if (j.is_null()) {
      out.reset();
      return;
    }
    E v{};
    Codec<E>::decode(j, v, ctx);
    out = std::move(v);
  }
};

template <class E>
struct Codec<std::vector<E>> {
  static const TypeRef& ref() {
    static const TypeRef r{ValueKind::kArray, nullptr, [] () -> const TypeRef& { return Codec<E>::ref(); }};
    return r;
  }
  static bool is_empty(const std::vector<E>& v) { return v.empty(); }
  static Json encode(const std::vector<E>& v) {
    Json out = Json::array();
    for (const auto& e : v) out.push_back(Codec<E>::encode(e));
    return out;
  }
  static void decode(const Json& j, std::vector<E>& out, DecodeContext& ctx) {
    out.clear();
    if (j.is_null()) return;
    if (!j.is_array()) {
      ctx.type_error("array", j);
      return;
    }
    out.resize(j.size());
    for (std::size_t i = 0; i < j.size(); ++i) {
      auto m = ctx.mark();
      ctx.push_index(i);
      Codec<E>::decode(j[i], out[i], ctx);
      ctx.pop(m);
    }
  }
};

template <class E>
struct Codec<std::map<std::string, E>> {
  static const TypeRef& ref() {
    static const TypeRef r{ValueKind::kMap, nullptr, [] () -> const TypeRef& { return Codec<E>::ref(); }};
    return r;
  }
  static bool is_empty(const std::map<std::string, E>& v) { return v.empty(); }
  static Json encode(const std::map<std::string, E>& v) {
    Json out = Json::object();
    for (const auto& [k, e] : v) out[k] = Codec<E>::encode(e);
    return out;
  }
  static void decode(const Json& j, std::map<std::string, E>& out, DecodeContext& ctx) {
    out.clear();
    if (j.is_null()) return;
    if (!j.is_object()) {
      ctx.type_error("object", j);
      return;
    }
    for (auto it = j.begin(); it != j.end(); ++it) {
      auto m = ctx.mark();
      ctx.push_key(it.key());
      Codec<E>::decode(it.value(), out[it.key()], ctx);
      ctx.pop(m);
    }
  }
};

// ---- building descriptions --------------------------------------------------------------

template <class T, class M>
class MemberField final : public FieldBase {
 public:
  MemberField(std::string json_name, M T::*member)
      : FieldBase(std::move(json_name), Codec<M>::ref()), member_(member) {}
  bool is_empty(const void* obj) const override {
    return Codec<M>::is_empty(static_cast<const T*>(obj)->*member_);
  }
  Json encode(const void* obj) const override {
    return Codec<M>::encode(static_cast<const T*>(obj)->*member_);
  }
  void decode(const Json& j, void* obj, DecodeContext& ctx) const override {
    Codec<M>::decode(j, static_cast<T*>(obj)->*member_, ctx);
  }

 private:
  M T::*member_;
};

// Chainable markers for the field just declared; each method sets one FieldMarkers member.
class FieldBuilder {
 public:
  explicit FieldBuilder(FieldMarkers& m) : m_(m) {}
  FieldBuilder& doc(std::string text) { m_.doc = std::move(text); return *this; }
  FieldBuilder& proto(int number) { m_.proto = number; return *this; }
  // Protobuf for a field that Go declares in an embedded struct (inlined in JSON, a nested
  // message in protobuf): `.proto_embedded(2, 1)` is field 1 of the message at field 2.
  FieldBuilder& proto_embedded(int outer, int number) {
    m_.proto_embedded_in = outer;
    m_.proto = number;
    return *this;
  }
  // In the schema's `required` list, and always written (no omitempty).
  FieldBuilder& required() { m_.required = true; m_.omit_empty = false; return *this; }
  // Written even when empty (a Go field without omitempty) but not required.
  FieldBuilder& always() { m_.omit_empty = false; return *this; }
  FieldBuilder& enum_values(std::vector<std::string> v) { m_.enum_values = std::move(v); return *this; }
  FieldBuilder& default_value(Json v) { m_.default_value = std::move(v); return *this; }
  FieldBuilder& minimum(double v, bool exclusive = false) { m_.minimum = v; m_.exclusive_minimum = exclusive; return *this; }
  FieldBuilder& maximum(double v, bool exclusive = false) { m_.maximum = v; m_.exclusive_maximum = exclusive; return *this; }
  FieldBuilder& min_length(std::int64_t v) { m_.min_length = v; return *this; }
  FieldBuilder& max_length(std::int64_t v) { m_.max_length = v; return *this; }
  FieldBuilder& min_items(std::int64_t v) { m_.min_items = v; return *this; }
  FieldBuilder& max_items(std::int64_t v) { m_.max_items = v; return *this; }
  FieldBuilder& pattern(std::string v) { m_.pattern = std::move(v); return *this; }
  FieldBuilder& format(std::string v) { m_.format = std::move(v); return *this; }
  FieldBuilder& nullable() { m_.nullable = true; return *this; }
  FieldBuilder& list_atomic() { m_.list_type = ListType::kAtomic; return *this; }
  FieldBuilder& list_set() { m_.list_type = ListType::kSet; return *this; }
  // x-kubernetes-list-type: map with these keys; also the strategic-merge key when there is
  // exactly one and none was given.
  FieldBuilder& list_map(std::vector<std::string> keys) {
    m_.list_type = ListType::kMap;
    m_.list_map_keys = std::move(keys);
    return *this;
  }
  FieldBuilder& map_atomic() { m_.map_type = MapType::kAtomic; return *this; }
  FieldBuilder& map_granular() { m_.map_type = MapType::kGranular; return *this; }
  // Strategic merge patch: `patchStrategy:"merge" patchMergeKey:"name"`.
  FieldBuilder& patch_merge(std::string merge_key = {}) {
    m_.patch_strategy = "merge";
    m_.patch_merge_key = std::move(merge_key);
    return *this;
  }
  FieldBuilder& patch_strategy(std::string s) { m_.patch_strategy = std::move(s); return *this; }
  FieldBuilder& preserve_unknown_fields() { m_.preserve_unknown_fields = true; return *this; }
  FieldBuilder& embedded_resource() { m_.embedded_resource = true; return *this; }

 private:
  FieldMarkers& m_;
};

// What a WINDLASS_API_DESCRIBE body receives as `d`.
template <class T>
class Describer {
 public:
  explicit Describer(TypeDescriptor& desc) : desc_(desc) {}
  void doc(std::string text) { desc_.set_doc(std::move(text)); }
  template <class M>
  FieldBuilder field(std::string json_name, M T::*member) {
    FieldBase& f = desc_.add(std::make_unique<MemberField<T, M>>(std::move(json_name), member));
    return FieldBuilder(f.markers());
  }

 private:
  TypeDescriptor& desc_;
};

template <class T>
const TypeDescriptor* build_descriptor(const char* name, void (*body)(Describer<T>&)) {
  auto* desc = new TypeDescriptor(name);  // lives for the program, like a vtable
  if constexpr (requires(T t) { t.unknown_fields; }) {
    desc->set_unknown([](void* o) { return &static_cast<T*>(o)->unknown_fields; },
                      [](const void* o) { return &static_cast<const T*>(o)->unknown_fields; });
  }
  Describer<T> d(*desc);
  body(d);
  return desc;
}

// ---- using descriptions -----------------------------------------------------------------

// The JSON of a described value (its unknown fields included).
template <Described T>
Json encode(const T& value) {
  return describe(Tag<T>{}).encode(&value);
}

// A described value from JSON. Errors are kBadRequest; the message lists every problem with
// its path (`spec.size: expected integer, got string "3"`); in strict mode unknown fields are
// reported as kube-apiserver does (`strict decoding error: unknown field "spec.foo"`).
template <Described T>
Result<T> decode(const Json& json, const DecodeOptions& options = {}) {
  T value{};
  DecodeContext ctx(options);
  describe(Tag<T>{}).decode(json, &value, ctx);
  if (!ctx.ok()) return ctx.to_error();
  return value;
}

// The OpenAPI v3 schema of a type tree, inline (no $ref), as a CRD's openAPIV3Schema needs.
Json schema_of(const TypeRef& type, const FieldMarkers* markers = nullptr);
template <Described T>
Json schema_of() {
  return schema_of(Codec<T>::ref());
}

}  // namespace windlass::api

// In a header, next to the struct, in the struct's namespace.
#define WINDLASS_API_DESCRIBED(Type) \
  const ::windlass::api::TypeDescriptor& describe(::windlass::api::Tag<Type>)

// In one .cc file, in the struct's namespace: the description's body, with `var` the Describer.
#define WINDLASS_API_DESCRIBE(Type, var)                                                     \
  static void windlass_api_describe_##Type(::windlass::api::Describer<Type>& var);           \
  const ::windlass::api::TypeDescriptor& describe(::windlass::api::Tag<Type>) {              \
    static const ::windlass::api::TypeDescriptor* desc =                                     \
        ::windlass::api::build_descriptor<Type>(#Type, &windlass_api_describe_##Type);       \
    return *desc;                                                                            \
  }                                                                                          \
  static void windlass_api_describe_##Type(::windlass::api::Describer<Type>& var)
