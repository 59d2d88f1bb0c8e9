// apiserver/storage/wal.h — durability for the in-memory store: a write-ahead log plus
// snapshots in a data directory.
//
// Every write is one line `<crc32 hex> <json>\n` appended to `wal.log` and fdatasync'ed before
// the store applies it, so an acknowledged write survives a kill -9 or power loss. Every so
// many records the whole state goes to `snapshot.json` (written beside, fsynced, renamed over)
// and the log starts again. Recovery loads the snapshot and replays the log; a torn last line
// (the write that was never acknowledged) is cut off, while damage anywhere else is refused
// with an error rather than silently losing acknowledged writes.
#pragma once

#include <windlass/core/json.h>
#include <windlass/core/result.h>

#include <cstdint>
#include <map>
#include <memory>
#include <string>

namespace windlass::apiserver {

class WriteAheadLog {
 public:
  struct State {
    std::int64_t rv = 0;
    std::map<std::string, Json> objects;
  };

  // Opens (creating if needed) the log in `dir` and fills `recovered` with what it holds.
  static Result<std::unique_ptr<WriteAheadLog>> open(const std::string& dir, State& recovered);
  ~WriteAheadLog();
  WriteAheadLog(const WriteAheadLog&) = delete;
  WriteAheadLog& operator=(const WriteAheadLog&) = delete;

  // Durably records that `key` became `object` (nullptr: was deleted) at revision `rv`.
  Result<void> append(std::int64_t rv, const std::string& key, const Json* object);
  // Writes a snapshot of the whole state at `rv` and empties the log.
  template <class Map>
  Result<void> snapshot(std::int64_t rv, const Map& objects) {
    std::string body = begin_snapshot(rv);
    for (const auto& [key, obj] : objects) add_to_snapshot(body, key, *obj);
    return finish_snapshot(std::move(body), objects.size());
  }
  std::size_t records_since_snapshot() const { return records_; }

 private:
  WriteAheadLog(std::string dir, int fd, std::size_t records);
  std::string begin_snapshot(std::int64_t rv);
  void add_to_snapshot(std::string& body, const std::string& key, const Json& obj);
  Result<void> finish_snapshot(std::string body, std::size_t count);

  std::string dir_;
  int fd_ = -1;
  std::size_t records_ = 0;
};

}  // namespace windlass::apiserver
