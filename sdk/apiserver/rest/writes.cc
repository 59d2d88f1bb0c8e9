// Create, update, patch and delete: decoding bodies, metadata rules, optimistic concurrency,
// status subresource semantics, dry runs and field validation.
#include "rest/common.h"

#include "registry/crds.h"
#include "registry/defaults.h"
#include "registry/deletion.h"
#include "registry/field_manager.h"
#include "registry/schema.h"
#include "registry/service_ips.h"

#include <windlass/api/protobuf.h>
#include <windlass/api/strategic_merge_patch.h>
#include <windlass/core/field_error.h>
#include <windlass/core/json_patch.h>
#include <windlass/core/label_selector.h>
#include <windlass/core/merge_patch.h>
#include <windlass/core/validation.h>
#include <windlass/core/yaml.h>

#include <random>
#include <strings.h>

namespace windlass::apiserver {

namespace {

Error unsupported_media(bool strategic) {
  Status s;
  s.message = std::string("the body of the request was in an unknown format - accepted media types include: "
                          "application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml") +
              (strategic ? ", application/strategic-merge-patch+json" : "");
  s.reason = "UnsupportedMediaType";
  s.code = 415;
  return Error::from_status(std::move(s));
}

// kind/apiVersion must be absent or match the URL's.
Result<void> check_type_meta(Json& obj, const ResourceType& type) {
  std::string av = type.info.api_version();
  if (obj.contains("apiVersion") && obj["apiVersion"] != av && !(obj["apiVersion"].is_string() && obj["apiVersion"].get_ref<const std::string&>().empty()))
    return make_bad_request("the API version in the data (" + (obj["apiVersion"].is_string() ? obj["apiVersion"].get<std::string>() : obj["apiVersion"].dump()) +
                            ") does not match the expected API version (" + av + ")");
  if (obj.contains("kind") && obj["kind"] != type.info.kind && !(obj["kind"].is_string() && obj["kind"].get_ref<const std::string&>().empty()))
    return make_bad_request("the kind in the data (" + (obj["kind"].is_string() ? obj["kind"].get<std::string>() : obj["kind"].dump()) +
                            ") does not match the expected kind (" + type.info.kind + ")");
  obj["apiVersion"] = av;
  obj["kind"] = type.info.kind;
  if (!obj.contains("metadata") || obj["metadata"].is_null()) obj["metadata"] = Json::object();
  if (!obj["metadata"].is_object()) return make_bad_request("metadata: expected an object, got " + std::string(json_type_name(obj["metadata"])));
  return ok();
}

// How a Strict failure is worded. Create and update decode the body into the kind, and
// upstream's handlers (transformDecodeError in k8s.io/apiserver) put the decoding's subject in
// front: `ConfigMap in version "v1" cannot be handled as a ConfigMap: strict decoding error: …`.
// Patches and apply configurations report the strict decoding error alone.
enum class StrictWording { kBodyDecoding, kBare };

// Applies fieldValidation to unknown fields: Strict fails, Warn (the default) adds warnings.
// `obj` has been through check_type_meta, so its kind and version are the type's.
Result<void> validate_fields(const Request& req, Json& obj, const ResourceType& type,
                             std::vector<std::string>& warnings, StrictWording wording = StrictWording::kBare) {
  std::string mode = req.param("fieldValidation").value_or("Warn");
  if (mode != "Ignore" && mode != "Warn" && mode != "Strict")
    return make_bad_request("fieldValidation: Unsupported value: \"" + mode + "\": supported values: \"Ignore\", \"Strict\", \"Warn\"");
  if (type.schema.is_null()) return ok();
  std::vector<std::string> unknown;
  prune_unknown(obj, type.schema, unknown);
  if (unknown.empty() || mode == "Ignore") return ok();
  if (mode == "Strict") {
    std::string msg;
    if (wording == StrictWording::kBodyDecoding)
      msg = type.info.kind + " in version \"" + type.info.version + "\" cannot be handled as a " + type.info.kind + ": ";
    msg += "strict decoding error: ";
    for (std::size_t i = 0; i < unknown.size(); ++i) msg += (i ? ", " : "") + std::string("unknown field \"") + unknown[i] + "\"";
    return make_bad_request(msg);
  }
  for (const auto& u : unknown) warnings.push_back("unknown field \"" + u + "\"");
  return ok();
}

Result<bool> dry_run(const Request& req) {
  auto it = req.query.equal_range("dryRun");
  bool on = false;
  for (auto i = it.first; i != it.second; ++i) {
    if (i->second != "All") return make_bad_request("dryRun: Unsupported value: \"" + i->second + "\": supported values: \"All\"");
    on = true;
  }
  return on;
}

Result<void> check_field_manager(const Request& req) {
  auto fm = req.param("fieldManager");
  if (!fm) return ok();
  if (fm->size() > 128)
    return Error(ErrorCode::kInvalid, "fieldManager: Too long: may not be more than 128 bytes");
  for (unsigned char c : *fm)
    if (c < 0x20 || c == 0x7F)
      return Error(ErrorCode::kInvalid, "fieldManager: Invalid value: \"" + *fm + "\": must only contain printable characters");
  return ok();
}

Response with_warnings(Response r, const std::vector<std::string>& warnings) {
  for (const auto& w : warnings) r.headers.push_back({"Warning", "299 - " + go_quote(w)});
  return r;
}

std::string random_suffix() {
  static const char kAlphabet[] = "bcdfghjklmnpqrstvwxz2456789";
  thread_local std::mt19937 rng{std::random_device{}()};
  std::string s;
  for (int i = 0; i < 5; ++i) s += kAlphabet[std::uniform_int_distribution<int>(0, 26)(rng)];
  return s;
}

std::string str(const Json& meta, const char* key) {
  return meta.is_object() && meta.contains(key) && meta[key].is_string() ? meta[key].get<std::string>() : "";
}

// Built-ins: upstream's defaults. Custom resources: defaults, then the schema's validation
// (422), then the storage version. CRDs: their own validation and establishing.
Result<void> process_kind(Json& obj, const ResourceType& type, TimePoint now, const Json* previous) {
  if (is_crd_type(type)) {
    WINDLASS_RETURN_IF_ERROR(validate_crd(obj));
    establish_crd(obj, now, previous);
    return ok();
  }
  if (!type.custom) apply_builtin_defaults(obj, type.info.group, type.info.kind, previous == nullptr);
  if (type.to_storage) {
    type.to_storage(obj);
    return ok();
  }
  if (!type.custom || type.schema.is_null()) return ok();
  apply_defaults(obj, type.schema);
  FieldErrors errs = validate_against_schema(obj, type.schema);
  if (!errs.empty())
    return make_invalid(type.info.group, type.info.kind, obj["metadata"].value("name", ""), to_causes(errs));
  obj["apiVersion"] = type.info.group + "/" + type.storage_version;
  return ok();
}

// Metadata rules shared by create and update: name, labels, annotations, finalizers.
FieldErrors validate_meta(const Json& obj, const ResourceType& type, bool creating) {
  FieldErrors errs;
  const Json& meta = obj["metadata"];
  std::string name = str(meta, "name"), gen = str(meta, "generateName");
  if (name.empty() && gen.empty()) {
    errs.push_back(FieldError::required("metadata.name", "name or generateName is required"));
  } else if (!name.empty()) {
    auto problems = type.name_is_dns_label ? name_is_dns_label(name) : name_is_dns_subdomain(name);
    for (const auto& p : problems) errs.push_back(FieldError::invalid("metadata.name", name, p));
  }
  if (creating && name.empty() && !gen.empty()) {
    auto problems = type.name_is_dns_label ? name_is_dns_label(gen, true) : name_is_dns_subdomain(gen, true);
    for (const auto& p : problems) errs.push_back(FieldError::invalid("metadata.generateName", gen, p));
  }
  auto string_map = [&](const char* field, bool labels) {
    if (!meta.contains(field) || meta[field].is_null()) return;
    if (!meta[field].is_object()) {
      errs.push_back(FieldError::invalid(std::string("metadata.") + field, meta[field].dump(), "must be a map of strings"));
      return;
    }
    std::map<std::string, std::string> m;
    for (auto it = meta[field].begin(); it != meta[field].end(); ++it) {
      if (!it.value().is_string()) {
        errs.push_back(FieldError::invalid(std::string("metadata.") + field + "." + it.key(), it.value().dump(), "must be a string"));
        continue;
      }
      m[it.key()] = it.value().get<std::string>();
    }
    if (labels) {
      for (auto& e : validate_labels(m, "metadata.labels")) errs.push_back(std::move(e));
    } else {
      std::size_t total = 0;
      for (const auto& [k, v] : m) {
        for (const auto& p : is_qualified_name(k)) errs.push_back(FieldError::invalid("metadata.annotations", k, p));
        total += k.size() + v.size();
      }
      if (total > 256 * 1024)
        errs.push_back(FieldError::too_long("metadata.annotations", 256 * 1024));
    }
  };
  string_map("labels", true);
  string_map("annotations", false);
  return errs;
}

Error invalid(const ResourceType& type, const std::string& name, const FieldErrors& errs) {
  return make_invalid(type.info.group, type.info.kind, name, to_causes(errs));
}

// Pods: status on create, and the QoS class the kubelet would compute.
Json pod_initial_status(const Json& pod) {
  bool any = false, guaranteed = true;
  // Bodies are not type-checked against the schema yet, so every level may be anything.
  auto member = [](const Json& obj, const char* key) {
    return obj.is_object() && obj.contains(key) ? obj[key] : Json::object();
  };
  const Json spec = member(pod, "spec");
  for (const char* list : {"containers", "initContainers"}) {
    if (!spec.contains(list) || !spec[list].is_array()) continue;
    for (const auto& c : spec[list]) {
      const Json res = member(c, "resources");
      const Json req = member(res, "requests");
      const Json lim = member(res, "limits");
      if ((req.is_object() && !req.empty()) || (lim.is_object() && !lim.empty())) any = true;
      for (const char* r : {"cpu", "memory"}) {
        if (!lim.is_object() || !lim.contains(r)) guaranteed = false;
        else if (req.is_object() && req.contains(r) && req[r] != lim[r]) guaranteed = false;
      }
    }
  }
  return Json{{"phase", "Pending"}, {"qosClass", !any ? "BestEffort" : guaranteed ? "Guaranteed" : "Burstable"}};
}

Json spec_part(const Json& obj, const ResourceType& type) {
  if (!type.custom) return obj.value("spec", Json());
  Json rest = obj;
  rest.erase("metadata");
  rest.erase("apiVersion");
  rest.erase("kind");
  if (type.info.status_subresource) rest.erase("status");
  return rest;
}

// --- managedFields -------------------------------------------------------------------------

// The writer: ?fieldManager=, else the User-Agent's product name as upstream derives it.
std::string field_manager_name(const Request& req) {
  auto fm = req.param("fieldManager");
  if (fm && !fm->empty()) return *fm;
  return manager_from_user_agent(req.header("User-Agent").value_or(""));
}

// The schema field sets are computed under. Custom resources get ObjectMeta's (their CRD
// schema rarely describes metadata), so labels, finalizers and owner references behave as for
// built-ins.
const Json& managed_schema(const ResourceType& type, Json& scratch) {
  if (!type.custom) return type.schema;
  static const Json meta = [] {
    const ResourceType* cm = builtin_catalog()->find("", "v1", "configmaps");
    return cm ? cm->schema["properties"]["metadata"] : Json();
  }();
  scratch = type.schema.is_object() ? type.schema : Json{{"type", "object"}, {"x-kubernetes-preserve-unknown-fields", true}};
  scratch["properties"]["metadata"] = meta;
  return scratch;
}

ManagedFields stored_managed(const Json& obj) {
  auto meta = obj.find("metadata");
  if (meta == obj.end() || !meta->is_object() || !meta->contains("managedFields")) return {};
  auto m = decode_managed_fields((*meta)["managedFields"]);
  return m ? std::move(*m) : ManagedFields{};
}

void set_managed(Json& obj, const ManagedFields& managed) {
  if (managed.empty()) obj["metadata"].erase("managedFields");
  else obj["metadata"]["managedFields"] = encode_managed_fields(managed);
}

// The managedFields a create/update/patch body carries, when it carries usable ones: upstream
// lets a write replace them (kubectl's client-side to server-side apply migration does).
std::optional<ManagedFields> requested_managed(const Json& obj) {
  auto mit = obj.find("metadata");  // a reference, not .value()'s copy of the metadata
  if (mit == obj.end() || !mit->is_object() || !mit->contains("managedFields")) return std::nullopt;
  auto m = decode_managed_fields((*mit)["managedFields"]);
  if (!m || m->empty()) return std::nullopt;
  return std::move(*m);
}

// Records an Update operation from `current` to `next` (the object about to be stored).
void record_update(const Request& req, const ResourceType& type, const std::string& subresource,
                   const Json& current, Json& next, std::optional<ManagedFields> requested, TimePoint now) {
  Json scratch;
  const Json& schema = managed_schema(type, scratch);
  ManagedFields base = requested && subresource.empty() ? std::move(*requested) : stored_managed(current);
  ManagedFields m = update_managed_fields(current, next, std::move(base), schema,
                                          {.manager = field_manager_name(req), .api_version = type.info.api_version(),
                                           .subresource = subresource, .time = format_rfc3339(now)});
  set_managed(next, m);
}

// Services: cluster IPs and node ports. Upstream allocates in the registry, after the field
// manager, so the writer does not own what the server picked. `hold` keeps the picks reserved
// until the write is stored or abandoned.
Result<void> allocate_service(ServiceAllocator* services, const ResourceType& type, const std::string& subresource,
                              Json& obj, const Json* previous, ServiceAllocator::Hold& hold) {
  if (!services || type.custom || !type.info.group.empty() || type.info.kind != "Service" || !subresource.empty()) return ok();
  return services->allocate(obj, previous, hold);
}

}  // namespace

namespace {

// Reviews are answered, never stored. Authorization is not enforced yet, so every access
// review is allowed (what kube-apiserver answers with --authorization-mode=AlwaysAllow).
Response review(const Request& req, Json obj, const ResourceType& type) {
  const std::string& kind = type.info.kind;
  Json& meta = obj["metadata"];
  if (!meta.contains("creationTimestamp")) meta["creationTimestamp"] = nullptr;
  if (kind == "SelfSubjectRulesReview") {
    obj["status"] = {{"resourceRules", {{{"verbs", {"*"}}, {"apiGroups", {"*"}}, {"resources", {"*"}}}}},
                     {"nonResourceRules", {{{"verbs", {"*"}}, {"nonResourceURLs", {"*"}}}}},
                     {"incomplete", false}};
  } else if (kind == "SelfSubjectReview") {
    Json groups = req.cert_groups;
    if (req.cert_user.empty()) {
      obj["status"] = {{"userInfo", {{"username", "system:anonymous"}, {"groups", {"system:unauthenticated"}}}}};
    } else {
      groups.push_back("system:authenticated");
      obj["status"] = {{"userInfo", {{"username", req.cert_user}, {"groups", groups}}}};
    }
  } else {
    obj["status"] = {{"allowed", true}};
  }
  return json_response(201, obj);
}

}  // namespace

static Response create_object(Storage& storage, TimePoint now, const Request& req, const ApiHandler::Target& t,
                              Json obj, bool dry, std::vector<std::string> warnings, const ManagedFields* applied,
                              ServiceAllocator* services);

Response ApiHandler::create(const Request& req, const Target& t) {
  const ResourceType& type = *t.type;
  if (!t.subresource.empty()) return error_response(make_method_not_allowed());
  if (type.review) {
    auto b = decode_body(req, type.type, type.custom);
    if (!b) return error_response(b.error());
    if (auto r = check_type_meta(*b, type); !r) return error_response(r.error());
    if (type.info.namespaced) (*b)["metadata"]["namespace"] = t.ns;
    if (type.info.kind == "TokenReview") {
      Json& review = *b;
      if (!review["metadata"].contains("creationTimestamp")) review["metadata"]["creationTimestamp"] = nullptr;
      review["status"] = review_token(review.value("spec", Json::object()));
      return json_response(201, review);
    }
    return review(req, std::move(*b), type);
  }
  auto dry = dry_run(req);
  if (!dry) return error_response(dry.error());
  if (auto fm = check_field_manager(req); !fm) return error_response(fm.error());
  auto body = decode_body(req, type.type, type.custom);
  if (!body) return error_response(body.error());
  Json obj = std::move(*body);
  if (auto r = check_type_meta(obj, type); !r) return error_response(r.error());
  std::vector<std::string> warnings;
  if (auto r = validate_fields(req, obj, type, warnings, StrictWording::kBodyDecoding); !r) return error_response(r.error());
  return create_object(storage_, options_.now(), req, t, std::move(obj), *dry, std::move(warnings), nullptr, services_.get());
}

// The create path after decoding, shared by POST and by server-side apply of a missing
// object (`applied` then holds the apply's managed fields).
static Response create_object(Storage& storage, TimePoint now, const Request& req, const ApiHandler::Target& t,
                              Json obj, bool dry, std::vector<std::string> warnings, const ManagedFields* applied,
                              ServiceAllocator* services) {
  const ResourceType& type = *t.type;
  Json& meta = obj["metadata"];

  if (type.info.namespaced) {
    std::string body_ns = str(meta, "namespace");
    if (!t.namespaced_path) return error_response(path_not_found());
    if (!body_ns.empty() && body_ns != t.ns)
      return error_response(make_bad_request("the namespace of the provided object does not match the namespace sent on the request"));
    meta["namespace"] = t.ns;
  } else {
    meta.erase("namespace");
  }
  if (!str(meta, "resourceVersion").empty())
    return error_response(make_internal("resourceVersion should not be set on objects to be created"));
  if (auto errs = validate_meta(obj, type, true); !errs.empty())
    return error_response(invalid(type, str(meta, "name").empty() ? str(meta, "generateName") : str(meta, "name"), errs));
  if (type.validate_create)
    if (auto errs = type.validate_create(obj); !errs.empty())
      return error_response(invalid(type, str(meta, "name").empty() ? str(meta, "generateName") : str(meta, "name"), errs));

  if (type.info.namespaced) {
    const ResourceType* nst = t.catalog->find("", "v1", "namespaces");
    auto ns = storage.get(nst->key("", t.ns));
    if (!ns) return error_response(make_not_found("", "namespaces", t.ns));
    const Json& nsobj = **ns;
    if (nsobj["metadata"].contains("deletionTimestamp") ||
        nsobj.value("status", Json::object()).value("phase", "") == "Terminating") {
      std::string name = str(meta, "name");
      Status s;
      s.message = type.qualified_resource() + " \"" + name + "\" is forbidden: unable to create new content in namespace " + t.ns + " because it is being terminated";
      s.reason = "Forbidden";
      s.code = 403;
      s.details = StatusDetails{.name = name, .group = type.info.group, .kind = type.info.plural,
                                .causes = {{"NamespaceTerminating", "namespace " + t.ns + " is being terminated", "metadata.namespace"}}};
      return error_response(Error::from_status(std::move(s)));
    }
  }

  // Server-owned metadata.
  std::optional<ManagedFields> requested = applied ? std::nullopt : requested_managed(obj);
  for (const char* k : {"uid", "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "generation", "managedFields", "selfLink"})
    meta.erase(k);
  meta["uid"] = new_uid();
  meta["creationTimestamp"] = format_rfc3339(now);
  if (type.tracks_generation || type.custom) meta["generation"] = 1;
  if (type.info.status_subresource) {
    if (type.custom) obj.erase("status");
    else if (type.info.kind != "Pod" && type.info.kind != "Node") obj["status"] = Json::object();  // a kubelet registers its node with status
  }
  if (!type.custom && type.info.kind == "Pod" && type.info.group.empty()) obj["status"] = pod_initial_status(obj);
  if (!type.custom && type.info.kind == "Namespace" && type.info.group.empty()) {
    obj["spec"] = Json{{"finalizers", {"kubernetes"}}};
    obj["status"] = Json{{"phase", "Active"}};
    meta["labels"]["kubernetes.io/metadata.name"] = meta["name"];
  }

  if (auto r = process_kind(obj, type, now, nullptr); !r) return error_response(r.error());
  if (applied) {
    set_managed(obj, *applied);
  } else {
    // The creator owns what it sent (defaults included), not what the server fills in: the
    // status is set aside while the fields are recorded.
    std::optional<Json> status;
    if (type.info.status_subresource && obj.contains("status")) {
      status = std::move(obj["status"]);
      obj.erase("status");
    }
    record_update(req, type, "", Json::object(), obj, std::move(requested), now);
    if (status) obj["status"] = std::move(*status);
  }
  ServiceAllocator::Hold held;
  if (auto r = allocate_service(services, type, "", obj, nullptr, held); !r) return error_response(r.error());

  std::string gen = str(meta, "generateName");
  bool generate = str(meta, "name").empty();
  for (int attempt = 0;; ++attempt) {
    if (generate) meta["name"] = gen.substr(0, std::min<std::size_t>(gen.size(), 58)) + random_suffix();
    std::string name = meta["name"];
    if (dry) {
      if (storage.get(type.key(t.ns, name)))
        return error_response(make_already_exists(type.info.group, type.info.plural, name));
      return with_warnings(present_response(201, type, obj), warnings);
    }
    // A generated name may collide and be tried again with the same object; otherwise the
    // object is not needed after this and moves into the store.
    auto created = storage.create(type.key(t.ns, name), generate ? Json(obj) : std::move(obj));
    if (created) return with_warnings(present_response(201, type, **created), warnings);
    if (!is_already_exists(created.error())) return error_response(created.error());
    if (!generate) return error_response(make_already_exists(type.info.group, type.info.plural, name));
    if (attempt >= 7) {
      Error e = make_already_exists(type.info.group, type.info.plural, name);
      Status s = e.to_status();
      s.message += ", the server was not able to generate a unique name for the object";
      return error_response(Error::from_status(s));
    }
  }
}

namespace {

// The update rules kube-apiserver applies between the stored object and the new one.
Result<Json> prepare_update(const Json& current, Json next, const ResourceType& type,
                            const std::string& subresource, const std::string& url_name,
                            const std::string& url_ns, TimePoint now) {
  Json& meta = next["metadata"];
  const Json& cur_meta = current["metadata"];
  std::string name = str(meta, "name");
  if (name.empty()) meta["name"] = name = url_name;
  if (name != url_name)
    return make_bad_request("the name of the object (" + name + ") does not match the name on the URL (" + url_name + ")");
  if (type.info.namespaced) {
    std::string ns = str(meta, "namespace");
    if (!ns.empty() && ns != url_ns)
      return make_bad_request("the namespace of the provided object does not match the namespace sent on the request");
    meta["namespace"] = url_ns;
  } else {
    meta.erase("namespace");
  }
  std::string rv = str(meta, "resourceVersion");
  if (rv.empty()) {
    if (type.custom)
      return make_invalid(type.info.group, type.info.kind, name,
                          {FieldError(FieldErrorType::kInvalid, "metadata.resourceVersion", "0x0", "must be specified for an update").to_cause()});
  } else if (rv != str(cur_meta, "resourceVersion")) {
    return make_stale_conflict(type.info.group, type.info.plural, name);
  }
  std::string uid = str(meta, "uid");
  if (!uid.empty() && uid != str(cur_meta, "uid"))
    return make_invalid(type.info.group, type.info.kind, name,
                        {FieldError::invalid("metadata.uid", uid, "field is immutable").to_cause()});
  for (const char* k : {"uid", "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "generation"}) {
    if (cur_meta.contains(k)) meta[k] = cur_meta[k];
    else meta.erase(k);
  }
  meta.erase("managedFields");
  if (subresource == "finalize") {
    // Namespaces: only spec.finalizers changes through /finalize.
    Json out = current;
    const Json& spec = next.value("spec", Json::object());
    if (spec.is_object() && spec.contains("finalizers") && !spec["finalizers"].is_null()) out["spec"]["finalizers"] = spec["finalizers"];
    else if (out.contains("spec") && out["spec"].is_object()) out["spec"].erase("finalizers");
    return out;
  }
  if (subresource == "status") {
    // Only status changes through /status.
    Json out = current;
    if (next.contains("status")) out["status"] = next["status"];
    else out.erase("status");
    if (!type.custom) {
      out["metadata"] = meta;  // built-ins keep metadata changes made through /status
      for (const char* k : {"resourceVersion"}) out["metadata"].erase(k);
    } else {
      WINDLASS_RETURN_IF_ERROR(process_kind(out, type, now, &current));
    }
    return out;
  }
  if (type.info.status_subresource) {
    if (current.contains("status")) next["status"] = current["status"];
    else next.erase("status");
  }
  if (cur_meta.contains("deletionTimestamp")) {
    // No new finalizers once deletion has begun.
    auto fins = [](const Json& m) {
      std::vector<std::string> v;
      if (m.contains("finalizers") && m["finalizers"].is_array())
        for (const auto& f : m["finalizers"]) if (f.is_string()) v.push_back(f);
      return v;
    };
    auto before = fins(cur_meta), after = fins(meta);
    for (const auto& f : after)
      if (std::find(before.begin(), before.end(), f) == before.end())
        return make_invalid(type.info.group, type.info.kind, name,
                            {FieldError::forbidden("metadata.finalizers", "no new finalizers can be added if the object is being deleted, found new finalizers []string{" + go_quote(f) + "}").to_cause()});
  }
  WINDLASS_RETURN_IF_ERROR(process_kind(next, type, now, &current));
  if ((type.tracks_generation || type.custom) && spec_part(current, type) != spec_part(next, type))
    next["metadata"]["generation"] = cur_meta.value("generation", std::int64_t{0}) + 1;
  return next;
}

}  // namespace

// Stores `fn`'s result as an update; finishes a pending deletion when the last finalizer goes.
static Response write_update(Storage& storage, const ResourceType& type, const std::string& key,
                             const std::string& name, bool dry,
                             const std::function<Result<Json>(const Json&)>& fn,
                             const std::vector<std::string>& warnings) {
  if (dry) {
    auto cur = storage.get(key);
    if (!cur) return error_response(make_not_found(type.info.group, type.info.plural, name));
    auto next = fn(**cur);
    if (!next) return error_response(next.error());
    (*next)["metadata"]["resourceVersion"] = (**cur)["metadata"].value("resourceVersion", "");
    return with_warnings(present_response(200, type, *next), warnings);
  }
  // The write that removes the last finalizer of an object being deleted also removes it.
  auto stored = update_object(storage, key, [&](const Json& current) -> Result<std::optional<Json>> {
    WINDLASS_TRY(Json next, fn(current));
    return std::optional<Json>(std::move(next));
  });
  if (!stored) {
    if (is_not_found(stored.error())) return error_response(make_not_found(type.info.group, type.info.plural, name));
    return error_response(stored.error());
  }
  return with_warnings(present_response(200, type, *stored->object), warnings);
}

namespace {

void drop_nulls(Json& v) {
  if (v.is_object()) {
    for (auto it = v.begin(); it != v.end();) {
      if (it->is_null()) {
        it = v.erase(it);
      } else {
        drop_nulls(*it);
        ++it;
      }
    }
  } else if (v.is_array()) {
    for (auto& e : v) drop_nulls(e);
  }
}

// The applied configuration from an apply-patch+yaml body (YAML or JSON), checked against the
// URL: apiVersion and kind must match, name and namespace must agree with it.
Result<Json> decode_applied(const Request& req, const ApiHandler::Target& t) {
  const ResourceType& type = *t.type;
  Json config;
  if (auto j = parse_json(req.body)) {
    config = std::move(*j);
  } else {
    auto y = yaml_to_json(req.body);
    if (!y) return make_bad_request("error decoding YAML: " + y.error().message());
    config = std::move(*y);
  }
  if (!config.is_object())
    return make_bad_request("error decoding YAML: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal " +
                            std::string(config.is_array() ? "array" : config.is_string() ? "string" : config.is_number() ? "number" : config.is_boolean() ? "bool" : "null") +
                            " into Go value of type map[string]interface {}");
  std::string av = config.contains("apiVersion") && config["apiVersion"].is_string() ? config["apiVersion"].get<std::string>() : "";
  if (av != type.info.api_version())
    return make_bad_request("Incorrect version specified in apply patch. Specified patch version: " + av +
                            ", expected: " + type.info.api_version());
  if (!config.contains("kind") || !config["kind"].is_string() || config["kind"].get_ref<const std::string&>().empty())
    return make_bad_request("Object 'Kind' is missing in '" + req.body + "'");
  WINDLASS_RETURN_IF_ERROR(check_type_meta(config, type));
  drop_nulls(config);
  Json& meta = config["metadata"];
  meta.erase("managedFields");
  std::string name = str(meta, "name");
  if (!name.empty() && name != t.name)
    return make_bad_request("the name of the object (" + name + ") does not match the name on the URL (" + t.name + ")");
  meta["name"] = t.name;
  if (type.info.namespaced) {
    std::string ns = str(meta, "namespace");
    if (!ns.empty() && ns != t.ns)
      return make_bad_request("the namespace of the provided object does not match the namespace sent on the request");
    if (t.namespaced_path) meta["namespace"] = t.ns;
  } else {
    meta.erase("namespace");
  }
  // What the endpoint may not change is not applied (and not owned): status on the main
  // resource, everything but status on /status.
  if (t.subresource == "status") {
    Json only = {{"apiVersion", config["apiVersion"]}, {"kind", config["kind"]}, {"metadata", Json::object()}};
    for (const char* k : {"name", "namespace"})
      if (meta.contains(k)) only["metadata"][k] = meta[k];
    if (config.contains("status")) only["status"] = config["status"];
    config = std::move(only);
  } else if (type.info.status_subresource) {
    config.erase("status");
  }
  return config;
}

}  // namespace

// PATCH with application/apply-patch+yaml: server-side apply (spec H4). A missing object is
// created through the create path.
static Response apply_patch(Storage& storage, TimePoint now, const Request& req, const ApiHandler::Target& t, bool dry,
                            ServiceAllocator* services) {
  const ResourceType& type = *t.type;
  auto manager = req.param("fieldManager");
  if (!manager || manager->empty())
    return error_response(make_invalid("meta.k8s.io", "PatchOptions", "",
                                       {FieldError::required("fieldManager", "is required for apply patch").to_cause()}));
  if (t.subresource == "scale") return error_response(make_method_not_allowed());
  auto decoded = decode_applied(req, t);
  if (!decoded) return error_response(decoded.error());
  Json config = std::move(*decoded);
  std::vector<std::string> warnings;
  if (auto r = validate_fields(req, config, type, warnings); !r) return error_response(r.error());

  Json scratch;
  const Json& schema = managed_schema(type, scratch);
  ApplyOptions options;
  options.manager = *manager;
  options.api_version = type.info.api_version();
  options.subresource = t.subresource;
  options.time = format_rfc3339(now);
  options.force = query_flag(req, "force");
  // kubectl's own manager takes over what its client-side apply recorded, as upstream.
  bool kubectl = *manager == "kubectl";

  std::string key = type.key(t.ns, t.name);
  if (!storage.get(key)) {
    if (!t.subresource.empty()) return error_response(make_not_found(type.info.group, type.info.plural, t.name));
    auto r = apply_configuration(Json::object(), config, {}, schema, options);
    if (!r) return error_response(r.error());
    return create_object(storage, now, req, t, std::move(r->object), dry, std::move(warnings), &r->managed, services);
  }
  ServiceAllocator::Hold held;
  return write_update(storage, type, key, t.name, dry, [&](const Json& current) -> Result<Json> {
    Json live = present(type, current);
    live["metadata"].erase("managedFields");
    ApplyOptions o = options;
    if (kubectl) o.allowed_conflicts = last_applied_allowance(live, schema);
    WINDLASS_TRY(ApplyResult r, apply_configuration(live, config, stored_managed(current), schema, o));
    if (kubectl) refresh_last_applied(r.object, config);
    if (auto errs = validate_meta(r.object, type, false); !errs.empty()) return invalid(type, t.name, errs);
    WINDLASS_TRY(Json out, prepare_update(current, std::move(r.object), type, t.subresource, t.name, t.ns, now));
    set_managed(out, r.managed);
    WINDLASS_RETURN_IF_ERROR(allocate_service(services, type, t.subresource, out, &current, held));
    return out;
  }, warnings);
}

Response ApiHandler::update(const Request& req, const Target& t) {
  const ResourceType& type = *t.type;
  auto dry = dry_run(req);
  if (!dry) return error_response(dry.error());
  if (auto fm = check_field_manager(req); !fm) return error_response(fm.error());
  auto body = decode_body(req, type.type, type.custom);
  if (!body) return error_response(body.error());
  Json obj = std::move(*body);
  std::vector<std::string> warnings;
  if (t.subresource == "scale") {
    // A Scale body sets the parent's replicas.
    std::int64_t replicas = obj.value("spec", Json::object()).value("replicas", std::int64_t{0});
    std::string rv = str(obj.value("metadata", Json::object()), "resourceVersion");
    Response r = write_update(storage_, type, type.key(t.ns, t.name), t.name, *dry, [&](const Json& current) -> Result<Json> {
      if (!rv.empty() && rv != str(current["metadata"], "resourceVersion"))
        return make_stale_conflict(type.info.group, type.info.plural, t.name);
      Json next = current;
      next["spec"]["replicas"] = replicas;
      WINDLASS_TRY(Json out, prepare_update(current, std::move(next), type, "", t.name, t.ns, options_.now()));
      record_update(req, type, "scale", current, out, std::nullopt, options_.now());
      return out;
    }, warnings);
    if (r.status == 200) r.body = to_json_string(to_scale(type, *parse_json(r.body)));
    return r;
  }
  if (auto r = check_type_meta(obj, type); !r) return error_response(r.error());
  if (auto r = validate_fields(req, obj, type, warnings, StrictWording::kBodyDecoding); !r) return error_response(r.error());
  if (auto errs = validate_meta(obj, type, false); !errs.empty())
    return error_response(invalid(type, str(obj["metadata"], "name"), errs));
  std::optional<ManagedFields> requested = requested_managed(obj);
  ServiceAllocator::Hold held;
  return write_update(storage_, type, type.key(t.ns, t.name), t.name, *dry, [&](const Json& current) -> Result<Json> {
    WINDLASS_TRY(Json out, prepare_update(current, obj, type, t.subresource, t.name, t.ns, options_.now()));
    record_update(req, type, t.subresource, current, out, requested, options_.now());
    WINDLASS_RETURN_IF_ERROR(allocate_service(services_.get(), type, t.subresource, out, &current, held));
    return out;
  }, warnings);
}

Response ApiHandler::patch(const Request& req, const Target& t) {
  const ResourceType& type = *t.type;
  auto dry = dry_run(req);
  if (!dry) return error_response(dry.error());
  if (auto fm = check_field_manager(req); !fm) return error_response(fm.error());
  std::string mt = media_type(req);
  bool strategic_ok = type.type != nullptr;
  if (mt == "application/apply-patch+yaml") return apply_patch(storage_, options_.now(), req, t, *dry, services_.get());
  if (mt != "application/json-patch+json" && mt != "application/merge-patch+json" &&
      !(mt == "application/strategic-merge-patch+json" && strategic_ok))
    return error_response(unsupported_media(strategic_ok));
  if (req.param("force"))
    return error_response(make_invalid(type.info.group, type.info.kind, t.name, {FieldError::forbidden("force", "may not be specified for non-apply patch").to_cause()}));
  auto patch_json = parse_json(req.body);
  if (!patch_json) return error_response(make_bad_request(patch_json.error().message()));
  if (mt == "application/json-patch+json" && !patch_json->is_array())
    return error_response(make_bad_request("json: cannot unmarshal " + std::string(json_type_name(*patch_json)) + " into Go value of type jsonpatch.Patch"));
  if (mt != "application/json-patch+json" && !patch_json->is_object())
    return error_response(make_bad_request("json: cannot unmarshal " + std::string(json_type_name(*patch_json)) + " into Go value of type map[string]interface {}"));
  std::vector<std::string> warnings;
  bool is_scale = t.subresource == "scale";
  ServiceAllocator::Hold held;

  auto apply = [&](const Json& current) -> Result<Json> {
    Json base = is_scale ? to_scale(type, current) : present(type, current);
    Json patched;
    if (mt == "application/json-patch+json") {
      auto r = apply_json_patch(base, *patch_json);
      if (!r) return Error(ErrorCode::kInvalid, r.error().message());
      patched = std::move(*r);
    } else if (mt == "application/merge-patch+json") {
      patched = apply_merge_patch(base, *patch_json);
    } else {
      auto r = api::apply_strategic_merge_patch(base, *patch_json, *type.type);
      if (!r) return Error(ErrorCode::kInvalid, r.error().message());
      patched = std::move(*r);
    }
    if (!patched.is_object()) return make_bad_request("the patched object is not a JSON object");
    if (is_scale) {
      std::string rv = str(patched.value("metadata", Json::object()), "resourceVersion");
      if (!rv.empty() && rv != str(current["metadata"], "resourceVersion"))
        return make_stale_conflict(type.info.group, type.info.plural, t.name);
      Json next = current;
      next["spec"]["replicas"] = patched.value("spec", Json::object()).value("replicas", std::int64_t{0});
      WINDLASS_TRY(Json out, prepare_update(current, std::move(next), type, "", t.name, t.ns, options_.now()));
      record_update(req, type, "scale", current, out, std::nullopt, options_.now());
      return out;
    }
    WINDLASS_RETURN_IF_ERROR(check_type_meta(patched, type));
    WINDLASS_RETURN_IF_ERROR(validate_fields(req, patched, type, warnings));
    if (auto errs = validate_meta(patched, type, false); !errs.empty()) return invalid(type, t.name, errs);
    std::optional<ManagedFields> requested = requested_managed(patched);
    WINDLASS_TRY(Json out, prepare_update(current, std::move(patched), type, t.subresource, t.name, t.ns, options_.now()));
    record_update(req, type, t.subresource, current, out, std::move(requested), options_.now());
    WINDLASS_RETURN_IF_ERROR(allocate_service(services_.get(), type, t.subresource, out, &current, held));
    return out;
  };
  Response r = write_update(storage_, type, type.key(t.ns, t.name), t.name, *dry, [&](const Json& current) -> Result<Json> {
    auto out = apply(current);
    if (!out && out.error().code() == ErrorCode::kInvalid && !out.error().status()) {
      // An unapplicable patch: 422 with kube-apiserver's wording.
      Status s;
      s.message = out.error().message();
      s.reason = "Invalid";
      s.code = 422;
      return Error::from_status(std::move(s));
    }
    return out;
  }, warnings);
  if (is_scale && r.status == 200) r.body = to_json_string(to_scale(type, *parse_json(r.body)));
  return r;
}

Response ApiHandler::remove(const Request& req, const Target& t) {
  const ResourceType& type = *t.type;
  if (!t.subresource.empty()) return error_response(make_method_not_allowed());
  // Options from the body (kubectl) or the query (python, JS).
  std::optional<Json> body;
  if (!req.body.empty()) {
    auto j = parse_json(req.body);
    if (!j || !j->is_object()) return error_response(make_bad_request("the body of the request was not valid DeleteOptions"));
    body = std::move(*j);
  }
  auto opts = parse_delete_options(body ? &*body : nullptr, req.query);
  if (!opts) return error_response(opts.error());
  auto outcome = delete_object(storage_, type, type.key(t.ns, t.name), opts->request, options_.now());
  if (!outcome) return error_response(outcome.error());
  const Json& obj = *outcome->object;
  if (!outcome->removed) return present_response(opts->orphan_dependents_false ? 202 : 200, type, obj);
  if (is_crd_type(type) && !opts->request.dry_run) {
    // The CRD's custom resources go with it.
    for (const auto& rt : crd_resource_types(obj)) {
      auto items = storage_.list({.prefix = rt.key_prefix()});
      if (!items) continue;
      for (const auto& o : items->items) {
        const Json& m = (*o)["metadata"];
        (void)storage_.remove(rt.key(m.value("namespace", ""), m.value("name", "")), nullptr);
      }
      break;  // every version shares one storage prefix
    }
  }
  if (type.delete_returns_object) return present_response(200, type, obj);
  Json details = {{"name", t.name}, {"kind", type.info.plural}, {"uid", obj["metadata"].value("uid", "")}};
  if (!type.info.group.empty()) details["group"] = type.info.group;
  return json_response(200, Json{{"kind", "Status"}, {"apiVersion", "v1"}, {"metadata", Json::object()},
                                 {"status", "Success"}, {"details", details}});
}

}  // namespace windlass::apiserver
