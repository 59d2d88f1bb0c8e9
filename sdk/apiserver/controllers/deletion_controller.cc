#include "controllers/deletion_controller.h"

#include "registry/deletion.h"
#include "rest/common.h"

#include <windlass/core/log.h>

#include <algorithm>

namespace windlass::apiserver {

namespace {

const Json& meta_of(const Json& obj) {
  static const Json empty = Json::object();
  return obj.contains("metadata") && obj["metadata"].is_object() ? obj["metadata"] : empty;
}

std::string uid_of(const Json& obj) { return meta_of(obj).value("uid", ""); }

std::vector<Json> owner_refs(const Json& obj) {
  std::vector<Json> out;
  const Json& meta = meta_of(obj);
  if (meta.contains("ownerReferences") && meta["ownerReferences"].is_array())
    for (const auto& r : meta["ownerReferences"])
      if (r.is_object() && r.contains("uid") && r["uid"].is_string()) out.push_back(r);
  return out;
}

bool deleting(const Json& obj) { return meta_of(obj).contains("deletionTimestamp"); }

bool is_core(const Json& obj, const char* kind) {
  return obj.value("kind", "") == kind && obj.value("apiVersion", "") == "v1";
}

}  // namespace

DeletionController::DeletionController(Storage& storage, DeletionControllerOptions options)
    : storage_(storage), options_(std::move(options)) {}

DeletionController::~DeletionController() { stop(); }

void DeletionController::start() {
  if (thread_.joinable()) return;
  thread_ = std::thread([this] { loop(); });
}

void DeletionController::stop() {
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
  }
  cv_.notify_all();
  if (thread_.joinable()) thread_.join();
  if (queue_) queue_->stop();
}

bool DeletionController::resync() {
  nodes_.clear();
  dependents_.clear();
  timers_.clear();
  if (queue_) queue_->stop();
  auto q = storage_.watch("/registry/", 0, true);
  if (!q) {
    log::error(q.error(), "deletion controller cannot watch the store");
    queue_.reset();
    return false;
  }
  queue_ = *q;
  queue_->set_notify([this] {
    {
      std::lock_guard lock(mu_);
      wake_ = true;
    }
    cv_.notify_one();
  });
  return true;
}

void DeletionController::loop() {
  while (true) {
    run_until_idle();
    {
      std::unique_lock lock(mu_);
      auto ready = [&] { return wake_ || stopping_; };
      if (timers_.empty()) {
        cv_.wait_for(lock, std::chrono::seconds(30), ready);  // a periodic look, like a resync
      } else {
        auto wait = timers_.begin()->first - options_.now();
        if (wait > decltype(wait)::zero())
          cv_.wait_for(lock, wait + std::chrono::milliseconds(5), ready);
      }
      if (stopping_) return;
      wake_ = false;
    }
  }
}

void DeletionController::run_until_idle() {
  for (int round = 0; round < 10000; ++round) {
    if (!queue_ || queue_->closed()) {
      if (!resync()) return;
    }
    auto events = queue_->drain();
    for (const auto& e : events) observe(e);
    TimePoint now = options_.now();
    while (!timers_.empty() && timers_.begin()->first <= now) {
      dirty_.insert(timers_.begin()->second);
      timers_.erase(timers_.begin());
    }
    if (events.empty() && dirty_.empty()) return;
    std::set<std::string> work;
    work.swap(dirty_);
    for (const auto& key : work) process(key);
  }
}

const ResourceType* DeletionController::type_of(const std::string& key) {
  auto catalog = options_.catalog();
  if (catalog != types_catalog_) {
    types_.clear();
    for (const auto& g : catalog->groups())
      for (const auto& v : g.versions)
        for (const ResourceType* t : catalog->resources(g.name, v)) types_.emplace(t->key_prefix(), t);
    types_catalog_ = catalog;
  }
  // "/registry/<group>/<plural>/": the key up to its fourth '/'.
  std::size_t pos = 0;
  for (int i = 0; i < 3 && pos != std::string::npos; ++i) pos = key.find('/', pos + 1);
  if (pos == std::string::npos) return nullptr;
  auto it = types_.find(key.substr(0, pos + 1));
  return it == types_.end() ? nullptr : it->second;
}

