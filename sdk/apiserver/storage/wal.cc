#include "storage/wal.h"

#include <boost/crc.hpp>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <string_view>
#include <sys/stat.h>
#include <unistd.h>

namespace windlass::apiserver {

namespace {

constexpr const char* kLogName = "wal.log";
constexpr const char* kSnapshotName = "snapshot.json";

std::string errno_text(const std::string& what) { return what + ": " + std::strerror(errno); }

std::uint32_t crc32(std::string_view data) {
  boost::crc_32_type crc;
  crc.process_bytes(data.data(), data.size());
  return crc.checksum();
}

std::string framed(const Json& record) {
  std::string json = to_json_string(record);
  char head[10];
  std::snprintf(head, sizeof head, "%08x ", crc32(json));
  return std::string(head, 9) + json + "\n";
}

// One framed line: the record, or nullopt when the line is damaged.
std::optional<Json> unframe(std::string_view line) {
  if (line.size() < 10 || line[8] != ' ') return std::nullopt;
  std::uint32_t want = 0;
  for (char c : line.substr(0, 8)) {
    int v = (c >= '0' && c <= '9') ? c - '0' : (c >= 'a' && c <= 'f') ? c - 'a' + 10 : -1;
    if (v < 0) return std::nullopt;
    want = want << 4 | static_cast<std::uint32_t>(v);
  }
  std::string_view json = line.substr(9);
  if (crc32(json) != want) return std::nullopt;
  auto parsed = parse_json(json);
  if (!parsed || !parsed->is_object()) return std::nullopt;
  return std::move(*parsed);
}

Result<std::string> read_file(const std::string& path, bool& exists) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    exists = false;
    if (errno == ENOENT) return std::string();
    return Error(ErrorCode::kInternal, errno_text("opening " + path));
  }
  exists = true;
  std::string out;
  char buf[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      ::close(fd);
      return Error(ErrorCode::kInternal, errno_text("reading " + path));
    }
    if (n == 0) break;
    out.append(buf, static_cast<std::size_t>(n));
  }
  ::close(fd);
  return out;
}

Result<void> write_all(int fd, std::string_view data, const std::string& path) {
  while (!data.empty()) {
    ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return Error(ErrorCode::kInternal, errno_text("writing " + path));
    }
    data.remove_prefix(static_cast<std::size_t>(n));
  }
  return ok();
}

Result<void> sync_dir(const std::string& dir) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return Error(ErrorCode::kInternal, errno_text("opening " + dir));
  int rc = ::fsync(fd);
  ::close(fd);
  if (rc != 0) return Error(ErrorCode::kInternal, errno_text("syncing " + dir));
  return ok();
}

Result<void> apply_record(const Json& rec, WriteAheadLog::State& state) {
  if (!rec.contains("rv") || !rec["rv"].is_number_integer() || !rec.contains("key") ||
      !rec["key"].is_string())
    return Error(ErrorCode::kInternal, "record without rv or key");
  std::int64_t rv = rec["rv"].get<std::int64_t>();
  if (rv <= state.rv) return ok();  // already in the snapshot
  const std::string& key = rec["key"].get_ref<const std::string&>();
  if (rec.contains("object")) state.objects[key] = rec["object"];
  else state.objects.erase(key);
  state.rv = rv;
  return ok();
}

Result<void> load_snapshot(const std::string& path, WriteAheadLog::State& state) {
  bool exists = false;
  WINDLASS_TRY(std::string text, read_file(path, exists));
  if (!exists) return ok();
  std::string_view rest = text;
  std::size_t lines = 0;
  bool ended = false;
  while (!rest.empty()) {
    auto nl = rest.find('\n');
    if (nl == std::string_view::npos) break;
    auto rec = unframe(rest.substr(0, nl));
    rest.remove_prefix(nl + 1);
    if (!rec) return Error(ErrorCode::kInternal, path + ": damaged line " + std::to_string(lines + 1));
    ++lines;
    if (lines == 1) {
      state.rv = rec->value("rv", std::int64_t{0});
      continue;
    }
    if (rec->contains("end")) {
      if (rec->value("count", std::size_t{0}) != lines - 2)
        return Error(ErrorCode::kInternal, path + ": object count does not match");
      ended = true;
      break;
    }
    state.objects[rec->value("key", std::string())] = (*rec)["object"];
  }
  if (!ended) return Error(ErrorCode::kInternal, path + ": truncated snapshot");
  return ok();
}

}  // namespace

WriteAheadLog::WriteAheadLog(std::string dir, int fd, std::size_t records)
    : dir_(std::move(dir)), fd_(fd), records_(records) {}

