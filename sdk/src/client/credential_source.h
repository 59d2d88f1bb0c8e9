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

// What running a process produced.
struct ProcessResult {
  int exit_code = 0;    // when it exited
  int term_signal = 0;  // when a signal ended it
  std::string out, err;
};

// Runs `path` (already resolved) with `args` and exactly `env` ("NAME=value"), capturing
// stdout (cut at 4 MiB). Not `interactive`: stdin is /dev/null and stderr is captured too;
// interactive: both are ours, so the plugin can prompt.
Result<ProcessResult> run_process(const std::string& path, const std::vector<std::string>& args,
                                  const std::vector<std::string>& env, bool interactive);

// The executable `command` names: itself when it contains '/', else the first match on PATH.
// Empty when there is none.
std::string find_executable(const std::string& command);

}  // namespace windlass::client::internal