void DeletionController::observe(const Event& e) {
  const Json& obj = *e.object;
  std::string uid = uid_of(obj);
  // Unlink the previous state's owners.
  if (auto it = nodes_.find(uid); it != nodes_.end()) {
    for (const auto& o : it->second.owners) {
      auto d = dependents_.find(o);
      if (d != dependents_.end()) {
        d->second.erase(uid);
        if (d->second.empty()) dependents_.erase(d);
      }
    }
  }
  auto owners = owner_refs(obj);
  // Owners being deleted in the foreground wait on their dependents: look at them again.
  auto touch_owners = [&] {
    for (const auto& r : owners)
      if (auto o = nodes_.find(r["uid"].get<std::string>()); o != nodes_.end()) dirty_.insert(o->second.key);
  };
  if (e.type == EventType::kDeleted) {
    touch_owners();
    nodes_.erase(uid);
    if (auto d = dependents_.find(uid); d != dependents_.end())
      for (const auto& dep : d->second)
        if (auto n = nodes_.find(dep); n != nodes_.end()) dirty_.insert(n->second.key);
    std::string ns = meta_of(obj).value("namespace", "");
    if (!ns.empty()) {
      auto catalog = options_.catalog();
      if (const ResourceType* nst = catalog->find("", "v1", "namespaces")) dirty_.insert(nst->key("", ns));
    }
    return;
  }
  Node& node = nodes_[uid];
  node.key = e.key;
  node.owners.clear();
  for (const auto& r : owners) {
    std::string o = r["uid"];
    node.owners.push_back(o);
    dependents_[o].insert(uid);
  }
  if (!owners.empty()) {
    dirty_.insert(e.key);
    touch_owners();
  }
  if (e.type == EventType::kAdded && is_core(obj, "Namespace")) dirty_.insert(e.key);
  if (deleting(obj)) dirty_.insert(e.key);
}

void DeletionController::process(const std::string& key) {
  auto current = storage_.get(key);
  if (!current) return;
  ObjectPtr obj = *current;
  if (is_core(*obj, "Namespace") && !deleting(*obj)) {
    ensure_default_service_account(*obj);
    return;
  }
  if (deleting(*obj)) {
    if (is_core(*obj, "Namespace")) terminate_namespace(key, *obj);
    if (has_finalizer(*obj, kForegroundFinalizer)) finish_foreground(key, *obj);
    else if (has_finalizer(*obj, kOrphanFinalizer)) finish_orphan(key, *obj);
    if (is_core(*obj, "Pod") && finalizers_of(*obj).empty()) finish_pod(key, *obj);
    return;
  }
  if (!owner_refs(*obj).empty()) collect_dependent(key, *obj);
}

