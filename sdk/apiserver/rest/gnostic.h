// apiserver/rest/gnostic.h — a Swagger 2.0 document in the protobuf form kubectl downloads (private).
//
// kubectl asks /openapi/v2 for `application/com.github.proto-openapi.spec.v2@v1.0+protobuf`
// only, and decodes the answer as gnostic's `openapi.v2.Document` (github.com/google/gnostic-models,
// openapiv2/OpenAPIv2.proto). kube-apiserver produces those bytes by parsing its JSON document
// with gnostic and marshalling the result; this is the same mapping, written as a direct encoder
// from our JSON document to the wire format.
//
// What the mapping keeps is what gnostic's messages can hold: the Swagger 2.0 keywords, with
// every `x-…` extension, `default`, `example` and `enum` value carried as an `Any` whose `yaml`
// text is the value written as JSON (JSON is YAML, and kubectl reads these with a YAML parser).
// Keys that are not Swagger 2.0 keywords are dropped, as gnostic would refuse them. A keyword
// that holds a message (`properties`, `items`, …) is written even when empty, because readers
// tell "present but empty" from "absent" (kubectl: an object with `properties: {}` is a closed
// kind, one without is a map).
#pragma once

#include <windlass/core/json.h>

#include <string>

namespace windlass::apiserver {

// The `openapi.v2.Document` encoding of a Swagger 2.0 document. Pure; never fails (what does
// not fit a message is left out).
std::string encode_gnostic_v2(const Json& swagger);

}  // namespace windlass::apiserver
