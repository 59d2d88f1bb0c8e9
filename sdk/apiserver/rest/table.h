// apiserver/rest/table.h — meta.k8s.io Table responses (what `kubectl get` asks for).
//
// kubectl sends `Accept: application/json;as=Table;v=v1;g=meta.k8s.io,…`; the server answers
// with columns and one row of cells per object (spec/apiserver.md D5). Columns come from the
// kind's printer (upstream's for the common built-ins), from a CRD's additionalPrinterColumns,
// or default to Name and Created At.
#pragma once

#include "http/message.h"
#include "registry/catalog.h"

#include <windlass/core/time.h>

#include <optional>
#include <string>
#include <vector>

namespace windlass::apiserver {

struct TableRequest {
  std::string version;         // "v1" or "v1beta1"
  std::string include_object;  // "None", "Metadata" (default) or "Object"
};

// The Table the Accept header asks for, if it asks for one before plain JSON; an error for an
// invalid includeObject.
Result<std::optional<TableRequest>> table_request(const Request& req);
// The media type of a Table response.
std::string table_content_type(const TableRequest& t);
// `Accept: application/json;as=PartialObjectMetadata;g=meta.k8s.io;v=v1` (and
// `as=PartialObjectMetadataList` for lists): what metadata-only clients (controller-runtime's
// metadata watches, garbage collectors) ask for. The requested version ("v1" or "v1beta1")
// when asked for before plain JSON.
std::optional<std::string> partial_metadata_request(const Request& req);
// An object's PartialObjectMetadata, and the media type of such responses.
Json partial_metadata(const Json& object, const std::string& version);
std::string partial_metadata_content_type(bool list, const std::string& version);
// kubectl's human duration ("5m", "3d4h") of the time since `t`.
std::string human_age(TimePoint since, TimePoint now);
// A Table of `objects`; `columns` false leaves columnDefinitions empty (watch events after the
// first one). `list_meta` becomes the Table's metadata.
Json make_table(const ResourceType& type, const std::vector<const Json*>& objects,
                const TableRequest& t, bool columns, Json list_meta, TimePoint now);

}  // namespace windlass::apiserver
