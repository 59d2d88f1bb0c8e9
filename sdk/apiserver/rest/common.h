// apiserver/rest/common.h — pieces shared by the REST handler's files (private).
#pragma once

#include "rest/api_handler.h"

#include <windlass/core/error.h>
#include <windlass/core/json.h>

#include <map>
#include <string>
#include <vector>

namespace windlass::apiserver {

struct ApiHandler::Target {
  std::string group;
  std::string version;
  const ResourceType* type = nullptr;
  std::string ns;
  std::string name;
  std::string subresource;
  bool namespaced_path = false;
  std::shared_ptr<const Catalog> catalog;  // the one this request resolved against
};

Response json_response(int code, const Json& body);
// 404 for a path that names no resource: `the server could not find the requested resource`.
Error path_not_found();
std::string new_uid();
Json version_info();
// One media range of an Accept header: "application/json;as=Table;v=v1;g=meta.k8s.io" gives
// type "application/json" and params {as: Table, v: v1, g: meta.k8s.io}.
struct MediaRange {
  std::string type;
  std::map<std::string, std::string> params;
  std::string param(const std::string& key) const;
};
// The ranges of the Accept header, in the order the client listed them.
std::vector<MediaRange> accepted_media(const Request& req);
// 406 unless the Accept header allows JSON (or protobuf, which we answer with JSON).
Result<void> check_media(const Request& req);
// Go's strconv.ParseBool-style truthiness of query flags: false only for "0" and "false".
bool query_flag(const Request& req, const std::string& name);
// The value at a dotted path (".spec.replicas" or "spec.replicas"), or nullptr.
const Json* at_path(const Json& obj, const std::string& path);
// The Content-Type's media type, lower-cased, without parameters ("application/json" when absent).
std::string media_type(const Request& req);
// The object in a create/update body: JSON, YAML or, for typed kinds (`type` set), protobuf.
// 400 for a malformed body or one that is not an object; 415 for other media types.
Result<Json> decode_body(const Request& req, const api::TypeRef* type, bool custom);
// The autoscaling/v1 Scale view of an object with a scale subresource.
Json to_scale(const ResourceType& type, const Json& object);

}  // namespace windlass::apiserver
