// windlass/client/process.h — running a helper program and collecting what it prints.
//
// The client runs credential plugins (kubeconfig `exec`), and the OLM tooling runs skopeo to
// resolve image digests; both need the same thing: spawn a program without a shell, feed it
// nothing (or the user's terminal, for a plugin that prompts), drain stdout and stderr together
// so neither pipe can block it, bound the output, and give up after a deadline.
//
//   std::string skopeo = find_executable("skopeo");
//   WINDLASS_TRY(ProcessResult r, run_process(skopeo, {"--version"}, {.timeout = 10s}));
//   if (r.timed_out || r.exit_code != 0) ...
#pragma once

#include <windlass/core/result.h>

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace windlass::client {

struct ProcessOptions {
  // The environment as "NAME=value" entries; nullopt inherits ours.
  std::optional<std::vector<std::string>> env;
  // Interactive: stdin and stderr stay ours (the program may prompt on the terminal) and only
  // stdout is captured. Otherwise stdin is /dev/null and stderr is captured too.
  bool interactive = false;
  // Killed (SIGKILL) when it has not finished by then; nullopt waits for ever.
  std::optional<std::chrono::milliseconds> timeout;
  // Each captured stream is cut at this many bytes (the rest is read and dropped).
  std::size_t max_output = 4u << 20;
};

// What running a process produced.
struct ProcessResult {
  int exit_code = 0;       // when it exited
  int term_signal = 0;     // when a signal ended it
  bool timed_out = false;  // we killed it at the deadline
  std::string out, err;
};

// Runs `path` (an executable file, see find_executable) with `args`. kInternal when it cannot
// be started (the message names the system call and errno's text).
Result<ProcessResult> run_process(const std::string& path, const std::vector<std::string>& args,
                                  const ProcessOptions& options = {});

// The executable `command` names: itself when it contains '/', else the first match on PATH.
// Empty when there is none.
std::string find_executable(const std::string& command);

}  // namespace windlass::client
