#include "registry/deletion.h"

#include <windlass/core/field_error.h>

#include <algorithm>

namespace windlass::apiserver {

namespace {

bool is_namespace(const Json& obj) {
  return obj.value("kind", "") == "Namespace" && obj.value("apiVersion", "") == "v1";
}

bool is_pod(const Json& obj) {
  return obj.value("kind", "") == "Pod" && obj.value("apiVersion", "") == "v1";
}

std::vector<std::string> spec_finalizers(const Json& ns) {
  std::vector<std::string> out;
  const Json* spec = ns.contains("spec") ? &ns["spec"] : nullptr;
  if (spec && spec->is_object() && spec->contains("finalizers") && (*spec)["finalizers"].is_array())
    for (const auto& f : (*spec)["finalizers"])
      if (f.is_string()) out.push_back(f.get<std::string>());
  return out;
}

void set_finalizers(Json& obj, const std::vector<std::string>& fins) {
  Json& meta = obj["metadata"];
  if (fins.empty()) meta.erase("finalizers");
  else meta["finalizers"] = fins;
}

Error invalid_options(std::vector<StatusCause> causes) {
  return make_invalid("meta.k8s.io", "DeleteOptions", "", std::move(causes));
}

// The grace period a pod is deleted with: none when no node runs it or it has finished,
// otherwise the request's, else its spec's, else 30 seconds (upstream's pod strategy).
std::int64_t pod_grace(const Json& pod, const std::optional<std::int64_t>& requested) {
  const Json& spec = pod.value("spec", Json::object());
  std::string phase = pod.value("status", Json::object()).value("phase", "");
  if (spec.value("nodeName", "").empty() || phase == "Succeeded" || phase == "Failed") return 0;
  std::int64_t grace = 30;
  if (requested) grace = *requested;
  else if (spec.contains("terminationGracePeriodSeconds") && spec["terminationGracePeriodSeconds"].is_number_integer())
    grace = spec["terminationGracePeriodSeconds"].get<std::int64_t>();
  return grace < 0 ? 1 : grace;
}

// What the deletion turns `cur` into: nullopt when it is removed now, else the object pending
// deletion (equal to `cur` when nothing changes).
std::optional<Json> plan(const Json& cur, const DeleteRequest& req, TimePoint now) {
  Json next = cur;
  std::vector<std::string> fins = finalizers_of(cur);
  auto add = [&](const char* f) {
    if (std::find(fins.begin(), fins.end(), f) == fins.end()) fins.push_back(f);
  };
  auto drop = [&](const char* f) { fins.erase(std::remove(fins.begin(), fins.end(), f), fins.end()); };
  switch (req.propagation) {
    case Propagation::kOrphan: add(kOrphanFinalizer); drop(kForegroundFinalizer); break;
    case Propagation::kForeground: add(kForegroundFinalizer); drop(kOrphanFinalizer); break;
    case Propagation::kBackground: drop(kOrphanFinalizer); drop(kForegroundFinalizer); break;
    case Propagation::kDefault: break;
  }
  set_finalizers(next, fins);
  std::int64_t grace = is_pod(cur) ? pod_grace(cur, req.grace_period_seconds) : 0;
  bool ns = is_namespace(cur);
  bool pending = !fins.empty() || grace > 0 || (ns && !spec_finalizers(cur).empty());
  if (!pending) return std::nullopt;

  Json& meta = next["metadata"];
  bool deleting = meta.contains("deletionTimestamp");
  std::int64_t current_grace = meta.value("deletionGracePeriodSeconds", std::int64_t{0});
  if (!deleting || grace < current_grace) {
    meta["deletionTimestamp"] = format_rfc3339(now + std::chrono::seconds(grace));
    meta["deletionGracePeriodSeconds"] = grace;
  }
  if (!deleting && meta.value("generation", std::int64_t{0}) > 0)
    meta["generation"] = meta["generation"].get<std::int64_t>() + 1;
  if (ns) next["status"]["phase"] = "Terminating";
  return next;
}

}  // namespace

std::vector<std::string> finalizers_of(const Json& obj) {
  std::vector<std::string> out;
  if (!obj.contains("metadata")) return out;
  const Json& meta = obj["metadata"];
  if (meta.is_object() && meta.contains("finalizers") && meta["finalizers"].is_array())
    for (const auto& f : meta["finalizers"])
      if (f.is_string()) out.push_back(f.get<std::string>());
  return out;
}

bool has_finalizer(const Json& obj, const std::string& finalizer) {
  auto fins = finalizers_of(obj);
  return std::find(fins.begin(), fins.end(), finalizer) != fins.end();
}

Result<ParsedDeleteOptions> parse_delete_options(const Json* body,
                                                 const std::multimap<std::string, std::string>& query) {
  ParsedDeleteOptions out;
  std::optional<std::string> policy;
  std::optional<bool> orphan;
  auto q = [&](const char* k) -> std::optional<std::string> {
    auto it = query.find(k);
    return it == query.end() ? std::nullopt : std::optional<std::string>(it->second);
  };
  // Query first; a body value must agree with it.
  if (auto v = q("propagationPolicy")) policy = *v;
  if (auto v = q("orphanDependents")) orphan = *v != "false" && *v != "0";
  if (auto v = q("gracePeriodSeconds")) {
    try {
      std::size_t used = 0;
      out.request.grace_period_seconds = std::stoll(*v, &used);
      if (used != v->size()) throw std::invalid_argument(*v);
    } catch (const std::exception&) {
      return make_bad_request("gracePeriodSeconds: Invalid value: \"" + *v + "\": must be an integer");
    }
  }
  if (auto v = q("preconditions.uid")) out.request.precondition_uid = *v;
  if (auto v = q("preconditions.resourceVersion")) out.request.precondition_rv = *v;
  for (auto [it, end] = query.equal_range("dryRun"); it != end; ++it) {
    if (it->second != "All") return make_bad_request("dryRun: Unsupported value: \"" + it->second + "\": supported values: \"All\"");
    out.request.dry_run = true;
  }
  if (body && !body->is_null()) {
    if (!body->is_object()) return make_bad_request("the body of the request was not valid DeleteOptions");
    const Json& b = *body;
    auto conflict = [](const char* field) {
      return make_bad_request(std::string("the ") + field + " in the body does not match the one in the query");
    };
    if (b.contains("propagationPolicy") && !b["propagationPolicy"].is_null()) {
      if (!b["propagationPolicy"].is_string()) return make_bad_request("propagationPolicy: expected a string");
      std::string p = b["propagationPolicy"];
      if (policy && *policy != p) return conflict("propagationPolicy");
      policy = p;
    }
    if (b.contains("orphanDependents") && !b["orphanDependents"].is_null()) {
      if (!b["orphanDependents"].is_boolean()) return make_bad_request("orphanDependents: expected a boolean");
      bool o = b["orphanDependents"];
      if (orphan && *orphan != o) return conflict("orphanDependents");
      orphan = o;
    }
    if (b.contains("gracePeriodSeconds") && !b["gracePeriodSeconds"].is_null()) {
      if (!b["gracePeriodSeconds"].is_number_integer()) return make_bad_request("gracePeriodSeconds: expected an integer");
      std::int64_t g = b["gracePeriodSeconds"];
      if (out.request.grace_period_seconds && *out.request.grace_period_seconds != g) return conflict("gracePeriodSeconds");
      out.request.grace_period_seconds = g;
    }
    if (b.contains("preconditions") && b["preconditions"].is_object()) {
      const Json& p = b["preconditions"];
      if (p.contains("uid") && p["uid"].is_string()) out.request.precondition_uid = p["uid"];
      if (p.contains("resourceVersion") && p["resourceVersion"].is_string()) out.request.precondition_rv = p["resourceVersion"];
    }
    if (b.contains("dryRun") && b["dryRun"].is_array())
      for (const auto& d : b["dryRun"]) {
        if (d != "All") return make_bad_request("dryRun: Unsupported value: " + d.dump() + ": supported values: \"All\"");
        out.request.dry_run = true;
      }
  }
  if (policy && orphan)
    return invalid_options({FieldError::invalid("propagationPolicy", *policy, "orphanDependents and deletionPropagation cannot be both set").to_cause()});
  if (policy) {
    if (*policy == "Orphan") out.request.propagation = Propagation::kOrphan;
    else if (*policy == "Background") out.request.propagation = Propagation::kBackground;
    else if (*policy == "Foreground") out.request.propagation = Propagation::kForeground;
    else
      return invalid_options({FieldError::not_supported("propagationPolicy", *policy, {"Foreground", "Background", "Orphan", "nil"}).to_cause()});
  }
  if (orphan) {
    out.request.propagation = *orphan ? Propagation::kOrphan : Propagation::kBackground;
    out.orphan_dependents_false = !*orphan;
  }
  return out;
}

bool should_remove_on_update(const Json& next) {
  const Json& meta = next["metadata"];
  if (!meta.contains("deletionTimestamp")) return false;
  if (!finalizers_of(next).empty()) return false;
  if (meta.value("deletionGracePeriodSeconds", std::int64_t{0}) > 0) return false;
  if (is_namespace(next) && !spec_finalizers(next).empty()) return false;
  return true;
}

Result<DeleteOutcome> update_object(Storage& storage, const std::string& key, const Storage::UpdateFn& fn) {
  WINDLASS_TRY(ObjectPtr stored, storage.update(key, fn));
  if (!should_remove_on_update(*stored)) return DeleteOutcome{stored, false};
  std::string uid = (*stored)["metadata"].value("uid", "");
  auto gone = storage.remove(key, [&](const Json& cur) -> Result<void> {
    if (cur["metadata"].value("uid", "") != uid || !should_remove_on_update(cur))
      return Error(ErrorCode::kConflict, "changed");
    return ok();
  });
  if (gone) return DeleteOutcome{*gone, true};
  return DeleteOutcome{stored, false};
}

Result<DeleteOutcome> delete_object(Storage& storage, const ResourceType& type, const std::string& key,
                                    const DeleteRequest& request, TimePoint now) {
  auto check = [&](const Json& current) -> Result<void> {
    const Json& meta = current["metadata"];
    std::string name = meta.value("name", "");
    if (!request.precondition_uid.empty() && request.precondition_uid != meta.value("uid", ""))
      return make_conflict(type.info.group, type.info.plural, name,
                           "Precondition failed: UID in precondition: " + request.precondition_uid +
                               ", UID in object meta: " + meta.value("uid", ""));
    if (!request.precondition_rv.empty() && request.precondition_rv != meta.value("resourceVersion", ""))
      return make_conflict(type.info.group, type.info.plural, name,
                           "Precondition failed: ResourceVersion in precondition: " + request.precondition_rv +
                               ", ResourceVersion in meta: " + meta.value("resourceVersion", ""));
    if (is_namespace(current) && (name == "default" || name == "kube-system" || name == "kube-public"))
      return make_forbidden("", "namespaces", name, "this namespace may not be deleted");
    return ok();
  };
  auto not_found = [&]() {
    std::string name = key.substr(key.rfind('/') + 1);
    return make_not_found(type.info.group, type.info.plural, name);
  };
  // The object may change between deciding and writing; a few rounds settle it.
  for (int attempt = 0; attempt < 16; ++attempt) {
    auto current = storage.get(key);
    if (!current) return is_not_found(current.error()) ? not_found() : current.error();
    WINDLASS_RETURN_IF_ERROR(check(**current));
    std::optional<Json> pending = plan(**current, request, now);
    if (request.dry_run) {
      if (pending) return DeleteOutcome{std::make_shared<const Json>(std::move(*pending)), false};
      return DeleteOutcome{*current, true};
    }
    const std::string rv = (**current)["metadata"].value("resourceVersion", "");
    bool changed = false;
    if (pending) {
      auto stored = storage.update(key, [&](const Json& cur) -> Result<std::optional<Json>> {
        if (cur["metadata"].value("resourceVersion", "") != rv) {
          changed = true;
          return std::optional<Json>();
        }
        if (*pending == cur) return std::optional<Json>();
        return std::optional<Json>(*pending);
      });
      if (!stored) return is_not_found(stored.error()) ? not_found() : stored.error();
      if (changed) continue;
      return DeleteOutcome{*stored, false};
    }
    auto gone = storage.remove(key, [&](const Json& cur) -> Result<void> {
      if (cur["metadata"].value("resourceVersion", "") != rv) {
        changed = true;
        return Error(ErrorCode::kConflict, "changed");
      }
      return ok();
    });
    if (gone) return DeleteOutcome{*gone, true};
    if (changed) continue;
    return is_not_found(gone.error()) ? not_found() : gone.error();
  }
  return make_conflict(type.info.group, type.info.plural, key.substr(key.rfind('/') + 1),
                       "the object kept changing while it was being deleted, please retry");
}

}  // namespace windlass::apiserver
