// The in-memory MVCC store: revisions, optimistic writes, history, paged lists at a fixed
// revision, watch replay, and durability through the write-ahead log.
#include "storage/memory_store.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>

namespace windlass::apiserver {
namespace {

namespace fs = std::filesystem;

Json cm(const std::string& name, const std::string& value = "v") {
  return Json{{"kind", "ConfigMap"}, {"metadata", {{"name", name}}}, {"data", {{"k", value}}}};
}

std::unique_ptr<MemoryStore> memory(MemoryStoreOptions o = {}) {
  auto s = MemoryStore::open(o);
  EXPECT_TRUE(s) << s.error().message();
  return std::move(*s);
}

std::string rv_of(const ObjectPtr& o) { return (*o)["metadata"]["resourceVersion"]; }

std::vector<std::string> names(const ListResult& r) {
  std::vector<std::string> out;
  for (const auto& o : r.items) out.push_back((*o)["metadata"]["name"]);
  return out;
}

class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    path_ = fs::temp_directory_path() / ("windlass-store-" + std::to_string(rd()));
    fs::create_directories(path_);
  }
  ~TempDir() { fs::remove_all(path_); }
  std::string str() const { return path_.string(); }

 private:
  fs::path path_;
};

TEST(MemoryStore, EveryWriteAdvancesOneGlobalRevision) {
  auto s = memory();
  EXPECT_EQ(s->current_rv(), 0);
  auto a = s->create("/registry/core/configmaps/ns/a", cm("a"));
  ASSERT_TRUE(a);
  EXPECT_EQ(rv_of(*a), "1");
  auto b = s->create("/registry/core/secrets/ns/b", cm("b"));
  EXPECT_EQ(rv_of(*b), "2");
  auto u = s->update("/registry/core/configmaps/ns/a", [](const Json& cur) -> Result<std::optional<Json>> {
    Json next = cur;
    next["data"]["k"] = "w";
    return std::optional<Json>(next);
  });
  ASSERT_TRUE(u);
  EXPECT_EQ(rv_of(*u), "3");
  EXPECT_EQ((**s->get("/registry/core/configmaps/ns/a"))["data"]["k"], "w");
  auto d = s->remove("/registry/core/configmaps/ns/a", nullptr);
  ASSERT_TRUE(d);
  EXPECT_EQ(rv_of(*d), "4");
  EXPECT_EQ(s->current_rv(), 4);
  EXPECT_TRUE(is_not_found(s->get("/registry/core/configmaps/ns/a").error()));
}

TEST(MemoryStore, CreateOfATakenKeyIsAlreadyExists) {
  auto s = memory();
  ASSERT_TRUE(s->create("/k/a", cm("a")));
  auto again = s->create("/k/a", cm("a"));
  ASSERT_FALSE(again);
  EXPECT_TRUE(is_already_exists(again.error()));
  EXPECT_EQ(s->current_rv(), 1);
}

TEST(MemoryStore, UpdateThatChangesNothingKeepsTheRevisionAndEmitsNoEvent) {
  auto s = memory();
  ASSERT_TRUE(s->create("/k/a", cm("a")));
  auto w = s->watch("/k/", 1, false);
  ASSERT_TRUE(w);
  auto same = s->update("/k/a", [](const Json& cur) -> Result<std::optional<Json>> { return std::optional<Json>(cur); });
  ASSERT_TRUE(same);
  EXPECT_EQ(rv_of(*same), "1");
  auto none = s->update("/k/a", [](const Json&) -> Result<std::optional<Json>> { return std::optional<Json>(); });
  EXPECT_EQ(rv_of(*none), "1");
  EXPECT_EQ(s->current_rv(), 1);
  EXPECT_TRUE((*w)->drain().empty());
}

TEST(MemoryStore, RefusedUpdatesAndDeletesChangeNothing) {
  auto s = memory();
  ASSERT_TRUE(s->create("/k/a", cm("a")));
  auto u = s->update("/k/a", [](const Json&) -> Result<std::optional<Json>> {
    return Error(ErrorCode::kConflict, "stale");
  });
  EXPECT_TRUE(is_conflict(u.error()));
  auto d = s->remove("/k/a", [](const Json&) -> Result<void> { return Error(ErrorCode::kConflict, "uid"); });
  EXPECT_TRUE(is_conflict(d.error()));
  EXPECT_EQ(s->current_rv(), 1);
  EXPECT_TRUE(s->get("/k/a"));
  EXPECT_TRUE(is_not_found(s->update("/k/zz", [](const Json& c) -> Result<std::optional<Json>> { return std::optional<Json>(c); }).error()));
}