WriteAheadLog::~WriteAheadLog() {
  if (fd_ >= 0) ::close(fd_);
}

Result<std::unique_ptr<WriteAheadLog>> WriteAheadLog::open(const std::string& dir,
                                                          State& recovered) {
  if (::mkdir(dir.c_str(), 0700) != 0 && errno != EEXIST)
    return Error(ErrorCode::kInternal, errno_text("creating " + dir));
  recovered = State{};
  WINDLASS_RETURN_IF_ERROR(load_snapshot(dir + "/" + kSnapshotName, recovered));

  std::string log_path = dir + "/" + kLogName;
  bool exists = false;
  WINDLASS_TRY(std::string text, read_file(log_path, exists));
  std::size_t good_end = 0, records = 0;
  std::string_view rest = text;
  while (!rest.empty()) {
    auto nl = rest.find('\n');
    std::optional<Json> rec;
    if (nl != std::string_view::npos) rec = unframe(rest.substr(0, nl));
    if (!rec) {
      // Only the last write can be torn (each was synced before the next began): anything
      // readable after a damaged line means the log itself is damaged.
      std::string_view after = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
      while (!after.empty()) {
        auto n2 = after.find('\n');
        if (n2 == std::string_view::npos) break;
        if (unframe(after.substr(0, n2)))
          return Error(ErrorCode::kInternal, log_path + ": damaged record at byte " +
                                                 std::to_string(good_end) +
                                                 " followed by intact ones; refusing to start");
        after.remove_prefix(n2 + 1);
      }
      break;
    }
    WINDLASS_RETURN_IF_ERROR(apply_record(*rec, recovered));
    good_end += nl + 1;
    ++records;
    rest.remove_prefix(nl + 1);
  }

  int fd = ::open(log_path.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0) return Error(ErrorCode::kInternal, errno_text("opening " + log_path));
  if (good_end < text.size() && ::ftruncate(fd, static_cast<off_t>(good_end)) != 0) {
    ::close(fd);
    return Error(ErrorCode::kInternal, errno_text("truncating " + log_path));
  }
  if (::lseek(fd, static_cast<off_t>(good_end), SEEK_SET) < 0 || ::fdatasync(fd) != 0) {
    ::close(fd);
    return Error(ErrorCode::kInternal, errno_text("opening " + log_path));
  }
  if (!exists) {
    if (auto r = sync_dir(dir); !r) {
      ::close(fd);
      return r.error();
    }
  }
  return std::unique_ptr<WriteAheadLog>(new WriteAheadLog(dir, fd, records));
}

Result<void> WriteAheadLog::append(std::int64_t rv, const std::string& key, const Json* object) {
  Json rec = {{"rv", rv}, {"key", key}};
  if (object) rec["object"] = *object;
  std::string line = framed(rec);
  std::string path = dir_ + "/" + kLogName;
  WINDLASS_RETURN_IF_ERROR(write_all(fd_, line, path));
  if (::fdatasync(fd_) != 0) return Error(ErrorCode::kInternal, errno_text("syncing " + path));
  ++records_;
  return ok();
}

std::string WriteAheadLog::begin_snapshot(std::int64_t rv) { return framed(Json{{"rv", rv}}); }

void WriteAheadLog::add_to_snapshot(std::string& body, const std::string& key, const Json& obj) {
  body += framed(Json{{"key", key}, {"object", obj}});
}

Result<void> WriteAheadLog::finish_snapshot(std::string body, std::size_t count) {
  body += framed(Json{{"end", true}, {"count", count}});
  std::string path = dir_ + "/" + kSnapshotName;
  std::string tmp = path + ".tmp";
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) return Error(ErrorCode::kInternal, errno_text("creating " + tmp));
  auto written = write_all(fd, body, tmp);
  if (written && ::fsync(fd) != 0) written = Error(ErrorCode::kInternal, errno_text("syncing " + tmp));
  ::close(fd);
  if (!written) return written;
  if (::rename(tmp.c_str(), path.c_str()) != 0)
    return Error(ErrorCode::kInternal, errno_text("renaming " + tmp));
  WINDLASS_RETURN_IF_ERROR(sync_dir(dir_));
  // The snapshot now holds everything; records left in the log are skipped on replay, so a
  // crash before this truncation loses nothing.
  if (::ftruncate(fd_, 0) != 0 || ::lseek(fd_, 0, SEEK_SET) < 0 || ::fdatasync(fd_) != 0)
    return Error(ErrorCode::kInternal, errno_text("truncating " + dir_ + "/" + kLogName));
  records_ = 0;
  return ok();
}

}  // namespace windlass::apiserver
