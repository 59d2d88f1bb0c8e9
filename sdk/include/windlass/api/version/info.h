// windlass/api/version/info.h — version.Info, the body of `GET /version`.
//
// What the server reports about its build: `major` and `minor` ("1", "32"), the full
// `gitVersion` ("v1.32.5"), the commit and whether its tree was clean, the build date, the Go
// version and compiler, and the platform ("linux/amd64"). kubectl version, client-go's
// discovery and the Python client read it; the Python client rejects a body that lacks any of
// the nine fields, so all are always written.
//
//   version::Info v{.major = "1", .minor = "32", .git_version = "v1.32.5",
//                   .platform = "linux/amd64"};
#pragma once

#include <windlass/api/describe.h>

#include <string>

namespace windlass::api::version {

// The build of a Kubernetes server (upstream `version.Info`, k8s.io/apimachinery/pkg/version).
struct Info {
  std::string major;
  std::string minor;
  std::string git_version;
  std::string git_commit;
  std::string git_tree_state;
  std::string build_date;
  std::string go_version;
  std::string compiler;
  std::string platform;
  UnknownFields unknown_fields;
  bool operator==(const Info&) const = default;
};
WINDLASS_API_DESCRIBED(Info);

}  // namespace windlass::api::version
