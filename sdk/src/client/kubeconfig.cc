#include <windlass/client/kubeconfig.h>

#include "client/file_util.h"

#include <windlass/core/base64.h>
#include <windlass/core/yaml.h>

#include <cstdlib>
#include <filesystem>
#include <set>

namespace windlass::client {
namespace {

namespace fs = std::filesystem;

// Reads typed fields out of the JSON form of one file, naming the file and field on errors.
class Reader {
 public:
  explicit Reader(std::string_view origin) : origin_(origin.empty() ? "<input>" : origin) {}

  Error error(std::string_view field, std::string_view problem) const {
    return Error(ErrorCode::kInvalid, "error loading kubeconfig \"" + origin_ + "\": " +
                                          std::string(field) + ": " + std::string(problem));
  }

  Error wrong_type(std::string_view field, std::string_view want, const Json& got) const {
    return error(field, "expected " + std::string(want) + ", got " +
                            std::string(json_type_name(got)));
  }

  // A missing or null member reads as the zero value.
  Result<std::string> string(const Json& obj, const char* key, const std::string& path) const {
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return std::string();
    if (!it->is_string()) return wrong_type(path + key, "a string", *it);
    return it->get<std::string>();
  }

  Result<bool> boolean(const Json& obj, const char* key, const std::string& path) const {
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return false;
    if (!it->is_boolean()) return wrong_type(path + key, "a boolean", *it);
    return it->get<bool>();
  }

  Result<Json> list(const Json& obj, const char* key, const std::string& path) const {
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return Json::array();
    if (!it->is_array()) return wrong_type(path + key, "a list", *it);
    return *it;
  }

  Result<Json> object(const Json& obj, const char* key, const std::string& path) const {
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return Json::object();
    if (!it->is_object()) return wrong_type(path + key, "a mapping", *it);
    return *it;
  }

  // `*-data` fields: base64 as Go decodes []byte (line breaks tolerated).
  Result<std::string> data(const Json& obj, const char* key, const std::string& path) const {
    WINDLASS_TRY(std::string text, string(obj, key, path));
    std::string compact;
    for (char c : text)
      if (c != '\n' && c != '\r') compact += c;
    auto decoded = base64_decode(compact);
    if (!decoded) return error(path + key, decoded.error().message());
    return std::move(decoded).value();
  }

  const std::string& origin() const { return origin_; }

