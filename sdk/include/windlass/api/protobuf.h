// windlass/api/protobuf.h — decoding Kubernetes protobuf bodies into JSON.
//
// kubectl 1.32 sends `application/vnd.kubernetes.protobuf` bodies for `create namespace`,
// `create secret` and other typed-client commands (spec/apiserver.md D3). A body is the magic
// `k8s\0`, then a runtime.Unknown envelope {1: typeMeta{apiVersion, kind}, 2: raw,
// 3: contentEncoding, 4: contentType}; `raw` is the object's message, whose field numbers are
// the `.proto(N)` markers of the type's description (upstream generated.proto). Decoding
// produces the same JSON the client would have sent: gogo-protobuf writes every non-pointer
// field, so empty strings and zeros of omitempty fields are dropped, and Time, Quantity,
// IntOrString, maps, []byte and RawExtension take their JSON forms. Unknown field numbers are
// skipped; malformed input is an error, never a crash or a read past the end.
//
//   WINDLASS_TRY(ProtobufEnvelope env, parse_protobuf_envelope(body));
//   WINDLASS_TRY(Json obj, protobuf_to_json(env.raw, Codec<core::v1::Secret>::ref()));
#pragma once

#include <windlass/api/describe.h>

#include <string>
#include <string_view>

namespace windlass::api {

struct ProtobufEnvelope {
  std::string api_version;
  std::string kind;
  std::string raw;
  std::string content_encoding;
  std::string content_type;
};

// Splits a `k8s\0` body. Errors are kBadRequest ("protobuf body does not start with k8s\\0",
// "truncated protobuf message at byte 12", ...).
Result<ProtobufEnvelope> parse_protobuf_envelope(std::string_view body);

// Decodes one message of the described `type` (a kObject TypeRef) to JSON. Fields without a
// protobuf number are never read; apiVersion/kind come from the envelope, not from here.
Result<Json> protobuf_to_json(std::string_view message, const TypeRef& type);

// Both steps, with apiVersion and kind set from the envelope.
Result<Json> decode_protobuf_body(std::string_view body, const TypeRef& type);

}  // namespace windlass::api
