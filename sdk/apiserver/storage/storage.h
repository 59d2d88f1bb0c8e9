// apiserver/storage/storage.h — the narrow storage interface the REST layer is written against.
//
// Objects are JSON documents under string keys (`/registry/<group>/<resource>/<ns>/<name>`,
// the etcd layout, so an etcd-backed implementation can slot in later). Every write advances
// one global revision; the store writes that revision into the object's
// `metadata.resourceVersion`, keeps an event history for watch replay and consistent paged
// lists, and hands out immutable `shared_ptr<const Json>` that readers may keep.
//
// Writes that depend on the current state (update, delete) take a function that sees the
// current object and decides, all under the store's write lock — the equivalent of etcd's
// GuaranteedUpdate without retries.
#pragma once

#include <windlass/core/json.h>
#include <windlass/core/result.h>

#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace windlass::apiserver {

using ObjectPtr = std::shared_ptr<const Json>;

enum class EventType { kAdded, kModified, kDeleted };

// One committed change. `object` is the new state; for kDeleted it is the last state stamped
// with the deletion's revision. `previous` is the state before (null for kAdded).
// `object`'s JSON text, computed once by the first watcher that needs it and shared by every
// copy of the event the store hands to watchers (without it, an event is serialized once per
// watcher). Thread-safe.
class SerializedObject {
 public:
  const std::string& text(const Json& object) {
    std::call_once(once_, [&] { text_ = to_json_string(object); });
    return text_;
  }

 private:
  std::once_flag once_;
  std::string text_;
};

struct Event {
  EventType type = EventType::kAdded;
  std::string key;
  ObjectPtr object;
  ObjectPtr previous;
  std::int64_t rv = 0;
  // Set on the copies delivered to live watchers; null on replayed or synthetic events.
  std::shared_ptr<SerializedObject> serialized;
};

struct ListOptions {
  std::string prefix;          // keys starting with this
  std::int64_t rv = 0;         // 0: the latest state; otherwise exactly this revision
  std::string start_after;     // continue after this key ("" = from the start)
  std::size_t limit = 0;       // 0: all; the filter counts only matching objects
  // Only objects for which this returns true are returned and counted.
  std::function<bool(const Json&)> filter;
};

struct ListResult {
  std::vector<ObjectPtr> items;  // in key order
  std::int64_t rv = 0;           // the revision the list was taken at
  std::string last_key;          // set when more matching items may remain (for `continue`)
  std::int64_t remaining = 0;    // matching items after last_key, when last_key is set
};

// The consumer side of a watch. The store appends events from the writer's thread; the
// consumer drains them from its own. Thread-safe.
class WatchQueue {
 public:
  explicit WatchQueue(std::size_t capacity) : capacity_(capacity) {}
  // The store's revision when the watch began (set by the store before it returns the queue).
  std::int64_t start_rv = 0;
  // Called (from the writer's thread, under the store lock) whenever events arrive or the
  // queue closes. Must not block or call back into the store.
  void set_notify(std::function<void()> notify);
  std::vector<Event> drain();
  // Closed by the store when the consumer fell `capacity` events behind, or by stop().
  bool closed() const;
  void stop();

  // Store side.
  void push(Event e);
  void close();

 private:
  mutable std::mutex mu_;
  std::deque<Event> events_;
  std::function<void()> notify_;
  std::size_t capacity_;
  bool closed_ = false;
  bool stopped_ = false;
};

class Storage {
 public:
  virtual ~Storage() = default;

  virtual std::int64_t current_rv() const = 0;
  // kNotFound (message: the key) when absent.
  virtual Result<ObjectPtr> get(const std::string& key) const = 0;
  // kExpired when `rv` is older than the retained history; kTimeout when it is in the future.
  virtual Result<ListResult> list(const ListOptions& options) const = 0;
  virtual std::size_t count(const std::string& prefix) const = 0;

  // Stores a new object; kAlreadyExists when the key is taken.
  virtual Result<ObjectPtr> create(const std::string& key, Json object) = 0;
  // `fn` gets the current object and returns the new one, or nullopt for "no change" (then
  // nothing is written and the current object is returned). kNotFound when absent.
  using UpdateFn = std::function<Result<std::optional<Json>>(const Json& current)>;
  virtual Result<ObjectPtr> update(const std::string& key, const UpdateFn& fn) = 0;
  // `check` may refuse the deletion (preconditions). Returns the deleted object stamped with
  // the deletion's revision.
  using DeleteCheck = std::function<Result<void>(const Json& current)>;
  virtual Result<ObjectPtr> remove(const std::string& key, const DeleteCheck& check) = 0;

  // Events for keys under `prefix` with revision > after_rv. With `initial_state`, first an
  // ADDED event for every current object (the watch then starts at the current revision and
  // after_rv is ignored). kExpired when after_rv is older than the retained history.
  virtual Result<std::shared_ptr<WatchQueue>> watch(const std::string& prefix,
                                                    std::int64_t after_rv,
                                                    bool initial_state) = 0;
};

}  // namespace windlass::apiserver
