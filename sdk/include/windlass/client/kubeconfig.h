// windlass/client/kubeconfig.h — kubeconfig files as kubectl reads them: load, merge, select.
//
// A kubeconfig names clusters (where and how to reach an API server), users (how to
// authenticate) and contexts (a cluster, a user and a default namespace), plus the
// `current-context`. `Kubeconfig` is that model, read the way client-go's clientcmd reads it:
//
//  - `load()` follows kubectl's loading rules: an explicit path (`--kubeconfig`) is the only
//    file read and must exist; otherwise every file of `$KUBECONFIG` (':'-separated, duplicates
//    and missing files skipped), otherwise `~/.kube/config` (a missing one is an empty config).
//  - Several files merge key by key: the first file that defines a cluster, user or context
//    name wins it whole, and the first file that sets `current-context` wins that.
//  - Relative paths (certificate-authority, client-certificate, client-key, tokenFile, and an
//    exec command containing a '/') are resolved against the directory of the file naming
//    them, before merging, so a merged config still points at the right files.
//  - `*-data` fields are base64 in the file and decoded here.
//
// Every error names the file and the field (`clusters[1].cluster.server`); errors about the
// selected context also name the context. Errors are kInvalid, except a file that cannot be
// read (kNotFound when it does not exist).
//
//   WINDLASS_TRY(Kubeconfig kc, Kubeconfig::load({.context = "staging"}));
//   for (const auto& c : kc.contexts) std::cout << c.name << "\n";
//   WINDLASS_TRY(Config config, Config::from(kc, {.context = "staging"}));
#pragma once

#include <windlass/core/json.h>
#include <windlass/core/result.h>
#include <windlass/core/time.h>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace windlass::client {

// One `env` entry of an exec plugin.
struct ExecEnvVar {
  std::string name;
  std::string value;
  bool operator==(const ExecEnvVar&) const = default;
};

// users[].user.exec: a credential plugin run as a subprocess (client.authentication.k8s.io).
struct ExecConfig {
  std::string command;  // absolute, resolved against the kubeconfig's directory, or a PATH name
  std::vector<std::string> args;
  std::vector<ExecEnvVar> env;          // added to (and overriding) our own environment
  std::string api_version;              // client.authentication.k8s.io/v1 or /v1beta1
  std::string install_hint;             // printed when the command is not found
  bool provide_cluster_info = false;    // put the cluster into KUBERNETES_EXEC_INFO
  std::string interactive_mode;         // "Never", "IfAvailable", "Always"; "" if unset
  bool operator==(const ExecConfig&) const = default;
};

// clusters[].cluster.
struct KubeconfigCluster {
  std::string name;
  std::string server;
  std::string tls_server_name;
  bool insecure_skip_tls_verify = false;
  std::string certificate_authority;       // a path (resolved)
  std::string certificate_authority_data;  // decoded PEM bytes
  std::string proxy_url;
  bool disable_compression = false;
  // extensions[] by name; "client.authentication.k8s.io/exec" is handed to exec plugins.
  Json extensions = Json::object();
  std::string origin;  // the file this entry came from ("" when parsed from text)
};

// users[].user.
struct KubeconfigUser {
  std::string name;
  std::string client_certificate;       // path (resolved)
  std::string client_certificate_data;  // decoded PEM bytes
  std::string client_key;               // path (resolved)
  std::string client_key_data;          // decoded PEM bytes
  std::string token;
  std::string token_file;  // path (resolved)
  std::string username;
  std::string password;
  std::optional<ExecConfig> exec;
  std::string auth_provider;  // auth-provider.name when present (not supported by Config)
  std::string impersonate;    // `as`; refused by Config (not supported)
  std::string origin;
};

// contexts[].context.
struct KubeconfigContext {
  std::string name;
  std::string cluster;
  std::string user;
  std::string namespace_name;
  std::string origin;
};

// Where to look and what to pick, as kubectl's global flags.
struct KubeconfigOptions {
  std::string path;     // --kubeconfig: read only this file; it must exist
  std::string context;  // --context: instead of current-context
  std::string cluster;  // --cluster: instead of the context's cluster
  std::string user;     // --user: instead of the context's user
  std::string namespace_name;  // --namespace: instead of the context's namespace
  // Clock for exec credential expiry; the system clock when empty. Tests inject one.
  std::function<TimePoint()> now;
};

// A loaded (possibly merged) kubeconfig.
class Kubeconfig {
 public:
  std::vector<KubeconfigCluster> clusters;
  std::vector<KubeconfigUser> users;
  std::vector<KubeconfigContext> contexts;
  std::string current_context;
  std::string current_context_origin;
  std::vector<std::string> files;  // the files read, highest precedence first

  // Parses one kubeconfig document. `origin` is the file name used in messages and as the
  // base of relative paths ("" resolves nothing and names the input "<input>"). An empty
  // document is an empty config. A name defined twice in one list is an error, as in kubectl.
  static Result<Kubeconfig> parse(std::string_view yaml_text, std::string_view origin = {});
  // Reads and parses one file.
  static Result<Kubeconfig> load_file(const std::string& path);
  // kubectl's loading rules (see above), from `options.path`, $KUBECONFIG or $HOME.
  static Result<Kubeconfig> load(const KubeconfigOptions& options = {});
  // The files load() would read, in precedence order, whether or not they exist.
  static std::vector<std::string> search_paths(const KubeconfigOptions& options = {});

  // Adds what `lower` defines and this one does not (this one has precedence).
  void merge(const Kubeconfig& lower);

  const KubeconfigCluster* find_cluster(std::string_view name) const;
  const KubeconfigUser* find_user(std::string_view name) const;
  const KubeconfigContext* find_context(std::string_view name) const;

  // "F" or "F1, F2" for messages; "<input>" for parsed text.
  std::string describe_files() const;
};

}  // namespace windlass::client
