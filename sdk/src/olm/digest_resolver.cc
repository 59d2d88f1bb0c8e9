#include <windlass/olm/digest_resolver.h>

#include <windlass/client/process.h>
#include <windlass/olm/image_reference.h>

#include <algorithm>
#include <cctype>
#include <vector>

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
    std::string path = client::find_executable(options.skopeo);
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
    WINDLASS_TRY(client::ProcessResult r, client::run_process(path, args, {.timeout = limit, .max_output = kMaxOutput}));
    if (r.timed_out) return Error(ErrorCode::kTimeout, "skopeo inspect did not finish within " + go_duration(limit));
    if (r.exit_code != 0 || r.term_signal != 0) {
      std::string msg = skopeo_message(r.err);
      if (msg.empty())
        msg = r.term_signal != 0 ? "skopeo inspect was killed by signal " + std::to_string(r.term_signal)
                                 : "skopeo inspect exited with status " + std::to_string(r.exit_code);
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
