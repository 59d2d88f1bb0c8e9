#include <windlass/api/core/v1/seccomp_profile.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(SeccompProfile, d) {
  d.doc("A seccomp profile choice.");
  d.field("type", &SeccompProfile::type)
      .doc("RuntimeDefault, Unconfined or Localhost.").required().proto(1);
  d.field("localhostProfile", &SeccompProfile::localhost_profile)
      .doc("Profile file relative to the kubelet's seccomp directory; only for Localhost.").proto(2);
}

}  // namespace windlass::api::core::v1