 private:
  std::string origin_;
};

// The directory relative paths of `origin` are resolved against; empty for parsed text.
std::string base_dir_of(std::string_view origin) {
  if (origin.empty()) return {};
  std::error_code ec;
  fs::path abs = fs::absolute(fs::path(origin), ec);
  if (ec) return {};
  return abs.parent_path().string();
}

std::string resolve(const std::string& base, const std::string& path) {
  if (path.empty() || base.empty() || path.front() == '/') return path;
  return (fs::path(base) / path).lexically_normal().string();
}

// Validates a named-list entry and returns the name.
Result<std::string> entry_name(const Reader& r, const Json& entry, const std::string& path,
                               std::set<std::string>& seen) {
  if (!entry.is_object()) return r.wrong_type(path, "a mapping", entry);
  WINDLASS_TRY(std::string name, r.string(entry, "name", path + "."));
  if (name.empty()) return r.error(path + ".name", "not set");
  if (!seen.insert(name).second)
    return r.error(path + ".name", "duplicate name \"" + name + "\" in the list");
  return name;
}

Result<ExecConfig> parse_exec(const Reader& r, const Json& e, const std::string& path,
                              const std::string& base) {
  ExecConfig x;
  WINDLASS_TRY(x.command, r.string(e, "command", path));
  if (x.command.find('/') != std::string::npos) x.command = resolve(base, x.command);
  WINDLASS_TRY(Json args, r.list(e, "args", path));
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (!args[i].is_string())
      return r.wrong_type(path + "args[" + std::to_string(i) + "]", "a string", args[i]);
    x.args.push_back(args[i].get<std::string>());
  }
  WINDLASS_TRY(Json env, r.list(e, "env", path));
  for (std::size_t i = 0; i < env.size(); ++i) {
    std::string p = path + "env[" + std::to_string(i) + "]";
    if (!env[i].is_object()) return r.wrong_type(p, "a mapping", env[i]);
    ExecEnvVar v;
    WINDLASS_TRY(v.name, r.string(env[i], "name", p + "."));
    WINDLASS_TRY(v.value, r.string(env[i], "value", p + "."));
    x.env.push_back(std::move(v));
  }
  WINDLASS_TRY(x.api_version, r.string(e, "apiVersion", path));
  WINDLASS_TRY(x.install_hint, r.string(e, "installHint", path));
  WINDLASS_TRY(x.provide_cluster_info, r.boolean(e, "provideClusterInfo", path));
  WINDLASS_TRY(x.interactive_mode, r.string(e, "interactiveMode", path));
  return x;
}

Result<void> parse_clusters(const Reader& r, const Json& doc, const std::string& base,
                            Kubeconfig& out) {
  WINDLASS_TRY(Json list, r.list(doc, "clusters", ""));
  std::set<std::string> seen;
  for (std::size_t i = 0; i < list.size(); ++i) {
    std::string path = "clusters[" + std::to_string(i) + "]";
    KubeconfigCluster c;
    c.origin = r.origin() == "<input>" ? "" : r.origin();
    WINDLASS_TRY(c.name, entry_name(r, list[i], path, seen));
    WINDLASS_TRY(Json body, r.object(list[i], "cluster", path + "."));
    path += ".cluster.";
    WINDLASS_TRY(c.server, r.string(body, "server", path));
    WINDLASS_TRY(c.tls_server_name, r.string(body, "tls-server-name", path));
    WINDLASS_TRY(c.insecure_skip_tls_verify, r.boolean(body, "insecure-skip-tls-verify", path));
    WINDLASS_TRY(c.certificate_authority, r.string(body, "certificate-authority", path));
    c.certificate_authority = resolve(base, c.certificate_authority);
    WINDLASS_TRY(c.certificate_authority_data,
                 r.data(body, "certificate-authority-data", path));
    WINDLASS_TRY(c.proxy_url, r.string(body, "proxy-url", path));
    WINDLASS_TRY(c.disable_compression, r.boolean(body, "disable-compression", path));
    WINDLASS_TRY(Json exts, r.list(body, "extensions", path));
    for (std::size_t k = 0; k < exts.size(); ++k) {
      std::string p = path + "extensions[" + std::to_string(k) + "]";
      if (!exts[k].is_object()) return r.wrong_type(p, "a mapping", exts[k]);
      WINDLASS_TRY(std::string name, r.string(exts[k], "name", p + "."));
      auto ext = exts[k].find("extension");
      c.extensions[name] = ext == exts[k].end() ? Json(nullptr) : *ext;
    }
    out.clusters.push_back(std::move(c));
  }
  return ok();
}

Result<void> parse_users(const Reader& r, const Json& doc, const std::string& base,
                         Kubeconfig& out) {
  WINDLASS_TRY(Json list, r.list(doc, "users", ""));
  std::set<std::string> seen;
  for (std::size_t i = 0; i < list.size(); ++i) {
    std::string path = "users[" + std::to_string(i) + "]";
    KubeconfigUser u;
    u.origin = r.origin() == "<input>" ? "" : r.origin();
    WINDLASS_TRY(u.name, entry_name(r, list[i], path, seen));
    WINDLASS_TRY(Json body, r.object(list[i], "user", path + "."));
    path += ".user.";
    WINDLASS_TRY(u.client_certificate, r.string(body, "client-certificate", path));
    u.client_certificate = resolve(base, u.client_certificate);
    WINDLASS_TRY(u.client_certificate_data, r.data(body, "client-certificate-data", path));
    WINDLASS_TRY(u.client_key, r.string(body, "client-key", path));
    u.client_key = resolve(base, u.client_key);
    WINDLASS_TRY(u.client_key_data, r.data(body, "client-key-data", path));
    WINDLASS_TRY(u.token, r.string(body, "token", path));
    WINDLASS_TRY(u.token_file, r.string(body, "tokenFile", path));
    u.token_file = resolve(base, u.token_file);
    WINDLASS_TRY(u.username, r.string(body, "username", path));
    WINDLASS_TRY(u.password, r.string(body, "password", path));
    WINDLASS_TRY(u.impersonate, r.string(body, "as", path));
    if (auto it = body.find("exec"); it != body.end() && !it->is_null()) {
      if (!it->is_object()) return r.wrong_type(path + "exec", "a mapping", *it);
      WINDLASS_TRY(u.exec, parse_exec(r, *it, path + "exec.", base));
    }
    if (auto it = body.find("auth-provider"); it != body.end() && !it->is_null()) {
      if (!it->is_object()) return r.wrong_type(path + "auth-provider", "a mapping", *it);
      WINDLASS_TRY(u.auth_provider, r.string(*it, "name", path + "auth-provider."));
      if (u.auth_provider.empty()) u.auth_provider = "(unnamed)";
    }
    out.users.push_back(std::move(u));
  }
  return ok();
}

Result<void> parse_contexts(const Reader& r, const Json& doc, Kubeconfig& out) {
  WINDLASS_TRY(Json list, r.list(doc, "contexts", ""));
  std::set<std::string> seen;
  for (std::size_t i = 0; i < list.size(); ++i) {
    std::string path = "contexts[" + std::to_string(i) + "]";
    KubeconfigContext c;
    c.origin = r.origin() == "<input>" ? "" : r.origin();
    WINDLASS_TRY(c.name, entry_name(r, list[i], path, seen));
    WINDLASS_TRY(Json body, r.object(list[i], "context", path + "."));
    path += ".context.";
    WINDLASS_TRY(c.cluster, r.string(body, "cluster", path));
    WINDLASS_TRY(c.user, r.string(body, "user", path));
    WINDLASS_TRY(c.namespace_name, r.string(body, "namespace", path));
    out.contexts.push_back(std::move(c));
  }
  return ok();
}

template <class T>
const T* find_named(const std::vector<T>& list, std::string_view name) {
  for (const T& e : list)
    if (e.name == name) return &e;
  return nullptr;
}

template <class T>
void merge_named(std::vector<T>& into, const std::vector<T>& lower) {
  for (const T& e : lower)
    if (!find_named(into, e.name)) into.push_back(e);
}

}  // namespace

