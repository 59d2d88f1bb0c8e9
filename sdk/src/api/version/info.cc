#include <windlass/api/version/info.h>

namespace windlass::api::version {

WINDLASS_API_DESCRIBE(Info, d) {
  d.doc("The build of a Kubernetes server, as GET /version reports it.");
  d.field("major", &Info::major).doc("Major version, such as \"1\".").required();
  d.field("minor", &Info::minor)
      .doc("Minor version, such as \"32\"; may carry a suffix like \"32+\".").required();
  d.field("gitVersion", &Info::git_version)
      .doc("The full semantic version, such as v1.32.5.").required();
  d.field("gitCommit", &Info::git_commit).doc("The commit the server was built from.").required();
  d.field("gitTreeState", &Info::git_tree_state)
      .doc("Whether the source tree was clean or dirty at build time.").required();
  d.field("buildDate", &Info::build_date)
      .doc("When the server was built, in RFC 3339.").required();
  d.field("goVersion", &Info::go_version).doc("The Go version it was built with.").required();
  d.field("compiler", &Info::compiler).doc("The Go compiler, such as gc.").required();
  d.field("platform", &Info::platform)
      .doc("Operating system and architecture, such as linux/amd64.").required();
}

}  // namespace windlass::api::version