// Background collection: a dependent whose owners are all gone is deleted; one that lost only
// some of them keeps the others.
void DeletionController::collect_dependent(const std::string& key, const Json& obj) {
  auto catalog = options_.catalog();
  std::string ns = meta_of(obj).value("namespace", "");
  auto owner_exists = [&](const Json& ref) {
    std::string uid = ref["uid"];
    if (nodes_.count(uid)) return true;
    // Not seen in the graph (yet): ask the store, by apiVersion, kind and name.
    std::string av = ref.value("apiVersion", ""), kind = ref.value("kind", ""), name = ref.value("name", "");
    std::string group, version = av;
    if (auto slash = av.find('/'); slash != std::string::npos) {
      group = av.substr(0, slash);
      version = av.substr(slash + 1);
    }
    for (const ResourceType* t : catalog->resources(group, version)) {
      if (t->info.kind != kind) continue;
      auto owner = storage_.get(t->key(t->info.namespaced ? ns : "", name));
      return owner && uid_of(**owner) == uid;
    }
    return false;  // a kind this server does not serve cannot own anything here
  };
  auto refs = owner_refs(obj);
  std::set<std::string> gone;
  for (const auto& r : refs)
    if (!owner_exists(r)) gone.insert(r["uid"].get<std::string>());
  if (gone.empty()) return;
  const ResourceType* type = type_of(key);
  if (!type) return;
  std::string uid = uid_of(obj);
  if (gone.size() == refs.size()) {
    DeleteRequest req;
    req.propagation = Propagation::kBackground;
    req.precondition_uid = uid;
    auto r = delete_object(storage_, *type, key, req, options_.now());
    if (!r && !is_not_found(r.error()) && r.error().code() != ErrorCode::kConflict)
      log::error(r.error(), "garbage collector could not delete a dependent", {{"key", key}});
    return;
  }
  (void)update_object(storage_, key, [&](const Json& cur) -> Result<std::optional<Json>> {
    if (uid_of(cur) != uid) return std::optional<Json>();
    Json next = cur;
    Json kept = Json::array();
    for (const auto& r : next["metadata"]["ownerReferences"])
      if (!(r.is_object() && r.contains("uid") && gone.count(r.value("uid", "")))) kept.push_back(r);
    next["metadata"]["ownerReferences"] = kept;
    return std::optional<Json>(std::move(next));
  });
}

// Foreground: the dependents go first; the owner waits for those that block it.
void DeletionController::finish_foreground(const std::string& key, const Json& owner) {
  std::string uid = uid_of(owner);
  bool blocked = false;
  std::vector<std::string> dep_keys;
  if (auto d = dependents_.find(uid); d != dependents_.end())
    for (const auto& dep : d->second)
      if (auto n = nodes_.find(dep); n != nodes_.end()) dep_keys.push_back(n->second.key);
  for (const auto& dk : dep_keys) {
    auto dep = storage_.get(dk);
    if (!dep) continue;
    bool blocks = false, refers = false;
    for (const auto& r : owner_refs(**dep)) {
      if (r["uid"] != uid) continue;
      refers = true;
      blocks = r.value("blockOwnerDeletion", false);
    }
    if (!refers) continue;
    if (!deleting(**dep)) {
      const ResourceType* type = type_of(dk);
      if (!type) continue;
      DeleteRequest req;
      req.propagation = blocks ? Propagation::kForeground : Propagation::kBackground;
      req.precondition_uid = uid_of(**dep);
      auto r = delete_object(storage_, *type, dk, req, options_.now());
      if (r && r->removed) continue;
    }
    if (blocks) blocked = true;
  }
  if (!blocked) remove_finalizer(key, uid, kForegroundFinalizer);
}

// Orphan: the dependents lose their reference to the owner, then the owner goes.
void DeletionController::finish_orphan(const std::string& key, const Json& owner) {
  std::string uid = uid_of(owner);
  std::vector<std::string> dep_keys;
  if (auto d = dependents_.find(uid); d != dependents_.end())
    for (const auto& dep : d->second)
      if (auto n = nodes_.find(dep); n != nodes_.end()) dep_keys.push_back(n->second.key);
  for (const auto& dk : dep_keys) {
    auto r = update_object(storage_, dk, [&](const Json& cur) -> Result<std::optional<Json>> {
      auto refs = owner_refs(cur);
      if (std::none_of(refs.begin(), refs.end(), [&](const Json& x) { return x["uid"] == uid; }))
        return std::optional<Json>();
      Json next = cur;
      Json kept = Json::array();
      for (const auto& x : refs)
        if (x["uid"] != uid) kept.push_back(x);
      if (kept.empty()) next["metadata"].erase("ownerReferences");
      else next["metadata"]["ownerReferences"] = kept;
      return std::optional<Json>(std::move(next));
    });
    if (!r && !is_not_found(r.error())) {
      log::error(r.error(), "garbage collector could not orphan a dependent", {{"key", dk}});
      return;  // try again on the next event
    }
  }
  remove_finalizer(key, uid, kOrphanFinalizer);
}