Result<Kubeconfig> Kubeconfig::parse(std::string_view yaml_text, std::string_view origin) {
  Reader r(origin);
  auto doc = yaml_to_json(yaml_text);
  if (!doc) {
    return Error(ErrorCode::kInvalid,
                 "error loading kubeconfig \"" + r.origin() + "\": " + doc.error().message());
  }
  Kubeconfig out;
  if (!origin.empty()) out.files.emplace_back(origin);
  if (doc->is_null()) return out;
  if (!doc->is_object()) return r.wrong_type("(top level)", "a mapping", *doc);

  WINDLASS_TRY(std::string api_version, r.string(*doc, "apiVersion", ""));
  if (!api_version.empty() && api_version != "v1")
    return r.error("apiVersion", "\"" + api_version + "\" is not supported (want v1)");
  WINDLASS_TRY(std::string kind, r.string(*doc, "kind", ""));
  if (!kind.empty() && kind != "Config")
    return r.error("kind", "\"" + kind + "\" is not a kubeconfig (want Config)");

  std::string base = base_dir_of(origin);
  WINDLASS_RETURN_IF_ERROR(parse_clusters(r, *doc, base, out));
  WINDLASS_RETURN_IF_ERROR(parse_users(r, *doc, base, out));
  WINDLASS_RETURN_IF_ERROR(parse_contexts(r, *doc, out));
  WINDLASS_TRY(out.current_context, r.string(*doc, "current-context", ""));
  if (!out.current_context.empty()) out.current_context_origin = std::string(origin);
  return out;
}

Result<Kubeconfig> Kubeconfig::load_file(const std::string& path) {
  auto text = internal::read_file(path);
  if (!text) {
    return Error(text.error().code(),
                 "error loading kubeconfig \"" + path + "\": " + text.error().message());
  }
  return parse(*text, path);
}

Result<Kubeconfig> Kubeconfig::load(const KubeconfigOptions& options) {
  if (!options.path.empty()) return load_file(options.path);

  Kubeconfig merged;
  for (const std::string& path : search_paths(options)) {
    std::error_code ec;
    // As kubectl: files named by $KUBECONFIG that do not exist are skipped silently, and so
    // is a missing ~/.kube/config.
    if (!fs::exists(path, ec)) continue;
    WINDLASS_TRY(Kubeconfig one, load_file(path));
    merged.merge(one);
  }
  return merged;
}

std::vector<std::string> Kubeconfig::search_paths(const KubeconfigOptions& options) {
  if (!options.path.empty()) return {options.path};
  std::vector<std::string> candidates;
  const char* env = std::getenv("KUBECONFIG");
  if (env != nullptr && *env != '\0') {
    std::string_view list(env);
    std::set<std::string> seen;
    while (!list.empty()) {
      auto colon = list.find(':');
      std::string item(list.substr(0, colon));
      list = colon == std::string_view::npos ? std::string_view() : list.substr(colon + 1);
      if (!item.empty() && seen.insert(item).second) candidates.push_back(item);
    }
  } else {
    const char* home = std::getenv("HOME");
    if (home != nullptr && *home != '\0')
      candidates.push_back((fs::path(home) / ".kube" / "config").string());
  }
  return candidates;
}

void Kubeconfig::merge(const Kubeconfig& lower) {
  merge_named(clusters, lower.clusters);
  merge_named(users, lower.users);
  merge_named(contexts, lower.contexts);
  if (current_context.empty()) {
    current_context = lower.current_context;
    current_context_origin = lower.current_context_origin;
  }
  for (const std::string& f : lower.files) files.push_back(f);
}

const KubeconfigCluster* Kubeconfig::find_cluster(std::string_view name) const {
  return find_named(clusters, name);
}
const KubeconfigUser* Kubeconfig::find_user(std::string_view name) const {
  return find_named(users, name);
}
const KubeconfigContext* Kubeconfig::find_context(std::string_view name) const {
  return find_named(contexts, name);
}

std::string Kubeconfig::describe_files() const {
  if (files.empty()) return "<input>";
  std::string out;
  for (const std::string& f : files) {
    if (!out.empty()) out += ", ";
    out += f;
  }
  return out;
}

}  // namespace windlass::client
