// Private: where a Config's credentials come from (static, token file, exec plugin).
#pragma once

#include <windlass/client/config.h>

#include <functional>
#include <memory>
#include <string>

namespace windlass::client::internal {

// One source of credentials, shared by every copy of a Config. Implementations are
// thread-safe.
class CredentialSource {
 public:
  virtual ~CredentialSource() = default;
  virtual Result<Credentials> get() = 0;
  virtual void invalidate() = 0;
};

std::shared_ptr<CredentialSource> make_static_source(Credentials credentials);

// A bearer token read from `path`, re-read whenever the file changes (or after invalidate()).
// When a re-read fails the last good token is kept, as client-go does. `what` names the
// source in messages ("user \"u\" tokenFile", "in-cluster token").
Result<std::shared_ptr<CredentialSource>> make_token_file_source(std::string path,
                                                                 std::string what);

// An exec credential plugin; `user` names the kubeconfig user in messages.
std::shared_ptr<CredentialSource> make_exec_source(ExecConfig exec, Json cluster_info,
                                                   std::function<TimePoint()> now,
                                                   std::string user);


}  // namespace windlass::client::internal
