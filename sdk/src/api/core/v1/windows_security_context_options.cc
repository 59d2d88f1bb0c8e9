#include <windlass/api/core/v1/windows_security_context_options.h>

namespace windlass::api::core::v1 {

WINDLASS_API_DESCRIBE(WindowsSecurityContextOptions, d) {
  d.doc("Windows settings of a pod or container.");
  d.field("gmsaCredentialSpecName", &WindowsSecurityContextOptions::gmsa_credential_spec_name)
      .doc("Name of the GMSACredentialSpec to use.").proto(1);
  d.field("gmsaCredentialSpec", &WindowsSecurityContextOptions::gmsa_credential_spec)
      .doc("The GMSA credential spec inlined, as filled in by a webhook.").proto(2);
  d.field("runAsUserName", &WindowsSecurityContextOptions::run_as_user_name)
      .doc("Windows user name for the entrypoint.").proto(3);
  d.field("hostProcess", &WindowsSecurityContextOptions::host_process)
      .doc("Run as a Windows HostProcess container (needs hostNetwork).").proto(4);
}

}  // namespace windlass::api::core::v1