TEST(MemoryStore, ListIsInKeyOrderAndLimitedToThePrefix) {
  auto s = memory();
  for (auto n : {"c", "a", "b"}) ASSERT_TRUE(s->create(std::string("/registry/core/configmaps/ns/") + n, cm(n)));
  ASSERT_TRUE(s->create("/registry/core/configmaps/other/z", cm("z")));
  ASSERT_TRUE(s->create("/registry/core/configmapsx/ns/q", cm("q")));
  auto r = s->list({.prefix = "/registry/core/configmaps/ns/"});
  ASSERT_TRUE(r);
  EXPECT_EQ(names(*r), (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_EQ(r->rv, 5);
  EXPECT_TRUE(r->last_key.empty());
  auto all = s->list({.prefix = "/registry/core/configmaps/"});
  EXPECT_EQ(names(*all), (std::vector<std::string>{"a", "b", "c", "z"}));
  EXPECT_EQ(s->count("/registry/core/configmaps/"), 4u);
}

TEST(MemoryStore, PagesAreServedFromOneRevisionWhileWritesContinue) {
  auto s = memory();
  for (auto n : {"a", "b", "c", "d"}) ASSERT_TRUE(s->create(std::string("/k/") + n, cm(n)));
  auto p1 = s->list({.prefix = "/k/", .limit = 2});
  ASSERT_TRUE(p1);
  EXPECT_EQ(names(*p1), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(p1->last_key, "/k/b");
  EXPECT_EQ(p1->remaining, 2);
  // Concurrent writes: c changes, d goes away, e and 0 appear.
  ASSERT_TRUE(s->update("/k/c", [](const Json& c) -> Result<std::optional<Json>> {
    Json n = c;
    n["data"]["k"] = "changed";
    return std::optional<Json>(n);
  }));
  ASSERT_TRUE(s->remove("/k/d", nullptr));
  ASSERT_TRUE(s->create("/k/e", cm("e")));
  auto p2 = s->list({.prefix = "/k/", .rv = p1->rv, .start_after = p1->last_key, .limit = 2});
  ASSERT_TRUE(p2) << p2.error().message();
  EXPECT_EQ(names(*p2), (std::vector<std::string>{"c", "d"}));
  EXPECT_EQ((*p2->items[0])["data"]["k"], "v");
  EXPECT_TRUE(p2->last_key.empty());
  EXPECT_EQ(p2->rv, 4);
  auto now = s->list({.prefix = "/k/"});
  EXPECT_EQ(names(*now), (std::vector<std::string>{"a", "b", "c", "e"}));
}

TEST(MemoryStore, FilteredListsCountOnlyMatches) {
  auto s = memory();
  for (int i = 0; i < 6; ++i) ASSERT_TRUE(s->create("/k/" + std::to_string(i), cm(std::to_string(i), i % 2 ? "odd" : "even")));
  auto r = s->list({.prefix = "/k/", .limit = 2, .filter = [](const Json& o) { return o["data"]["k"] == "odd"; }});
  ASSERT_TRUE(r);
  EXPECT_EQ(names(*r), (std::vector<std::string>{"1", "3"}));
  EXPECT_EQ(r->remaining, 1);
}

TEST(MemoryStore, RevisionsOutsideTheHistoryAreExpiredOrTooLarge) {
  auto s = memory({.history_limit = 2});
  for (auto n : {"a", "b", "c", "d"}) ASSERT_TRUE(s->create(std::string("/k/") + n, cm(n)));
  EXPECT_EQ(s->compacted_rv(), 2);
  EXPECT_TRUE(is_expired(s->list({.prefix = "/k/", .rv = 1}).error()));
  EXPECT_TRUE(s->list({.prefix = "/k/", .rv = 2}));
  auto future = s->list({.prefix = "/k/", .rv = 9});
  EXPECT_TRUE(is_timeout(future.error()));
  EXPECT_EQ(future.error().message(), "Too large resource version: 9, current: 4");
  auto w = s->watch("/k/", 1, false);
  ASSERT_FALSE(w);
  EXPECT_EQ(w.error().message(), "too old resource version: 1 (4)");
}

TEST(MemoryStore, WatchReplaysHistoryThenDeliversLiveEvents) {
  auto s = memory();
  ASSERT_TRUE(s->create("/k/a", cm("a")));
  ASSERT_TRUE(s->create("/other/x", cm("x")));
  ASSERT_TRUE(s->create("/k/b", cm("b")));
  auto w = s->watch("/k/", 1, false);
  ASSERT_TRUE(w);
  int notified = 0;
  (*w)->set_notify([&] { ++notified; });
  EXPECT_EQ(notified, 1);  // events were already waiting
  auto first = (*w)->drain();
  ASSERT_EQ(first.size(), 1u);
  EXPECT_EQ(first[0].key, "/k/b");
  EXPECT_EQ(first[0].rv, 3);
  ASSERT_TRUE(s->remove("/k/a", nullptr));
  auto second = (*w)->drain();
  ASSERT_EQ(second.size(), 1u);
  EXPECT_EQ(second[0].type, EventType::kDeleted);
  EXPECT_EQ(rv_of(second[0].object), "4");
  EXPECT_EQ(rv_of(second[0].previous), "1");
  EXPECT_EQ(notified, 2);
}

TEST(MemoryStore, WatchWithInitialStateStartsWithAnAddedPerObject) {
  auto s = memory();
  ASSERT_TRUE(s->create("/k/a", cm("a")));
  ASSERT_TRUE(s->create("/k/b", cm("b")));
  auto w = s->watch("/k/", 0, true);
  ASSERT_TRUE(w);
  ASSERT_TRUE(s->create("/k/c", cm("c")));
  auto ev = (*w)->drain();
  ASSERT_EQ(ev.size(), 3u);
  EXPECT_EQ(ev[0].key, "/k/a");
  EXPECT_EQ(ev[1].key, "/k/b");
  EXPECT_EQ(ev[2].type, EventType::kAdded);
  EXPECT_EQ(ev[2].rv, 3);
}

TEST(MemoryStore, AWatcherThatFallsTooFarBehindIsClosed) {
  auto s = memory({.watch_queue_capacity = 2});
  auto w = s->watch("/k/", 0, false);
  ASSERT_TRUE(w);
  for (auto n : {"a", "b", "c"}) ASSERT_TRUE(s->create(std::string("/k/") + n, cm(n)));
  EXPECT_TRUE((*w)->closed());
  EXPECT_EQ(s->watcher_count(), 0u);
}

TEST(MemoryStoreDurability, RestartRecoversEveryWriteAndTheRevision) {
  TempDir dir;
  {
    auto s = memory({.data_dir = dir.str(), .snapshot_every = 3});
    for (auto n : {"a", "b", "c", "d", "e"}) ASSERT_TRUE(s->create(std::string("/k/") + n, cm(n)));
    ASSERT_TRUE(s->remove("/k/b", nullptr));
    ASSERT_TRUE(s->update("/k/c", [](const Json& c) -> Result<std::optional<Json>> {
      Json n = c;
      n["data"]["k"] = "new";
      return std::optional<Json>(n);
    }));
  }
  auto s = memory({.data_dir = dir.str(), .snapshot_every = 3});
  EXPECT_EQ(s->current_rv(), 7);
  auto r = s->list({.prefix = "/k/"});
  EXPECT_EQ(names(*r), (std::vector<std::string>{"a", "c", "d", "e"}));
  EXPECT_EQ((**s->get("/k/c"))["data"]["k"], "new");
  EXPECT_EQ(rv_of(*s->get("/k/c")), "7");
  // Revisions continue after the recovered one, and old ones are gone from the history.
  EXPECT_EQ(rv_of(*s->create("/k/f", cm("f"))), "8");
  EXPECT_TRUE(is_expired(s->watch("/k/", 3, false).error()));
}

TEST(MemoryStoreDurability, ATornLastRecordIsDroppedAndTheLogStaysUsable) {
  TempDir dir;
  {
    auto s = memory({.data_dir = dir.str()});
    ASSERT_TRUE(s->create("/k/a", cm("a")));
    ASSERT_TRUE(s->create("/k/b", cm("b")));
  }
  {
    std::ofstream log(dir.str() + "/wal.log", std::ios::app | std::ios::binary);
    log << "0badc0de {\"rv\":3,\"key\":\"/k/c\",\"obj";  // a write cut short by a crash
  }
  auto s = memory({.data_dir = dir.str()});
  EXPECT_EQ(s->current_rv(), 2);
  ASSERT_TRUE(s->create("/k/c", cm("c")));
  auto again = memory({.data_dir = dir.str()});
  EXPECT_EQ(again->current_rv(), 3);
  EXPECT_EQ(again->count("/k/"), 3u);
}

TEST(MemoryStoreDurability, DamageBeforeIntactRecordsIsRefused) {
  TempDir dir;
  {
    auto s = memory({.data_dir = dir.str()});
    for (auto n : {"a", "b", "c"}) ASSERT_TRUE(s->create(std::string("/k/") + n, cm(n)));
  }
  {
    std::fstream log(dir.str() + "/wal.log", std::ios::in | std::ios::out | std::ios::binary);
    log.seekp(12);
    log.put('#');
  }
  auto s = MemoryStore::open({.data_dir = dir.str()});
  ASSERT_FALSE(s);
  EXPECT_NE(s.error().message().find("damaged record at byte 0 followed by intact ones"), std::string::npos)
      << s.error().message();
}

}  // namespace
}  // namespace windlass::apiserver
