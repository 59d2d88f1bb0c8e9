// apiserver/rest/openapi.h — the OpenAPI documents of the served API (spec/apiserver.md §3).
//
// One OpenAPI 3.0 document per served group-version, generated from the Catalog: every
// described type reachable from the group-version's kinds becomes a component
// (`#/components/schemas/io.k8s.api.apps.v1.Deployment`, the last dot-segment being the Go type
// name that `kubectl explain` prints), kind components carry `x-kubernetes-group-version-kind`,
// and every resource gets its collection, item and subresource paths with the operations its
// verbs allow. A CRD's group-version is documented from its openAPIV3Schema.
//
// kubectl reads `/openapi/v3` (an index naming each document with a content hash) before
// every `apply`/`create`, to learn that PATCH takes `fieldValidation` (so it can skip
// client-side validation) and, for strategic merge patches, the patch strategies and merge keys.
//
// One Swagger 2.0 document for all group-versions at /openapi/v2, built by the same walk
// (`#/definitions/...`, same component names), in JSON or in gnostic protobuf. kubectl reads it
// (protobuf only) to validate kinds whose v3 document has no PATCH operation declaring
// `fieldValidation` (TokenReview, SelfSubjectAccessReview: create-only kinds), for
// `explain --output=plaintext-openapiv2`, and as a second source of patch metadata.
//
// Documents of built-in group-versions are built once per process and shared; those of custom
// resources are rebuilt when the catalog changes. Thread-safe.
#pragma once

#include "http/message.h"
#include "registry/catalog.h"

#include <windlass/core/json.h>
#include <windlass/core/time.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace windlass::apiserver {

// The index key of a group-version: "api/v1", "apis/apps/v1".
std::string openapi_gv_path(const std::string& group, const std::string& version);

// The document of one group-version ("" group = core), or nullopt when the catalog serves
// nothing there. Not cached: serve_openapi() is the cached way in.
std::optional<Json> openapi_document(const Catalog& catalog, const std::string& group,
                                     const std::string& version);

// The Swagger 2.0 document of every group-version the catalog serves. CRD schemas are cut down
// to what Swagger 2.0 and kubectl's reader can say, as kube-apiserver does. Not cached.
Json openapi_v2_document(const Catalog& catalog);

// Answers GET /openapi/v3 (the index), /openapi/v3/<gv path> and /openapi/v2 (JSON or
// `application/com.github.proto-openapi.spec.v2[@.]v1.0+protobuf` by Accept; never JSON to a
// protobuf-only Accept). `parts` are the path's segments, the first being "openapi"; `now`
// dates the Expires header of hash-addressed documents.
Response serve_openapi(const Request& req, const std::vector<std::string>& parts,
                       const std::shared_ptr<const Catalog>& catalog, TimePoint now);

}  // namespace windlass::apiserver
