#include "storage/memory_store.h"

#include <algorithm>

namespace windlass::apiserver {

// ---- WatchQueue ---------------------------------------------------------------------------

void WatchQueue::set_notify(std::function<void()> notify) {
  std::function<void()> now;
  {
    std::lock_guard lock(mu_);
    notify_ = std::move(notify);
    if (!events_.empty() || closed_) now = notify_;
  }
  if (now) now();
}

std::vector<Event> WatchQueue::drain() {
  std::lock_guard lock(mu_);
  std::vector<Event> out(std::make_move_iterator(events_.begin()),
                         std::make_move_iterator(events_.end()));
  events_.clear();
  return out;
}

bool WatchQueue::closed() const {
  std::lock_guard lock(mu_);
  return closed_;
}

void WatchQueue::stop() {
  std::lock_guard lock(mu_);
  stopped_ = closed_ = true;
  notify_ = nullptr;
}

void WatchQueue::push(Event e) {
  std::function<void()> notify;
  {
    std::lock_guard lock(mu_);
    if (closed_) return;
    if (events_.size() >= capacity_) {
      // A consumer this far behind is cut off, as kube-apiserver's cacher does; the client
      // re-watches from the last revision it saw.
      closed_ = true;
    } else {
      events_.push_back(std::move(e));
    }
    notify = notify_;
  }
  if (notify) notify();
}

void WatchQueue::close() {
  std::function<void()> notify;
  {
    std::lock_guard lock(mu_);
    if (closed_) return;
    closed_ = true;
    notify = notify_;
  }
  if (notify) notify();
}

// ---- MemoryStore --------------------------------------------------------------------------

namespace {

bool has_prefix(std::string_view key, std::string_view prefix) {
  return key.substr(0, prefix.size()) == prefix;
}

Json stamped(Json object, std::int64_t rv) {
  if (!object.is_object()) object = Json::object();
  Json& meta = object["metadata"];
  if (!meta.is_object()) meta = Json::object();
  meta["resourceVersion"] = std::to_string(rv);
  return object;
}

}  // namespace

Result<std::unique_ptr<MemoryStore>> MemoryStore::open(const MemoryStoreOptions& options) {
  std::unique_ptr<MemoryStore> store(new MemoryStore(options));
  if (!options.data_dir.empty()) {
    WriteAheadLog::State state;
    WINDLASS_TRY(store->wal_, WriteAheadLog::open(options.data_dir, state));
    for (auto& [key, obj] : state.objects)
      store->objects_.emplace(key, std::make_shared<const Json>(std::move(obj)));
    store->rv_ = store->compacted_rv_ = state.rv;
  }
  return store;
}

std::int64_t MemoryStore::current_rv() const {
  std::shared_lock lock(mu_);
  return rv_;
}

std::int64_t MemoryStore::compacted_rv() const {
  std::shared_lock lock(mu_);
  return compacted_rv_;
}

std::size_t MemoryStore::watcher_count() const {
  std::shared_lock lock(mu_);
  return static_cast<std::size_t>(std::count_if(watchers_.begin(), watchers_.end(), [](const Watcher& w) {
    auto q = w.queue.lock();
    return q && !q->closed();
  }));
}

Result<ObjectPtr> MemoryStore::get(const std::string& key) const {
  std::shared_lock lock(mu_);
  auto it = objects_.find(key);
  if (it == objects_.end()) return Error(ErrorCode::kNotFound, key);
  return it->second;
}

std::size_t MemoryStore::count(const std::string& prefix) const {
  std::shared_lock lock(mu_);
  return count_locked(prefix);
}

std::size_t MemoryStore::count_locked(const std::string& prefix) const {
  std::size_t n = 0;
  for (auto it = objects_.lower_bound(prefix); it != objects_.end() && has_prefix(it->first, prefix); ++it) ++n;
  return n;
}

Result<ListResult> MemoryStore::list(const ListOptions& options) const {
  std::shared_lock lock(mu_);
  ListResult out;
  if (options.rv > rv_)
    return Error(ErrorCode::kTimeout, "Too large resource version: " + std::to_string(options.rv) +
                                          ", current: " + std::to_string(rv_));
  if (options.rv != 0 && options.rv < compacted_rv_)
    return Error(ErrorCode::kExpired, "too old resource version: " + std::to_string(options.rv) +
                                          " (" + std::to_string(rv_) + ")");
  out.rv = options.rv == 0 ? rv_ : options.rv;

  std::string start = std::max(options.prefix, options.start_after);
  auto in_range = [&](std::string_view key) {
    return has_prefix(key, options.prefix) && key > options.start_after;
  };

  // The state at an older revision: the current one with newer events undone. Walking from
  // the newest event back leaves each key at its state just before the oldest newer event.
  std::map<std::string, ObjectPtr, std::less<>> undone;
  if (out.rv < rv_) {
    for (auto it = history_.rbegin(); it != history_.rend() && it->rv > out.rv; ++it)
      if (in_range(it->key)) undone[it->key] = it->previous;
  }

  auto emit = [&](const std::string& key, const ObjectPtr& obj) -> bool {
    if (!obj) return true;
    if (options.filter && !options.filter(*obj)) return true;
    if (options.limit && out.items.size() == options.limit) {
      ++out.remaining;
      return true;
    }
    out.items.push_back(obj);
    out.last_key = key;
    return true;
  };

  auto cur = objects_.upper_bound(start);
  if (start == options.prefix) cur = objects_.lower_bound(start);
  auto old = undone.begin();
  while (true) {
    bool cur_ok = cur != objects_.end() && has_prefix(cur->first, options.prefix);
    bool old_ok = old != undone.end();
    if (!cur_ok && !old_ok) break;
    if (cur_ok && (!old_ok || cur->first < old->first)) {
      emit(cur->first, cur->second);
      ++cur;
    } else if (old_ok && (!cur_ok || old->first < cur->first)) {
      emit(old->first, old->second);
      ++old;
    } else {  // the same key: its older state wins
      emit(old->first, old->second);
      ++cur;
      ++old;
    }
  }
  if (out.remaining == 0) out.last_key.clear();
  return out;
}

Result<ObjectPtr> MemoryStore::commit(EventType type, const std::string& key, Json object,
                                      ObjectPtr previous) {
  std::int64_t rv = rv_ + 1;
  auto stored = std::make_shared<const Json>(stamped(std::move(object), rv));
  if (wal_) {
    WINDLASS_RETURN_IF_ERROR(wal_->append(rv, key, type == EventType::kDeleted ? nullptr : stored.get()));
  }
  rv_ = rv;
  if (type == EventType::kDeleted) objects_.erase(key);
  else objects_.insert_or_assign(key, stored);

  Event e{type, key, stored, std::move(previous), rv, std::make_shared<SerializedObject>()};
  std::erase_if(watchers_, [&](const Watcher& w) {
    auto q = w.queue.lock();
    if (!q || q->closed()) return true;
    if (has_prefix(key, w.prefix)) q->push(e);
    return false;
  });
  // The history keeps no text: it would hold a second copy of every recent object for as
  // long as the history is kept, where watchers need it only until they have written it.
  e.serialized.reset();
  history_.push_back(std::move(e));
  while (history_.size() > options_.history_limit) {
    compacted_rv_ = history_.front().rv;
    history_.pop_front();
  }
  if (wal_ && wal_->records_since_snapshot() >= options_.snapshot_every) {
    // A failed snapshot loses nothing (the log still has every record); try again later.
    (void)wal_->snapshot(rv_, objects_);
  }
  return stored;
}

Result<ObjectPtr> MemoryStore::create(const std::string& key, Json object) {
  std::unique_lock lock(mu_);
  if (objects_.count(key)) return Error(ErrorCode::kAlreadyExists, key);
  return commit(EventType::kAdded, key, std::move(object), nullptr);
}

Result<ObjectPtr> MemoryStore::update(const std::string& key, const UpdateFn& fn) {
  std::unique_lock lock(mu_);
  auto it = objects_.find(key);
  if (it == objects_.end()) return Error(ErrorCode::kNotFound, key);
  ObjectPtr current = it->second;
  WINDLASS_TRY(std::optional<Json> next, fn(*current));
  if (!next) return current;
  Json candidate = stamped(std::move(*next), rv_ + 1);
  if (candidate == stamped(*current, rv_ + 1)) return current;  // no-op: no new revision
  return commit(EventType::kModified, key, std::move(candidate), current);
}

Result<ObjectPtr> MemoryStore::remove(const std::string& key, const DeleteCheck& check) {
  std::unique_lock lock(mu_);
  auto it = objects_.find(key);
  if (it == objects_.end()) return Error(ErrorCode::kNotFound, key);
  ObjectPtr current = it->second;
  if (check) WINDLASS_RETURN_IF_ERROR(check(*current));
  return commit(EventType::kDeleted, key, *current, current);
}

Result<std::shared_ptr<WatchQueue>> MemoryStore::watch(const std::string& prefix,
                                                       std::int64_t after_rv,
                                                       bool initial_state) {
  std::unique_lock lock(mu_);
  std::size_t capacity = options_.watch_queue_capacity;
  if (initial_state) capacity += count_locked(prefix);  // the initial state never overflows it
  auto queue = std::make_shared<WatchQueue>(capacity);
  queue->start_rv = rv_;
  if (initial_state) {
    for (auto it = objects_.lower_bound(prefix); it != objects_.end() && has_prefix(it->first, prefix); ++it)
      queue->push(Event{EventType::kAdded, it->first, it->second, nullptr, rv_});
  } else {
    if (after_rv < compacted_rv_)
      return Error(ErrorCode::kExpired, "too old resource version: " + std::to_string(after_rv) +
                                            " (" + std::to_string(rv_) + ")");
    auto first = std::upper_bound(history_.begin(), history_.end(), after_rv,
                                  [](std::int64_t rv, const Event& e) { return rv < e.rv; });
    for (auto it = first; it != history_.end(); ++it)
      if (has_prefix(it->key, prefix)) queue->push(*it);
  }
  watchers_.push_back(Watcher{prefix, queue});
  return queue;
}

}  // namespace windlass::apiserver
