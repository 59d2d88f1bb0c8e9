// windlass/client/config.h — where the API server is and how to authenticate to it.
//
// A `Config` is everything a transport needs to reach one API server: the server URL, TLS
// settings, the default namespace, a User-Agent, and a source of credentials. It comes from a
// kubeconfig (`from_kubeconfig`, the same files and flags kubectl uses), from the pod's service
// account (`in_cluster`), or from `infer()`, which tries in-cluster first and then kubeconfig,
// as an operator deployed in a cluster and the same operator run on a laptop both expect.
//
// Credentials are not a fixed field because some change under us: a token file (and the
// in-cluster token) is re-read when the file changes (the kubelet rotates it), and an exec
// plugin's credential is cached until its expirationTimestamp and then fetched again. The
// transport asks `credentials()` before each request and calls `invalidate_credentials()` after
// a 401 so the next request fetches fresh ones. Copies of a Config share one credential cache.
//
//   WINDLASS_TRY(Config config, Config::infer());
//   WINDLASS_TRY(Credentials creds, config.credentials());
//   request.set("Authorization", creds.authorization);   // "Bearer ..." or "" for none
#pragma once

#include <windlass/client/kubeconfig.h>
#include <windlass/core/result.h>
#include <windlass/core/time.h>

#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace windlass::client {

// How to verify the server and present a client certificate. PEM text, not paths.
struct TlsOptions {
  std::string ca_pem;           // trust only these CAs; empty: the system's roots
  std::string client_cert_pem;  // static client certificate (kubeconfig); may be empty
  std::string client_key_pem;
  bool insecure_skip_verify = false;
  std::string server_name;  // SNI and the name verified; empty: the host of `server`
};

// What to present on one request.
struct Credentials {
  std::string authorization;  // full header value: "Bearer …", "Basic …", or ""
  // From an exec plugin; when set they replace TlsOptions' client certificate.
  std::string client_cert_pem, client_key_pem;
  std::optional<TimePoint> expires;  // when the plugin said they expire
};

// Where the service account files are, for tests; the environment names the server.
struct InClusterOptions {
  std::string root = "/var/run/secrets/kubernetes.io/serviceaccount";
};

namespace internal {
class CredentialSource;
}  // namespace internal

// A connection configuration for one API server.
class Config {
 public:
  std::string server;  // "https://127.0.0.1:6443" (no trailing slash)
  TlsOptions tls;
  std::string default_namespace = "default";  // context namespace / in-cluster namespace file
  std::string user_agent;  // "windlass/<version> (linux/amd64)" unless changed
  std::string context_name, cluster_name, user_name;  // for messages; empty in-cluster

  // No server and no credentials; set `server` and one of the set_* below.
  Config();

  // The credentials to send now. Thread-safe. Errors: a token file that cannot be read and
  // was never read (kUnauthorized); an exec plugin that is missing, fails or answers wrongly
  // (kUnauthorized, the message naming the user, the command and the plugin's stderr).
  Result<Credentials> credentials() const;
  // Forgets cached credentials: an exec plugin runs again and token files are re-read on the
  // next credentials(). Called by the transport after a 401. Thread-safe.
  void invalidate_credentials() const;

  // Static credentials, replacing any source (tests, CLIs).
  void set_bearer_token(std::string token);
  void set_basic_auth(std::string_view username, std::string_view password);
  // A token read from `path` now and re-read whenever the file changes.
  Result<void> set_token_file(std::string path);
  // An exec plugin. `cluster_info` is what provideClusterInfo hands it (KUBERNETES_EXEC_INFO
  // spec.cluster); `now` is the clock expiry is judged by (system clock when empty).
  void set_exec(ExecConfig exec, Json cluster_info = nullptr,
                std::function<TimePoint()> now = {});

  // The kubeconfig selected by `options` (kubectl's loading rules and flags).
  static Result<Config> from_kubeconfig(const KubeconfigOptions& options = {});
  // A Config from an already loaded kubeconfig and the flags (context/cluster/user/namespace).
  static Result<Config> from(const Kubeconfig& kubeconfig, const KubeconfigOptions& options = {});
  // The pod's service account: KUBERNETES_SERVICE_HOST/PORT (an IPv6 host is bracketed), the
  // token (re-read when rotated), ca.crt, and the namespace ($POD_NAMESPACE, else the
  // namespace file, else "default"). Outside a pod: kNotFound.
  static Result<Config> in_cluster(const InClusterOptions& options = {});
  // in_cluster(), else from_kubeconfig(); when both fail the error gives both reasons.
  static Result<Config> infer();
  static Result<Config> infer(const KubeconfigOptions& kubeconfig, const InClusterOptions& in_cluster);

 private:
  std::shared_ptr<internal::CredentialSource> credentials_;
};

// "windlass/0.1.0 (linux/amd64)".
std::string default_user_agent();

}  // namespace windlass::client
