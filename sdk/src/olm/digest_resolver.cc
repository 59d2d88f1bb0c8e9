#include <windlass/olm/digest_resolver.h>

#include <windlass/olm/image_reference.h>

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <vector>

extern char** environ;

namespace windlass::olm {

namespace {

constexpr std::size_t kMaxOutput = 1 << 20;
// skopeo enforces --command-timeout itself; ours is the backstop for a skopeo that hangs anyway.
constexpr std::chrono::milliseconds kMaxKillMargin{5000};

// A Go duration: "60s", "1500ms".
std::string go_duration(std::chrono::milliseconds d) {
  return d.count() % 1000 == 0 ? std::to_string(d.count() / 1000) + "s" : std::to_string(d.count()) + "ms";
}

bool is_digest(std::string_view d) {
  if (d.size() != 71 || d.substr(0, 7) != "sha256:") return false;
  return std::all_of(d.begin() + 7, d.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

std::string trim(std::string s) {
  auto space = [](unsigned char c) { return std::isspace(c) != 0; };
  while (!s.empty() && space(static_cast<unsigned char>(s.back()))) s.pop_back();
  std::size_t b = 0;
  while (b < s.size() && space(static_cast<unsigned char>(s[b]))) ++b;
  return s.substr(b);
}

bool is_executable_file(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && ::access(path.c_str(), X_OK) == 0;
}

std::string find_executable(const std::string& command) {
  if (command.empty()) return {};
  if (command.find('/') != std::string::npos) return is_executable_file(command) ? command : std::string();
  const char* env = std::getenv("PATH");
  std::string_view dirs = env != nullptr ? env : "/usr/local/bin:/usr/bin:/bin";
  while (true) {
    auto colon = dirs.find(':');
    std::string dir(dirs.substr(0, colon));
    if (dir.empty()) dir = ".";
    std::string candidate = dir + "/" + command;
    if (is_executable_file(candidate)) return candidate;
    if (colon == std::string_view::npos) break;
    dirs = dirs.substr(colon + 1);
  }
  return {};
}

struct Outcome {
  std::string out, err;
  int exit_code = -1;
  bool timed_out = false;
};

Error sys_error(const char* what, int err) {
  return Error(ErrorCode::kInternal, std::string(what) + ": " + std::strerror(err));
}

// Runs `path args...` with the caller's environment and stdin from /dev/null, collecting stdout
// and stderr; kills it when `limit` passes.
Result<Outcome> run(const std::string& path, const std::vector<std::string>& args, std::chrono::milliseconds limit) {
  int out_pipe[2], err_pipe[2];
  if (::pipe2(out_pipe, O_CLOEXEC) != 0) return sys_error("pipe", errno);
  if (::pipe2(err_pipe, O_CLOEXEC) != 0) {
    int e = errno;
    ::close(out_pipe[0]);
    ::close(out_pipe[1]);
    return sys_error("pipe", e);
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, out_pipe[1], 1);
  posix_spawn_file_actions_adddup2(&actions, err_pipe[1], 2);
  std::vector<char*> argv;
  argv.push_back(const_cast<char*>(path.c_str()));
  for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  pid_t pid = 0;
  int rc = ::posix_spawn(&pid, path.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(out_pipe[1]);
  ::close(err_pipe[1]);
  if (rc != 0) {
    ::close(out_pipe[0]);
    ::close(err_pipe[0]);
    return sys_error(("run " + path).c_str(), rc);
  }

  Outcome result;
  auto deadline = std::chrono::steady_clock::now() + limit;
  pollfd fds[2] = {{out_pipe[0], POLLIN, 0}, {err_pipe[0], POLLIN, 0}};
  std::string* sinks[2] = {&result.out, &result.err};
  int open_fds = 2;
  char buf[8192];
  while (open_fds > 0) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      result.timed_out = true;
      ::kill(pid, SIGKILL);
      break;
    }
    int n = ::poll(fds, 2, static_cast<int>(std::min<long long>(left.count(), 1000 * 60 * 60)));
    if (n < 0) {
      if (errno == EINTR) continue;
      ::kill(pid, SIGKILL);
      break;
    }
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || fds[i].revents == 0) continue;
      ssize_t got = ::read(fds[i].fd, buf, sizeof buf);
      if (got < 0 && errno == EINTR) continue;
      if (got <= 0) {
        ::close(fds[i].fd);
        fds[i].fd = -1;
        --open_fds;
        continue;
      }
      if (sinks[i]->size() < kMaxOutput)
        sinks[i]->append(buf, std::min<std::size_t>(static_cast<std::size_t>(got), kMaxOutput - sinks[i]->size()));
    }
  }
  for (auto& f : fds)
    if (f.fd >= 0) ::close(f.fd);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) return sys_error("waitpid", errno);
  }
  if (WIFEXITED(status)) result.exit_code = WEXITSTATUS(status);
  return result;
}

