// Private helpers of windlass::client: reading small files with errno-accurate errors.
#pragma once

#include <windlass/core/result.h>

#include <string>

namespace windlass::client::internal {

// The whole file. Errors name the path and the system's reason ("No such file or
// directory"): kNotFound when it does not exist, kInvalid otherwise. Files over 16 MiB are
// refused (no kubeconfig, certificate or token is that large).
Result<std::string> read_file(const std::string& path);

// What identifies one version of a file: device, inode, size and modification time. A
// rotated service-account token (an atomic symlink swap) changes it.
struct FileStamp {
  unsigned long long dev = 0, ino = 0;
  long long size = -1, mtime_ns = 0;
  bool operator==(const FileStamp&) const = default;
};
// The stamp of `path` (following symlinks), or nullopt-like size -1 when stat fails.
FileStamp stamp_of(const std::string& path);

}  // namespace windlass::client::internal
