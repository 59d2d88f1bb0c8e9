// The pod subresources a kubelet serves: log (through ApiHandlerOptions::pod_logs, which the
// node agent provides) and the streaming ones (exec, attach, portforward), which this server
// does not upgrade to SPDY or WebSocket.
#include "rest/common.h"

#include <windlass/core/field_error.h>

namespace windlass::apiserver {

namespace {

Response text_response(int code, std::string body) {
  return Response{code, "text/plain", std::move(body), {}};
}

std::vector<std::string> container_names(const Json& pod, const char* list) {
  std::vector<std::string> out;
  const Json spec = pod.value("spec", Json::object());
  if (spec.is_object() && spec.contains(list) && spec[list].is_array())
    for (const auto& c : spec[list])
      if (c.is_object() && c.contains("name") && c["name"].is_string()) out.push_back(c["name"]);
  return out;
}

std::string go_list(const std::vector<std::string>& v) {
  std::string s = "[";
  for (std::size_t i = 0; i < v.size(); ++i) s += (i ? " " : "") + v[i];
  return s + "]";
}

Result<std::optional<std::int64_t>> int_param(const Request& req, const char* name) {
  auto v = req.param(name);
  if (!v) return std::optional<std::int64_t>();
  try {
    std::size_t used = 0;
    std::int64_t n = std::stoll(*v, &used);
    if (used == v->size()) return std::optional<std::int64_t>(n);
  } catch (const std::exception&) {
  }
  return make_bad_request(std::string(name) + ": strconv.ParseInt: parsing " + go_quote(*v) + ": invalid syntax");
}

// The container a log request is for: the named one, else the only one (kubectl itself picks
// the default-container annotation or the first container before it asks).
Result<std::string> pick_container(const Request& req, const Json& pod, const std::string& name) {
  auto containers = container_names(pod, "containers");
  auto init = container_names(pod, "initContainers");
  auto ephemeral = container_names(pod, "ephemeralContainers");
  std::string c = req.param("container").value_or("");
  if (c.empty()) {
    if (containers.size() == 1) return containers[0];
    std::string msg = "a container name must be specified for pod " + name + ", choose one of: " + go_list(containers);
    if (!init.empty()) msg += " or one of the init containers: " + go_list(init);
    if (!ephemeral.empty()) msg += " or one of the ephemeral containers: " + go_list(ephemeral);
    return make_bad_request(msg);
  }
  for (const auto* list : {&containers, &init, &ephemeral})
    if (std::find(list->begin(), list->end(), c) != list->end()) return c;
  return make_bad_request("container " + c + " is not valid for pod " + name);
}

}  // namespace

Reply ApiHandler::pod_subresource(const Request& req, const Target& t) {
  auto pod = storage_.get(t.type->key(t.ns, t.name));
  if (!pod) return error_response(make_not_found("", "pods", t.name));
  const Json& obj = **pod;
  std::string node = obj.value("spec", Json::object()).value("nodeName", "");
  if (t.subresource != "log") {
    if (req.method != "GET" && req.method != "POST") return error_response(make_method_not_allowed());
    if (node.empty()) return error_response(make_bad_request("pod " + t.name + " does not have a host assigned"));
    // A real client upgrades the connection (SPDY or WebSocket); this server does not.
    return error_response(make_bad_request("Upgrade request required"));
  }
  if (req.method != "GET" && req.method != "HEAD") return error_response(make_method_not_allowed());

  PodLogRequest log{.ns = t.ns, .pod = t.name, .pod_object = obj};
  auto tail = int_param(req, "tailLines");
  if (!tail) return error_response(tail.error());
  auto limit = int_param(req, "limitBytes");
  if (!limit) return error_response(limit.error());
  auto since = int_param(req, "sinceSeconds");
  if (!since) return error_response(since.error());
  FieldErrors errs;
  if (*tail && **tail < 0) errs.push_back(FieldError::invalid("tailLines", std::to_string(**tail), "must be greater than or equal to 0"));
  if (*limit && **limit < 1) errs.push_back(FieldError::invalid("limitBytes", std::to_string(**limit), "must be greater than 0"));
  if (*since && **since < 1) errs.push_back(FieldError::invalid("sinceSeconds", std::to_string(**since), "must be greater than 0"));
  if (auto st = req.param("sinceTime")) {
    auto parsed = parse_rfc3339(*st);
    if (!parsed) return error_response(make_bad_request("sinceTime: " + parsed.error().message()));
    log.since_time = *parsed;
    if (*since) errs.push_back(FieldError::forbidden("sinceTime", "at most one of `sinceTime` or `sinceSeconds` may be specified"));
  }
  if (!errs.empty()) return error_response(make_invalid("", "PodLogOptions", t.name, to_causes(errs)));
  log.tail_lines = *tail;
  log.limit_bytes = *limit;
  log.since_seconds = *since;
  log.follow = query_flag(req, "follow");
  log.previous = query_flag(req, "previous");
  log.timestamps = query_flag(req, "timestamps");
  auto container = pick_container(req, obj, t.name);
  if (!container) return error_response(container.error());
  log.container = *container;

  if (node.empty()) return text_response(200, "");  // nothing ran, so nothing was logged
  if (options_.pod_logs)
    if (auto reply = options_.pod_logs(log)) return std::move(*reply);
  return error_response(make_bad_request("container " + go_quote(log.container) + " in pod " + go_quote(t.name) +
                                         " is waiting to start: ContainerCreating"));
}

}  // namespace windlass::apiserver