// skopeo reports failures as logrus lines, `time="..." level=fatal msg="Error ..."`; the
// message alone is what a user needs.
std::string skopeo_message(const std::string& err) {
  std::string text = trim(err);
  auto nl = text.rfind('\n');
  std::string line = nl == std::string::npos ? text : text.substr(nl + 1);
  auto m = line.find("msg=\"");
  if (m == std::string::npos || line.back() != '"' || line.size() < m + 6) return text;
  std::string inner = line.substr(m + 5, line.size() - m - 6);
  std::string msg;
  for (std::size_t i = 0; i < inner.size(); ++i) {
    if (inner[i] == '\\' && i + 1 < inner.size()) {
      ++i;
      msg += inner[i] == 'n' ? '\n' : inner[i] == 't' ? '\t' : inner[i];
    } else {
      msg += inner[i];
    }
  }
  return msg;
}

}  // namespace

DigestResolver skopeo_digest_resolver(SkopeoOptions options) {
  return [options](const std::string& image) -> Result<std::string> {
    std::string path = find_executable(options.skopeo);
    if (path.empty())
      return Error(ErrorCode::kNotFound,
                   "skopeo is needed to resolve image tags to digests (--use-image-digests) and " +
                       (options.skopeo.find('/') != std::string::npos ? options.skopeo + " is not an executable file"
                                                                      : options.skopeo + " is not on PATH") +
                       "; install it (Debian/Ubuntu: apt-get install skopeo; Fedora/RHEL: dnf install skopeo)");
    std::vector<std::string> args = {"--command-timeout", go_duration(options.timeout),
                                     "inspect",           "--no-tags",
                                     "--format",          "{{.Digest}}",
                                     "docker://" + image};
    auto limit = options.timeout + std::min(options.timeout, kMaxKillMargin);
    WINDLASS_TRY(Outcome r, run(path, args, limit));
    if (r.timed_out) return Error(ErrorCode::kTimeout, "skopeo inspect did not finish within " + go_duration(limit));
    if (r.exit_code != 0) {
      std::string msg = skopeo_message(r.err);
      if (msg.empty()) msg = "skopeo inspect exited with status " + std::to_string(r.exit_code);
      return Error(ErrorCode::kUnavailable, msg);
    }
    std::string digest = trim(r.out);
    if (!is_digest(digest))
      return Error(ErrorCode::kInternal, "skopeo inspect printed " + (digest.empty() ? std::string("nothing") : digest) +
                                             " instead of a sha256 digest");
    return digest;
  };
}

Result<std::string> pin_image(std::string_view image, const DigestResolver& resolve) {
  std::string text(image);
  auto ref = parse_normalized_image(text);
  if (!ref) return Error(ErrorCode::kInvalid, "image " + text + ": " + ref.error().message());
  if (!ref->digest.empty()) return text;
  auto digest = resolve(text);
  if (!digest) return Error(digest.error().code(), "cannot resolve image " + text + " to a digest: " + digest.error().message());
  if (!is_digest(*digest))
    return Error(ErrorCode::kInvalid, "cannot resolve image " + text + " to a digest: the answer " + *digest + " is not a sha256 digest");
  // The name as written: what precedes a ':' that comes after the last '/'.
  auto slash = text.rfind('/');
  auto colon = text.find(':', slash == std::string::npos ? 0 : slash);
  std::string name = colon == std::string::npos ? text : text.substr(0, colon);
  return name + "@" + *digest;
}

}  // namespace windlass::olm
