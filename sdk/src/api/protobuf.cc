#include <windlass/api/protobuf.h>

#include <windlass/core/base64.h>

#include <cstring>
#include <unordered_map>

namespace windlass::api {

namespace {

constexpr std::string_view kMagic("k8s\0", 4);
constexpr int kMaxDepth = 100;

enum WireType { kVarint = 0, kFixed64 = 1, kLengthDelimited = 2, kFixed32 = 5 };

struct DecodeError {
  std::string message;
};

class Reader {
 public:
  Reader(std::string_view data, std::size_t base) : data_(data), base_(base) {}
  bool done() const { return pos_ >= data_.size(); }
  std::size_t offset() const { return base_ + pos_; }

  std::uint64_t varint() {
    std::uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (pos_ >= data_.size()) fail("truncated varint");
      auto b = static_cast<unsigned char>(data_[pos_++]);
      v |= static_cast<std::uint64_t>(b & 0x7F) << shift;
      if (!(b & 0x80)) return v;
    }
    fail("varint longer than 10 bytes");
  }
  std::string_view bytes(std::size_t n) {
    if (n > data_.size() - pos_) fail("length " + std::to_string(n) + " runs past the end");
    auto s = data_.substr(pos_, n);
    pos_ += n;
    return s;
  }
  std::uint64_t fixed(int n) {
    auto s = bytes(static_cast<std::size_t>(n));
    std::uint64_t v = 0;
    for (int i = n - 1; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(s[static_cast<std::size_t>(i)]);
    return v;
  }
  // Reads a field's tag; returns {number, wire type}.
  std::pair<std::uint32_t, int> tag() {
    std::uint64_t t = varint();
    auto number = static_cast<std::uint32_t>(t >> 3);
    if (number == 0) fail("field number 0");
    return {number, static_cast<int>(t & 7)};
  }
  void skip(int wire) {
    switch (wire) {
      case kVarint: varint(); break;
      case kFixed64: bytes(8); break;
      case kLengthDelimited: bytes(varint()); break;
      case kFixed32: bytes(4); break;
      default: fail("unsupported wire type " + std::to_string(wire));
    }
  }
  [[noreturn]] void fail(const std::string& what) const {
    throw DecodeError{what + " at byte " + std::to_string(offset())};
  }
  std::size_t base_of_next() const { return base_ + pos_; }

 private:
  std::string_view data_;
  std::size_t base_;
  std::size_t pos_ = 0;
};

// Reads a length-delimited payload and returns a reader over it.
Reader sub_reader(Reader& r, int wire) {
  if (wire != kLengthDelimited) r.fail("expected a length-delimited field");
  std::uint64_t n = r.varint();
  std::size_t base = r.base_of_next();
  return Reader(r.bytes(n), base);
}

Json decode_value(Reader& r, int wire, const TypeRef& type, int depth);

Json decode_message(Reader r, const TypeRef& type, int depth);

std::string format_time(std::int64_t seconds, std::int64_t nanos, bool micro) {
  TimePoint t{std::chrono::seconds(seconds) + std::chrono::microseconds(nanos / 1000)};
  return micro ? format_rfc3339_micro(t) : format_rfc3339(t);
}

Json decode_scalar_message(Reader r, ValueKind kind) {
  std::int64_t seconds = 0, nanos = 0, is_string = 0, int_val = 0;
  std::string str;
  while (!r.done()) {
    auto [n, w] = r.tag();
    if (kind == ValueKind::kQuantity && n == 1 && w == kLengthDelimited) {
      str = std::string(r.bytes(r.varint()));
    } else if ((kind == ValueKind::kTime || kind == ValueKind::kMicroTime) && w == kVarint && (n == 1 || n == 2)) {
      (n == 1 ? seconds : nanos) = static_cast<std::int64_t>(r.varint());
    } else if (kind == ValueKind::kIntOrString && w == kVarint && (n == 1 || n == 2)) {
      auto v = static_cast<std::int64_t>(r.varint());
      if (n == 1) is_string = v;
      else int_val = static_cast<std::int32_t>(v);
    } else if (kind == ValueKind::kIntOrString && n == 3 && w == kLengthDelimited) {
      str = std::string(r.bytes(r.varint()));
    } else if (kind == ValueKind::kRaw && n == 1 && w == kLengthDelimited) {
      str = std::string(r.bytes(r.varint()));
    } else {
      r.skip(w);
    }
  }
  switch (kind) {
    case ValueKind::kQuantity: return str;
    case ValueKind::kTime:
    case ValueKind::kMicroTime:
      if (seconds == 0 && nanos == 0) return nullptr;
      return format_time(seconds, nanos, kind == ValueKind::kMicroTime);
    case ValueKind::kIntOrString: return is_string ? Json(str) : Json(int_val);
    case ValueKind::kRaw: {
      if (str.empty()) return nullptr;
      auto j = parse_json(str);
      if (!j) r.fail("RawExtension is not JSON: " + j.error().message());
      return *j;
    }
    default: return nullptr;
  }
}

Json decode_value(Reader& r, int wire, const TypeRef& type, int depth) {
  switch (type.kind) {
    case ValueKind::kBool:
      if (wire != kVarint) r.fail("expected a varint");
      return r.varint() != 0;
    case ValueKind::kInt32:
      if (wire != kVarint) r.fail("expected a varint");
      return static_cast<std::int32_t>(r.varint());
    case ValueKind::kInt64:
      if (wire != kVarint) r.fail("expected a varint");
      return static_cast<std::int64_t>(r.varint());
    case ValueKind::kDouble: {
      if (wire != kFixed64) r.fail("expected a 64-bit field");
      std::uint64_t bits = r.fixed(8);
      double d;
      std::memcpy(&d, &bits, sizeof d);
      return d;
    }
    case ValueKind::kString: {
      if (wire != kLengthDelimited) r.fail("expected a length-delimited field");
      return std::string(r.bytes(r.varint()));
    }
    case ValueKind::kBytes: {
      if (wire != kLengthDelimited) r.fail("expected a length-delimited field");
      return base64_encode(r.bytes(r.varint()));
    }
    case ValueKind::kQuantity:
    case ValueKind::kTime:
    case ValueKind::kMicroTime:
    case ValueKind::kIntOrString:
    case ValueKind::kRaw:
      return decode_scalar_message(sub_reader(r, wire), type.kind);
    case ValueKind::kObject:
      return decode_message(sub_reader(r, wire), type, depth + 1);
    case ValueKind::kArray:
    case ValueKind::kMap:
      r.fail("nested repeated field");  // handled by the caller
  }
  return nullptr;
}

bool is_zero(const Json& v) {
  return v.is_null() || (v.is_string() && v.get_ref<const std::string&>().empty()) ||
         (v.is_boolean() && !v.get<bool>()) ||
         (v.is_number_integer() && v.get<std::int64_t>() == 0) ||
         (v.is_number_float() && v.get<double>() == 0) || (v.is_structured() && v.empty());
}

using FieldsByNumber = std::unordered_map<std::uint32_t, const FieldBase*>;

// Decodes the fields of one message into `out`; `embedded` maps the numbers of Go-embedded
// messages to their fields, whose JSON lands in `out` too.
void decode_fields(Reader r, const FieldsByNumber& fields,
                   const std::unordered_map<std::uint32_t, FieldsByNumber>& embedded, Json& out,
                   int depth) {
  while (!r.done()) {
    auto [number, wire] = r.tag();
    if (auto e = embedded.find(number); e != embedded.end()) {
      if (depth + 1 > kMaxDepth) r.fail("message nested too deeply");
      decode_fields(sub_reader(r, wire), e->second, {}, out, depth + 1);
      continue;
    }
    auto it = fields.find(number);
    if (it == fields.end()) {
      r.skip(wire);
      continue;
    }
    const FieldBase& f = *it->second;
    const TypeRef& ft = f.type();
    const std::string& name = f.json_name();
    if (ft.kind == ValueKind::kArray) {
      const TypeRef& elem = ft.element();
      Json& arr = out[name];
      if (!arr.is_array()) arr = Json::array();
      bool packable = elem.kind == ValueKind::kBool || elem.kind == ValueKind::kInt32 ||
                      elem.kind == ValueKind::kInt64;
      if (packable && wire == kLengthDelimited) {
        Reader packed = sub_reader(r, wire);
        while (!packed.done()) arr.push_back(decode_value(packed, kVarint, elem, depth));
      } else {
        arr.push_back(decode_value(r, wire, elem, depth));
      }
    } else if (ft.kind == ValueKind::kMap) {
      Reader entry = sub_reader(r, wire);
      std::string key;
      Json value;
      while (!entry.done()) {
        auto [n, w] = entry.tag();
        if (n == 1 && w == kLengthDelimited) key = std::string(entry.bytes(entry.varint()));
        else if (n == 2) value = decode_value(entry, w, ft.element(), depth);
        else entry.skip(w);
      }
      Json& m = out[name];
      if (!m.is_object()) m = Json::object();
      m[key] = value.is_null() && ft.element().kind == ValueKind::kString ? Json("") : value;
    } else {
      out[name] = decode_value(r, wire, ft, depth);
    }
  }
}

Json decode_message(Reader r, const TypeRef& type, int depth) {
  if (depth > kMaxDepth) r.fail("message nested too deeply");
  if (type.kind != ValueKind::kObject) r.fail("not a message type");
  const TypeDescriptor& desc = type.object();
  FieldsByNumber by_number;
  std::unordered_map<std::uint32_t, FieldsByNumber> embedded;
  for (const auto& f : desc.fields()) {
    const FieldMarkers& m = f->markers();
    if (m.proto <= 0) continue;
    auto n = static_cast<std::uint32_t>(m.proto);
    if (m.proto_embedded_in > 0) embedded[static_cast<std::uint32_t>(m.proto_embedded_in)][n] = f.get();
    else by_number[n] = f.get();
  }
  Json out = Json::object();
  decode_fields(std::move(r), by_number, embedded, out, depth);
  // gogo writes every non-pointer field; drop the empty ones JSON would have omitted.
  for (const auto& f : desc.fields()) {
    auto it = out.find(f->json_name());
    if (it == out.end()) continue;
    if (f->markers().omit_empty && !f->type().optional && f->type().kind != ValueKind::kObject &&
        f->type().kind != ValueKind::kTime && f->type().kind != ValueKind::kMicroTime &&
        is_zero(*it))
      out.erase(it);
  }
  return out;
}

}  // namespace

Result<ProtobufEnvelope> parse_protobuf_envelope(std::string_view body) {
  if (body.substr(0, kMagic.size()) != kMagic)
    return Error(ErrorCode::kBadRequest, "protobuf body does not start with the k8s\\0 magic");
  try {
    ProtobufEnvelope env;
    Reader r(body.substr(kMagic.size()), kMagic.size());
    while (!r.done()) {
      auto [n, w] = r.tag();
      if (n == 1) {
        Reader tm = sub_reader(r, w);
        while (!tm.done()) {
          auto [tn, tw] = tm.tag();
          if (tn == 1 && tw == kLengthDelimited) env.api_version = std::string(tm.bytes(tm.varint()));
          else if (tn == 2 && tw == kLengthDelimited) env.kind = std::string(tm.bytes(tm.varint()));
          else tm.skip(tw);
        }
      } else if (n >= 2 && n <= 4 && w == kLengthDelimited) {
        std::string v(r.bytes(r.varint()));
        (n == 2 ? env.raw : n == 3 ? env.content_encoding : env.content_type) = std::move(v);
      } else {
        r.skip(w);
      }
    }
    return env;
  } catch (const DecodeError& e) {
    return Error(ErrorCode::kBadRequest, "invalid protobuf envelope: " + e.message);
  }
}

Result<Json> protobuf_to_json(std::string_view message, const TypeRef& type) {
  try {
    return decode_message(Reader(message, 0), type, 0);
  } catch (const DecodeError& e) {
    return Error(ErrorCode::kBadRequest, "invalid protobuf message: " + e.message);
  }
}

Result<Json> decode_protobuf_body(std::string_view body, const TypeRef& type) {
  WINDLASS_TRY(ProtobufEnvelope env, parse_protobuf_envelope(body));
  WINDLASS_TRY(Json obj, protobuf_to_json(env.raw, type));
  Json out = Json::object();
  out["apiVersion"] = env.api_version;
  out["kind"] = env.kind;
  for (auto it = obj.begin(); it != obj.end(); ++it) out[it.key()] = it.value();
  return out;
}

}  // namespace windlass::api
