#include "client/credential_source.h"
#include "client/file_util.h"

#include <windlass/client/process.h>

#include <windlass/core/log.h>

#include <unistd.h>

#include <chrono>
#include <map>
#include <mutex>

extern char** environ;

namespace windlass::client::internal {
namespace {

std::string trim(std::string_view s) {
  const char* ws = " \t\r\n";
  auto b = s.find_first_not_of(ws);
  if (b == std::string_view::npos) return {};
  auto e = s.find_last_not_of(ws);
  return std::string(s.substr(b, e - b + 1));
}

class StaticSource final : public CredentialSource {
 public:
  explicit StaticSource(Credentials c) : c_(std::move(c)) {}
  Result<Credentials> get() override { return c_; }
  void invalidate() override {}

 private:
  const Credentials c_;
};

class TokenFileSource final : public CredentialSource {
 public:
  TokenFileSource(std::string path, std::string what)
      : path_(std::move(path)), what_(std::move(what)) {}

  Result<Credentials> get() override {
    std::lock_guard lock(mu_);
    FileStamp now = stamp_of(path_);
    if (!loaded_ || now != stamp_) {
      auto r = read_token();
      if (r) {
        token_ = std::move(r).value();
        stamp_ = now;
        loaded_ = true;
      } else if (!loaded_ || token_.empty()) {
        return std::move(r).error();
      } else {
        // The kubelet may be midway through a rotation; keep serving the last good token.
        log::warning("Keeping the previous token", {{"source", what_}, {"err", r.error().message()}});
      }
    }
    Credentials c;
    c.authorization = "Bearer " + token_;
    return c;
  }

  void invalidate() override {
    std::lock_guard lock(mu_);
    stamp_ = FileStamp{};
    stamp_.size = -2;  // never equal to a real stamp: the next get() re-reads
  }

  Result<std::string> read_token() const {
    auto text = read_file(path_);
    if (!text) {
      return Error(ErrorCode::kUnauthorized,
                   what_ + ": cannot read token: " + text.error().message());
    }
    std::string token = trim(*text);
    if (token.empty())
      return Error(ErrorCode::kUnauthorized, what_ + ": read an empty token from " + path_);
    return token;
  }

 private:
  std::mutex mu_;
  const std::string path_, what_;
  bool loaded_ = false;
  FileStamp stamp_;
  std::string token_;
};

constexpr std::string_view kExecV1 = "client.authentication.k8s.io/v1";
constexpr std::string_view kExecV1beta1 = "client.authentication.k8s.io/v1beta1";

class ExecSource final : public CredentialSource {
 public:
  ExecSource(ExecConfig exec, Json cluster_info, std::function<TimePoint()> now, std::string user)
      : exec_(std::move(exec)),
        cluster_info_(std::move(cluster_info)),
        now_(std::move(now)),
        user_(std::move(user)) {}

  Result<Credentials> get() override {
    std::lock_guard lock(mu_);
    if (cached_ && (!cached_->expires || now() < *cached_->expires)) return *cached_;
    cached_.reset();
    WINDLASS_TRY(Credentials c, run());
    cached_ = c;
    return c;
  }

  void invalidate() override {
    std::lock_guard lock(mu_);
    cached_.reset();
  }

 private:
  TimePoint now() const {
    if (now_) return now_();
    return std::chrono::time_point_cast<std::chrono::microseconds>(
        std::chrono::system_clock::now());
  }

  Error fail(std::string message) const {
    std::string who = user_.empty() ? "" : "user \"" + user_ + "\": ";
    return Error(ErrorCode::kUnauthorized, who + "exec plugin: " + message);
  }

