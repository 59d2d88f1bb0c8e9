// apiserver/storage/memory_store.h — the in-memory MVCC store, durable with a data directory.
//
// State is an ordered map key → immutable object plus a bounded history of committed events.
// The history serves watch replay (a watch from revision N gets every later event) and lists
// at an exact older revision (paged lists stay consistent: the state at N is the current
// state with the newer events undone). Revisions older than the history answer kExpired.
//
// Without a data directory the store is pure memory (tests). With one, every write reaches
// the write-ahead log and is fdatasync'ed before it is applied and acknowledged.
#pragma once

#include "storage/storage.h"
#include "storage/wal.h"

#include <map>
#include <shared_mutex>

namespace windlass::apiserver {

struct MemoryStoreOptions {
  std::string data_dir;                        // "" = memory only
  std::size_t history_limit = 100000;          // committed events kept for replay
  std::size_t watch_queue_capacity = 100000;   // a watcher further behind is closed
  std::size_t snapshot_every = 10000;          // log records between snapshots
};

class MemoryStore final : public Storage {
 public:
  static Result<std::unique_ptr<MemoryStore>> open(const MemoryStoreOptions& options);

  std::int64_t current_rv() const override;
  Result<ObjectPtr> get(const std::string& key) const override;
  Result<ListResult> list(const ListOptions& options) const override;
  std::size_t count(const std::string& prefix) const override;
  Result<ObjectPtr> create(const std::string& key, Json object) override;
  Result<ObjectPtr> update(const std::string& key, const UpdateFn& fn) override;
  Result<ObjectPtr> remove(const std::string& key, const DeleteCheck& check) override;
  Result<std::shared_ptr<WatchQueue>> watch(const std::string& prefix, std::int64_t after_rv,
                                            bool initial_state) override;

  // The oldest revision a watch or an exact list may start from.
  std::int64_t compacted_rv() const;
  std::size_t watcher_count() const;

 private:
  explicit MemoryStore(const MemoryStoreOptions& options) : options_(options) {}
  // Stamps, logs, applies and publishes one change; called with mu_ held exclusively.
  Result<ObjectPtr> commit(EventType type, const std::string& key, Json object,
                           ObjectPtr previous);
  std::size_t count_locked(const std::string& prefix) const;

  MemoryStoreOptions options_;
  mutable std::shared_mutex mu_;
  std::map<std::string, ObjectPtr, std::less<>> objects_;
  std::deque<Event> history_;
  std::int64_t rv_ = 0;
  std::int64_t compacted_rv_ = 0;
  struct Watcher {
    std::string prefix;
    std::weak_ptr<WatchQueue> queue;
  };
  mutable std::vector<Watcher> watchers_;
  std::unique_ptr<WriteAheadLog> wal_;
};

}  // namespace windlass::apiserver
