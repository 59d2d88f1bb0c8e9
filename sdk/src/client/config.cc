#include <windlass/client/config.h>

#include "client/credential_source.h"
#include "client/file_util.h"

#include <windlass/core/base64.h>
#include <windlass/core/validation.h>

#include <cstdlib>

#ifndef WINDLASS_VERSION
#define WINDLASS_VERSION "0.0.0"
#endif

namespace windlass::client {
namespace {

std::string in_quotes(std::string_view s) { return "\"" + std::string(s) + "\""; }

// Builds messages "kubeconfig F: context "x": cluster "c": field: problem".
class Where {
 public:
  Where(std::string origin, std::string context) : origin_(std::move(origin)), context_(std::move(context)) {}

  Error error(std::string_view entry, std::string_view field, std::string_view problem) const {
    std::string msg = "kubeconfig " + (origin_.empty() ? std::string("<input>") : origin_) +
                      ": context " + in_quotes(context_) + ": ";
    if (!entry.empty()) msg += std::string(entry) + ": ";
    if (!field.empty()) msg += std::string(field) + ": ";
    msg += problem;
    return Error(ErrorCode::kInvalid, std::move(msg));
  }

 private:
  std::string origin_, context_;
};

Result<std::string> read_pem(const Where& where, std::string_view entry, std::string_view field,
                             const std::string& path) {
  auto text = internal::read_file(path);
  if (!text) return where.error(entry, field, "cannot read: " + text.error().message());
  return std::move(text).value();
}

// Accepts what client-go accepts: a URL, or a bare host[:port] meaning https.
Result<std::string> normalize_server(const Where& where, std::string_view entry,
                                     std::string server) {
  auto scheme_end = server.find("://");
  if (scheme_end == std::string::npos) {
    server = "https://" + server;
  } else {
    std::string scheme = server.substr(0, scheme_end);
    if (scheme != "https" && scheme != "http")
      return where.error(entry, "server",
                         in_quotes(server) + " has an unsupported scheme (want https:// or http://)");
  }
  if (server.size() <= server.find("://") + 3)
    return where.error(entry, "server", in_quotes(server) + " has no host");
  while (!server.empty() && server.back() == '/') server.pop_back();
  return server;
}

Result<void> apply_cluster(Config& config, Json& exec_info, const KubeconfigCluster& cluster,
                           const Where& where) {
  std::string entry = "cluster " + in_quotes(cluster.name);
  if (cluster.server.empty()) return where.error(entry, "server", "not set (no server found for the cluster)");
  WINDLASS_TRY(config.server, normalize_server(where, entry, cluster.server));
  if (!cluster.proxy_url.empty()) {
    return where.error(entry, "proxy-url",
                       in_quotes(cluster.proxy_url) +
                           " is set, but windlass does not support proxies; remove proxy-url or "
                           "reach the server directly (for example through an SSH tunnel)");
  }
  if (!cluster.certificate_authority.empty() && !cluster.certificate_authority_data.empty()) {
    return where.error(entry, "certificate-authority-data",
                       "both certificate-authority-data and certificate-authority are set; "
                       "keep one");
  }
  if (!cluster.certificate_authority.empty()) {
    WINDLASS_TRY(config.tls.ca_pem, read_pem(where, entry, "certificate-authority",
                                             cluster.certificate_authority));
  } else {
    config.tls.ca_pem = cluster.certificate_authority_data;
  }
  if (cluster.insecure_skip_tls_verify && !config.tls.ca_pem.empty()) {
    return where.error(entry, "insecure-skip-tls-verify",
                       "cannot be combined with a certificate authority (kubectl refuses this "
                       "too: specifying a root certificates file with the insecure flag is not "
                       "allowed)");
  }
  config.tls.insecure_skip_verify = cluster.insecure_skip_tls_verify;
  config.tls.server_name = cluster.tls_server_name;

  // What an exec plugin gets with provideClusterInfo (ExecCredential spec.cluster).
  exec_info = Json::object();
  exec_info["server"] = config.server;
  if (!cluster.tls_server_name.empty()) exec_info["tls-server-name"] = cluster.tls_server_name;
  if (cluster.insecure_skip_tls_verify) exec_info["insecure-skip-tls-verify"] = true;
  if (!config.tls.ca_pem.empty())
    exec_info["certificate-authority-data"] = base64_encode(config.tls.ca_pem);
  if (cluster.disable_compression) exec_info["disable-compression"] = true;
  if (auto it = cluster.extensions.find("client.authentication.k8s.io/exec");
      it != cluster.extensions.end() && !it->is_null())
    exec_info["config"] = *it;
  return ok();
}

Result<void> validate_exec(const ExecConfig& exec, const Where& where, std::string_view entry) {
  if (exec.command.empty()) return where.error(entry, "exec.command", "not set");
  if (exec.api_version.empty()) return where.error(entry, "exec.apiVersion", "not set");
  if (exec.api_version != "client.authentication.k8s.io/v1" &&
      exec.api_version != "client.authentication.k8s.io/v1beta1") {
    return where.error(entry, "exec.apiVersion",
                       in_quotes(exec.api_version) +
                           " is not supported (want client.authentication.k8s.io/v1 or "
                           "client.authentication.k8s.io/v1beta1)");
  }
  if (exec.interactive_mode.empty() && exec.api_version == "client.authentication.k8s.io/v1")
    return where.error(entry, "exec.interactiveMode",
                       "must be set with client.authentication.k8s.io/v1 (Never, IfAvailable or "
                       "Always)");
  if (!exec.interactive_mode.empty() && exec.interactive_mode != "Never" &&
      exec.interactive_mode != "IfAvailable" && exec.interactive_mode != "Always")
    return where.error(entry, "exec.interactiveMode",
                       in_quotes(exec.interactive_mode) + " is not one of Never, IfAvailable, Always");
  for (std::size_t i = 0; i < exec.env.size(); ++i)
    if (exec.env[i].name.empty())
      return where.error(entry, "exec.env[" + std::to_string(i) + "].name", "not set");
  return ok();
}

Result<void> apply_user(Config& config, const KubeconfigUser& user, const Where& where,
                        Json exec_info, const KubeconfigOptions& options) {
  std::string entry = "user " + in_quotes(user.name);
  if (!user.auth_provider.empty()) {
    return where.error(entry, "auth-provider",
                       in_quotes(user.auth_provider) +
                           " auth-provider plugins are not supported (they were removed from "
                           "kubectl too); use an exec credential plugin");
  }
  if (!user.impersonate.empty())
    return where.error(entry, "as", "impersonation is not supported");

  // Client certificate.
  bool has_cert = !user.client_certificate.empty() || !user.client_certificate_data.empty();
  bool has_key = !user.client_key.empty() || !user.client_key_data.empty();
  if (!user.client_certificate.empty() && !user.client_certificate_data.empty())
    return where.error(entry, "client-certificate-data",
                       "both client-certificate-data and client-certificate are set; keep one");
  if (!user.client_key.empty() && !user.client_key_data.empty())
    return where.error(entry, "client-key-data",
                       "both client-key-data and client-key are set; keep one");
  if (has_cert && !has_key)
    return where.error(entry, "client-key",
                       "not set (client-key or client-key-data is needed with a client "
                       "certificate)");
  if (has_key && !has_cert)
    return where.error(entry, "client-certificate",
                       "not set (client-certificate or client-certificate-data is needed with a "
                       "client key)");
  if (!user.client_certificate.empty()) {
    WINDLASS_TRY(config.tls.client_cert_pem,
                 read_pem(where, entry, "client-certificate", user.client_certificate));
  } else {
    config.tls.client_cert_pem = user.client_certificate_data;
  }
  if (!user.client_key.empty()) {
    WINDLASS_TRY(config.tls.client_key_pem, read_pem(where, entry, "client-key", user.client_key));
  } else {
    config.tls.client_key_pem = user.client_key_data;
  }

  // Exactly one way to make an Authorization header.
  std::vector<std::string> methods;
  if (!user.token.empty() || !user.token_file.empty()) methods.push_back("token");
  if (!user.username.empty() || !user.password.empty()) methods.push_back("basicAuth");
  if (user.exec) methods.push_back("exec");
  if (methods.size() > 1) {
    std::string list;
    for (const auto& m : methods) list += (list.empty() ? "" : ", ") + m;
    return where.error(entry, "", "more than one authentication method found (" + list +
                                      "); only one is allowed");
  }

  if (!user.token_file.empty()) {
    // As client-go: the file's token takes precedence over `token`, and is re-read.
    auto r = config.set_token_file(user.token_file);
    if (!r) return where.error(entry, "tokenFile", r.error().message());
  } else if (!user.token.empty()) {
    config.set_bearer_token(user.token);
  } else if (!user.username.empty() || !user.password.empty()) {
    config.set_basic_auth(user.username, user.password);
  } else if (user.exec) {
    WINDLASS_RETURN_IF_ERROR(validate_exec(*user.exec, where, entry));
    config.set_exec(*user.exec, std::move(exec_info), options.now);
  }
  return ok();
}

}  // namespace

std::string default_user_agent() {
#if defined(__x86_64__)
  const char* arch = "amd64";
#elif defined(__aarch64__)
  const char* arch = "arm64";
#else
  const char* arch = "unknown";
#endif
  return std::string("windlass/") + WINDLASS_VERSION + " (linux/" + arch + ")";
}

Config::Config()
    : user_agent(default_user_agent()), credentials_(internal::make_static_source({})) {}

Result<Credentials> Config::credentials() const { return credentials_->get(); }

void Config::invalidate_credentials() const { credentials_->invalidate(); }

void Config::set_bearer_token(std::string token) {
  Credentials c;
  c.authorization = "Bearer " + token;
  credentials_ = internal::make_static_source(std::move(c));
}

void Config::set_basic_auth(std::string_view username, std::string_view password) {
  Credentials c;
  c.authorization = "Basic " + base64_encode(std::string(username) + ":" + std::string(password));
  credentials_ = internal::make_static_source(std::move(c));
}

Result<void> Config::set_token_file(std::string path) {
  std::string what = "token file " + path;
  WINDLASS_TRY(auto source, internal::make_token_file_source(std::move(path), std::move(what)));
  credentials_ = std::move(source);
  return ok();
}

void Config::set_exec(ExecConfig exec, Json cluster_info, std::function<TimePoint()> now) {
  credentials_ = internal::make_exec_source(std::move(exec), std::move(cluster_info),
                                            std::move(now), user_name);
}

Result<Config> Config::from_kubeconfig(const KubeconfigOptions& options) {
  WINDLASS_TRY(Kubeconfig kubeconfig, Kubeconfig::load(options));
  if (kubeconfig.files.empty()) {
    std::string where;
    for (const std::string& p : Kubeconfig::search_paths(options))
      where += (where.empty() ? "" : ", ") + p;
    if (where.empty()) where = "nowhere: neither $KUBECONFIG nor $HOME is set";
    return Error(ErrorCode::kNotFound,
                 "invalid configuration: no configuration has been provided (looked in " +
                     where + ")");
  }
  return from(kubeconfig, options);
}

Result<Config> Config::from(const Kubeconfig& kc, const KubeconfigOptions& options) {
  std::string context_name = options.context.empty() ? kc.current_context : options.context;
  if (context_name.empty()) {
    return Error(ErrorCode::kInvalid, "kubeconfig " + kc.describe_files() +
                                          ": no context chosen: current-context is not set and "
                                          "no context was given");
  }
  const KubeconfigContext* context = kc.find_context(context_name);
  if (context == nullptr) {
    std::string origin = options.context.empty() && !kc.current_context_origin.empty()
                             ? kc.current_context_origin + " (current-context)"
                             : kc.describe_files();
    return Error(ErrorCode::kInvalid, "kubeconfig " + origin +
                                          ": context was not found for specified context: " +
                                          context_name);
  }
  Where at_context(context->origin, context_name);

  Config config;
  config.context_name = context_name;
  config.cluster_name = options.cluster.empty() ? context->cluster : options.cluster;
  config.user_name = options.user.empty() ? context->user : options.user;

  if (config.cluster_name.empty())
    return at_context.error("", "cluster", "not set (cluster was not specified for the context)");
  const KubeconfigCluster* cluster = kc.find_cluster(config.cluster_name);
  if (cluster == nullptr) {
    return at_context.error("", "cluster",
                            "cluster " + in_quotes(config.cluster_name) +
                                " was not found for context " + in_quotes(context_name));
  }
  Json exec_info;
  WINDLASS_RETURN_IF_ERROR(
      apply_cluster(config, exec_info, *cluster, Where(cluster->origin, context_name)));

  // A context without a user is allowed (kubectl then sends no credentials).
  if (!config.user_name.empty()) {
    const KubeconfigUser* user = kc.find_user(config.user_name);
    if (user == nullptr) {
      return at_context.error("", "user",
                              "user " + in_quotes(config.user_name) + " was not found for context " +
                                  in_quotes(context_name));
    }
    WINDLASS_RETURN_IF_ERROR(
        apply_user(config, *user, Where(user->origin, context_name), exec_info, options));
  }

  std::string ns = options.namespace_name.empty() ? context->namespace_name : options.namespace_name;
  if (!ns.empty()) {
    if (!is_dns1123_label(ns).empty()) {
      return at_context.error("", "namespace",
                              in_quotes(ns) + " does not conform to the kubernetes DNS_LABEL rules");
    }
    config.default_namespace = ns;
  }
  return config;
}

Result<Config> Config::in_cluster(const InClusterOptions& options) {
  const char* host = std::getenv("KUBERNETES_SERVICE_HOST");
  const char* port = std::getenv("KUBERNETES_SERVICE_PORT");
  if (host == nullptr || *host == '\0' || port == nullptr || *port == '\0') {
    return Error(ErrorCode::kNotFound,
                 "unable to load in-cluster configuration, KUBERNETES_SERVICE_HOST and "
                 "KUBERNETES_SERVICE_PORT must be defined");
  }
  Config config;
  std::string h(host);
  // net.JoinHostPort: an IPv6 literal gets brackets.
  if (h.find(':') != std::string::npos && h.front() != '[') h = "[" + h + "]";
  config.server = "https://" + h + ":" + port;

  std::string token_path = options.root + "/token";
  auto source = internal::make_token_file_source(token_path, "in-cluster token");
  if (!source) {
    return Error(ErrorCode::kInvalid,
                 "unable to load in-cluster configuration: " + source.error().message());
  }
  config.credentials_ = std::move(source).value();

  auto ca = internal::read_file(options.root + "/ca.crt");
  if (!ca) {
    return Error(ErrorCode::kInvalid,
                 "unable to load in-cluster configuration: root CA: " + ca.error().message());
  }
  config.tls.ca_pem = std::move(ca).value();

  const char* pod_ns = std::getenv("POD_NAMESPACE");
  if (pod_ns != nullptr && *pod_ns != '\0') {
    config.default_namespace = pod_ns;
  } else if (auto ns = internal::read_file(options.root + "/namespace"); ns) {
    std::string text = *ns;
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ' || text.back() == '\r'))
      text.pop_back();
    if (!text.empty()) config.default_namespace = text;
  }
  return config;
}

Result<Config> Config::infer() { return infer({}, {}); }

Result<Config> Config::infer(const KubeconfigOptions& kubeconfig,
                             const InClusterOptions& in_cluster_options) {
  auto in = in_cluster(in_cluster_options);
  if (in) return in;
  auto from_file = from_kubeconfig(kubeconfig);
  if (from_file) return from_file;
  Error e = std::move(from_file).error();
  // Outside a cluster the kubeconfig's error is the whole story; inside, give both.
  if (in.error().code() == ErrorCode::kNotFound) return e;
  return Error(e.code(), "in-cluster: " + in.error().message() + "; kubeconfig: " + e.message());
}

}  // namespace windlass::client