  Result<Credentials> run() const {
    if (exec_.api_version != kExecV1 && exec_.api_version != kExecV1beta1)
      return fail("invalid apiVersion \"" + exec_.api_version + "\"");
    std::string path = find_executable(exec_.command);
    if (path.empty()) {
      std::string msg = "executable \"" + exec_.command + "\" not found";
      if (!exec_.install_hint.empty()) msg += "\n\n" + exec_.install_hint;
      return fail(std::move(msg));
    }

    bool tty = ::isatty(STDIN_FILENO) == 1;
    bool interactive = exec_.interactive_mode != "Never" && tty;
    if (exec_.interactive_mode == "Always" && !tty) {
      return fail("\"" + exec_.command +
                  "\" needs an interactive terminal (interactiveMode: Always) but standard "
                  "input is not a terminal");
    }

    Json info = {{"apiVersion", exec_.api_version},
                 {"kind", "ExecCredential"},
                 {"spec", {{"interactive", interactive}}}};
    if (exec_.provide_cluster_info && !cluster_info_.is_null())
      info["spec"]["cluster"] = cluster_info_;

    // Our environment, then the kubeconfig's entries (which win), then the exec info.
    std::map<std::string, std::string> vars;
    std::vector<std::string> order;
    auto put = [&](std::string name, std::string value) {
      if (vars.find(name) == vars.end()) order.push_back(name);
      vars[std::move(name)] = std::move(value);
    };
    for (char** e = environ; e != nullptr && *e != nullptr; ++e) {
      std::string_view kv(*e);
      auto eq = kv.find('=');
      if (eq == std::string_view::npos) continue;
      put(std::string(kv.substr(0, eq)), std::string(kv.substr(eq + 1)));
    }
    for (const ExecEnvVar& v : exec_.env) put(v.name, v.value);
    put("KUBERNETES_EXEC_INFO", to_json_string(info));
    std::vector<std::string> env;
    env.reserve(order.size());
    for (const std::string& name : order) env.push_back(name + "=" + vars[name]);

    auto proc = run_process(path, exec_.args, {.env = std::move(env), .interactive = interactive});
    if (!proc) return fail("running \"" + path + "\": " + proc.error().message());
    std::string stderr_text = trim(proc->err);
    if (proc->term_signal != 0 || proc->exit_code != 0) {
      std::string how = proc->term_signal != 0
                            ? "was killed by signal " + std::to_string(proc->term_signal)
                            : "failed with exit code " + std::to_string(proc->exit_code);
      std::string msg = "\"" + exec_.command + "\" " + how;
      if (!stderr_text.empty()) msg += ": " + stderr_text;
      return fail(std::move(msg));
    }
    return decode(proc->out);
  }

  Result<Credentials> decode(const std::string& out) const {
    auto parsed = parse_json(out);
    if (!parsed) return fail("decoding stdout: " + parsed.error().message());
    const Json& cred = *parsed;
    if (!cred.is_object())
      return fail("decoding stdout: expected a JSON object, got " +
                  std::string(json_type_name(cred)));
    std::string got_version = cred.value("apiVersion", Json("")).is_string()
                                  ? cred.value("apiVersion", std::string())
                                  : std::string();
    if (got_version != exec_.api_version) {
      return fail("configured to use API version " + exec_.api_version +
                  ", plugin returned version " + (got_version.empty() ? "\"\"" : got_version));
    }
    auto kind = cred.find("kind");
    if (kind == cred.end() || !kind->is_string() || *kind != "ExecCredential") {
      return fail("decoding stdout: kind is " + (kind == cred.end() ? "missing" : kind->dump()) +
                  ", want ExecCredential");
    }
    auto status = cred.find("status");
    if (status == cred.end() || status->is_null()) return fail("plugin didn't return a status field");
    if (!status->is_object())
      return fail("decoding stdout: status: expected an object, got " +
                  std::string(json_type_name(*status)));

    auto str = [&](const char* key) -> Result<std::string> {
      auto it = status->find(key);
      if (it == status->end() || it->is_null()) return std::string();
      if (!it->is_string())
        return fail(std::string("decoding stdout: status.") + key + ": expected a string, got " +
                    std::string(json_type_name(*it)));
      return it->get<std::string>();
    };
    WINDLASS_TRY(std::string token, str("token"));
    WINDLASS_TRY(std::string cert, str("clientCertificateData"));
    WINDLASS_TRY(std::string key, str("clientKeyData"));
    WINDLASS_TRY(std::string expiry, str("expirationTimestamp"));
    if (token.empty() && cert.empty() && key.empty())
      return fail("plugin didn't return a token or cert/key pair");
    if (cert.empty() != key.empty())
      return fail("plugin returned only certificate or key, not both");

    Credentials c;
    if (!token.empty()) c.authorization = "Bearer " + token;
    c.client_cert_pem = std::move(cert);
    c.client_key_pem = std::move(key);
    if (!expiry.empty()) {
      auto t = parse_rfc3339(expiry);
      if (!t) return fail("decoding stdout: status.expirationTimestamp: " + t.error().message());
      c.expires = *t;
    }
    return c;
  }

  std::mutex mu_;
  const ExecConfig exec_;
  const Json cluster_info_;
  const std::function<TimePoint()> now_;
  const std::string user_;
  std::optional<Credentials> cached_;
};

}  // namespace

std::shared_ptr<CredentialSource> make_static_source(Credentials credentials) {
  return std::make_shared<StaticSource>(std::move(credentials));
}

Result<std::shared_ptr<CredentialSource>> make_token_file_source(std::string path,
                                                                 std::string what) {
  auto source = std::make_shared<TokenFileSource>(std::move(path), std::move(what));
  // Read once now so that a missing or empty file is a configuration error, not a surprise
  // on the first request.
  WINDLASS_RETURN_IF_ERROR(source->get());
  return std::shared_ptr<CredentialSource>(std::move(source));
}

std::shared_ptr<CredentialSource> make_exec_source(ExecConfig exec, Json cluster_info,
                                                   std::function<TimePoint()> now,
                                                   std::string user) {
  return std::make_shared<ExecSource>(std::move(exec), std::move(cluster_info), std::move(now),
                                      std::move(user));
}

}  // namespace windlass::client::internal