void DeletionController::terminate_namespace(const std::string& key, const Json& ns) {
  std::string name = meta_of(ns).value("name", "");
  auto catalog = options_.catalog();
  std::set<std::string> prefixes;
  std::size_t remaining = 0;
  for (const auto& g : catalog->groups())
    for (const auto& v : g.versions)
      for (const ResourceType* t : catalog->resources(g.name, v)) {
        if (!t->info.namespaced || !prefixes.insert(t->key_prefix()).second) continue;
        auto items = storage_.list({.prefix = t->key_prefix() + name + "/"});
        if (!items) continue;
        for (const auto& o : items->items) {
          ++remaining;
          if (deleting(*o)) continue;
          DeleteRequest req;
          req.propagation = Propagation::kBackground;
          req.precondition_uid = uid_of(*o);
          auto r = delete_object(storage_, *t, t->key(name, meta_of(*o).value("name", "")), req, options_.now());
          if (r && r->removed) --remaining;
        }
      }
  if (remaining > 0) return;  // the DELETED events of what is left bring us back
  std::string uid = uid_of(ns);
  (void)update_object(storage_, key, [&](const Json& cur) -> Result<std::optional<Json>> {
    if (uid_of(cur) != uid || !cur.contains("spec") || !cur["spec"].is_object() || !cur["spec"].contains("finalizers"))
      return std::optional<Json>();
    Json next = cur;
    Json kept = Json::array();
    for (const auto& f : next["spec"]["finalizers"])
      if (f != "kubernetes") kept.push_back(f);
    if (kept.empty()) next["spec"].erase("finalizers");
    else next["spec"]["finalizers"] = kept;
    return std::optional<Json>(std::move(next));
  });
}

// Every active namespace has a `default` service account (the one pods run as unless they
// name another); it comes back when deleted, as kube-controller-manager's controller does.
void DeletionController::ensure_default_service_account(const Json& ns) {
  auto catalog = options_.catalog();
  const ResourceType* sas = catalog->find("", "v1", "serviceaccounts");
  std::string name = meta_of(ns).value("name", "");
  if (!sas || name.empty() || storage_.get(sas->key(name, "default"))) return;
  Json sa = {{"apiVersion", "v1"},
             {"kind", "ServiceAccount"},
             {"metadata",
              {{"name", "default"},
               {"namespace", name},
               {"uid", new_uid()},
               {"creationTimestamp", format_rfc3339(options_.now())}}}};
  auto r = storage_.create(sas->key(name, "default"), std::move(sa));
  if (!r && !is_already_exists(r.error()))
    log::error(r.error(), "could not create the default service account", {{"namespace", name}});
}

void DeletionController::finish_pod(const std::string& key, const Json& pod) {
  auto due = parse_rfc3339(meta_of(pod).value("deletionTimestamp", ""));
  if (due && *due > options_.now()) {
    timers_.emplace(*due, key);
    return;
  }
  const ResourceType* type = type_of(key);
  if (!type) return;
  DeleteRequest req;
  req.grace_period_seconds = 0;
  req.precondition_uid = uid_of(pod);
  (void)delete_object(storage_, *type, key, req, options_.now());
}

void DeletionController::remove_finalizer(const std::string& key, const std::string& uid,
                                          const std::string& finalizer) {
  auto r = update_object(storage_, key, [&](const Json& cur) -> Result<std::optional<Json>> {
    if (uid_of(cur) != uid || !has_finalizer(cur, finalizer)) return std::optional<Json>();
    Json next = cur;
    Json kept = Json::array();
    for (const auto& f : next["metadata"]["finalizers"])
      if (f != finalizer) kept.push_back(f);
    if (kept.empty()) next["metadata"].erase("finalizers");
    else next["metadata"]["finalizers"] = kept;
    return std::optional<Json>(std::move(next));
  });
  if (!r && !is_not_found(r.error()))
    log::error(r.error(), "garbage collector could not remove a finalizer", {{"key", key}, {"finalizer", finalizer}});
}

}  // namespace windlass::apiserver
