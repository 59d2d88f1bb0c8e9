#include "rest/common.h"

#include <windlass/api/protobuf.h>
#include <windlass/core/yaml.h>

#include <windlass/core/label_selector.h>

#include <random>
#include <strings.h>

namespace windlass::apiserver {

Response json_response(int code, const Json& body) {
  return Response{code, "application/json", to_json_string(body), {}};
}

Error path_not_found() {
  Status s;
  s.message = "the server could not find the requested resource";
  s.reason = "NotFound";
  s.code = 404;
  s.details = StatusDetails{};
  return Error::from_status(std::move(s));
}

std::string new_uid() {
  thread_local std::mt19937_64 rng{std::random_device{}()};
  std::uint64_t hi = rng(), lo = rng();
  hi = (hi & 0xFFFFFFFFFFFF0FFFull) | 0x0000000000004000ull;  // version 4
  lo = (lo & 0x3FFFFFFFFFFFFFFFull) | 0x8000000000000000ull;  // RFC 4122 variant
  char buf[37];
  std::snprintf(buf, sizeof buf, "%08x-%04x-%04x-%04x-%012llx", static_cast<unsigned>(hi >> 32),
                static_cast<unsigned>((hi >> 16) & 0xFFFF), static_cast<unsigned>(hi & 0xFFFF),
                static_cast<unsigned>(lo >> 48), static_cast<unsigned long long>(lo & 0xFFFFFFFFFFFFull));
  return buf;
}

Json version_info() {
  // minor 32: the kubectl dispatcher on Windlass machines runs the kubectl of the server's
  // minor version, and the clients we are tested against are the 1.32 generation.
  return Json{{"major", "1"},
              {"minor", "32"},
              {"gitVersion", "v1.32.0+windlass"},
              {"gitCommit", "0000000000000000000000000000000000000000"},
              {"gitTreeState", "clean"},
              {"buildDate", "2026-01-01T00:00:00Z"},
              {"goVersion", "none (windlass-apiserver is C++)"},
              {"compiler", "gcc"},
              {"platform", "linux/amd64"}};
}

namespace {

std::string trimmed(std::string s) {
  while (!s.empty() && s.front() == ' ') s.erase(s.begin());
  while (!s.empty() && s.back() == ' ') s.pop_back();
  return s;
}

}  // namespace

std::string MediaRange::param(const std::string& key) const {
  auto it = params.find(key);
  return it == params.end() ? std::string() : it->second;
}

std::vector<MediaRange> accepted_media(const Request& req) {
  std::vector<MediaRange> out;
  std::string accept = req.header("Accept").value_or("");
  std::size_t pos = 0;
  while (pos < accept.size()) {
    std::size_t end = accept.find(',', pos);
    if (end == std::string::npos) end = accept.size();
    std::string range = accept.substr(pos, end - pos);
    pos = end + 1;
    MediaRange m;
    std::size_t semi = range.find(';');
    m.type = trimmed(range.substr(0, semi));
    while (semi != std::string::npos) {
      std::size_t next = range.find(';', semi + 1);
      std::string param = trimmed(range.substr(semi + 1, next == std::string::npos ? std::string::npos : next - semi - 1));
      auto eq = param.find('=');
      if (eq != std::string::npos) m.params[param.substr(0, eq)] = param.substr(eq + 1);
      semi = next;
    }
    if (!m.type.empty()) out.push_back(std::move(m));
  }
  return out;
}

Result<void> check_media(const Request& req) {
  auto ranges = accepted_media(req);
  if (ranges.empty()) return ok();
  for (const auto& m : ranges) {
    const std::string& type = m.type;
    if (type == "*/*" || type == "application/*" || ::strcasecmp(type.c_str(), "application/json") == 0 ||
        type == "application/vnd.kubernetes.protobuf" || type == "application/yaml")
      return ok();
  }
  Status s;
  s.message = "only the following media types are accepted: application/json, application/yaml, "
              "application/vnd.kubernetes.protobuf";
  s.reason = "NotAcceptable";
  s.code = 406;
  return Error::from_status(std::move(s));
}

bool query_flag(const Request& req, const std::string& name) {
  auto v = req.param(name);
  if (!v) return false;
  return !(*v == "0" || ::strcasecmp(v->c_str(), "false") == 0);
}

const Json* at_path(const Json& obj, const std::string& path) {
  const Json* cur = &obj;
  std::size_t i = path.empty() || path[0] != '.' ? 0 : 1;
  while (i < path.size()) {
    std::size_t j = path.find('.', i);
    if (j == std::string::npos) j = path.size();
    std::string key = path.substr(i, j - i);
    if (!cur->is_object() || !cur->contains(key)) return nullptr;
    cur = &(*cur)[key];
    i = j + 1;
  }
  return cur;
}

Json to_scale(const ResourceType& type, const Json& object) {
  const auto& sc = *type.info.scale;
  const Json& meta = object.value("metadata", Json::object());
  Json m = Json::object();
  for (const char* k : {"name", "namespace", "uid", "resourceVersion", "creationTimestamp"})
    if (meta.contains(k)) m[k] = meta[k];
  const Json* spec = at_path(object, sc.spec_replicas_path);
  const Json* status = at_path(object, sc.status_replicas_path);
  Json scale = {{"kind", "Scale"}, {"apiVersion", "autoscaling/v1"}, {"metadata", m},
                {"spec", Json::object()}, {"status", {{"replicas", status && status->is_number() ? *status : Json(0)}}}};
  if (spec && spec->is_number()) scale["spec"]["replicas"] = *spec;
  if (!type.custom) {
    // Built-in workloads have no status.selector; kube-apiserver prints spec.selector.
    const Json* sel = at_path(object, ".spec.selector");
    if (sel && sel->is_object()) {
      try {
        std::string text = format_label_selector(sel->get<LabelSelector>());
        if (!text.empty()) scale["status"]["selector"] = text;
      } catch (const Json::exception&) {
      }
    }
  } else if (!sc.label_selector_path.empty()) {
    const Json* sel = at_path(object, sc.label_selector_path);
    if (sel && sel->is_string() && !sel->get_ref<const std::string&>().empty()) scale["status"]["selector"] = *sel;
  }
  return scale;
}

std::string media_type(const Request& req) {
  std::string ct = req.header("Content-Type").value_or("application/json");
  auto semi = ct.find(';');
  ct = ct.substr(0, semi);
  while (!ct.empty() && ct.back() == ' ') ct.pop_back();
  for (char& c : ct) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ct;
}


static Error unsupported_body_media(const std::string& type) {
  Status s;
  s.message = "the body of the request was in an unknown format - accepted media types include: "
              "application/json, application/yaml" +
              std::string(type == "custom" ? "" : ", application/vnd.kubernetes.protobuf");
  s.reason = "UnsupportedMediaType";
  s.code = 415;
  return Error::from_status(std::move(s));
}

// The object in a create/update body (JSON, YAML or, for typed kinds, protobuf).
Result<Json> decode_body(const Request& req, const api::TypeRef* type, bool custom) {
  std::string mt = media_type(req);
  Json obj;
  if (mt == "application/json" || mt.empty()) {
    auto j = parse_json(req.body);
    if (!j) return make_bad_request("the object provided is unrecognized: " + j.error().message());
    obj = std::move(*j);
  } else if (mt == "application/yaml") {
    auto j = yaml_to_json(req.body);
    if (!j) return make_bad_request("the object provided is unrecognized: " + j.error().message());
    obj = std::move(*j);
  } else if (mt == "application/vnd.kubernetes.protobuf" && type) {
    auto j = api::decode_protobuf_body(req.body, *type);
    if (!j) return make_bad_request(j.error().message());
    obj = std::move(*j);
  } else {
    return unsupported_body_media(custom ? "custom" : "");
  }
  if (!obj.is_object()) return make_bad_request("the object provided is unrecognized: expected a JSON object, got " + std::string(json_type_name(obj)));
  return obj;
}


}  // namespace windlass::apiserver
