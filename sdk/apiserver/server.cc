#include "server.h"

#include <windlass/core/base64.h>
#include <windlass/core/yaml.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace windlass::apiserver {

namespace fs = std::filesystem;

namespace {

Result<std::string> read_text(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return Error(ErrorCode::kNotFound, "cannot read " + p.string());
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

Result<void> write_private(const fs::path& p, const std::string& text) {
  fs::path tmp = p;
  tmp += ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return Error(ErrorCode::kInternal, "cannot write " + tmp.string());
    out << text;
    if (!out.flush()) return Error(ErrorCode::kInternal, "cannot write " + tmp.string());
  }
  std::error_code ec;
  fs::permissions(tmp, fs::perms::owner_read | fs::perms::owner_write, ec);
  fs::rename(tmp, p, ec);
  if (ec) return Error(ErrorCode::kInternal, "cannot write " + p.string() + ": " + ec.message());
  return ok();
}

// Loads name.crt/name.key from dir, or makes them with `make` and saves them there.
Result<CertificateAndKey> load_or_make(const std::string& dir, const std::string& name,
                                       const std::function<Result<CertificateAndKey>()>& make) {
  if (!dir.empty()) {
    auto cert = read_text(fs::path(dir) / (name + ".crt"));
    auto key = read_text(fs::path(dir) / (name + ".key"));
    if (cert && key) return CertificateAndKey{*cert, *key};
  }
  WINDLASS_TRY(CertificateAndKey made, make());
  if (!dir.empty()) {
    WINDLASS_RETURN_IF_ERROR(write_private(fs::path(dir) / (name + ".key"), made.key_pem));
    WINDLASS_RETURN_IF_ERROR(write_private(fs::path(dir) / (name + ".crt"), made.cert_pem));
  }
  return made;
}

}  // namespace

Result<std::unique_ptr<ApiServer>> ApiServer::start(ApiServerOptions options) {
  std::unique_ptr<ApiServer> s(new ApiServer());
  if (options.pki_dir.empty()) options.pki_dir = options.data_dir;
  if (!options.pki_dir.empty()) {
    std::error_code ec;
    fs::create_directories(options.pki_dir, ec);
    if (ec) return Error(ErrorCode::kInternal, "creating " + options.pki_dir + ": " + ec.message());
  }
  s->options_ = options;

  MemoryStoreOptions so = options.store;
  so.data_dir = options.data_dir.empty() ? "" : (fs::path(options.data_dir) / "store").string();
  WINDLASS_TRY(s->store_, MemoryStore::open(so));

  std::optional<TlsConfig> tls;
  if (!options.insecure_http) {
    const std::string& dir = options.pki_dir;
    WINDLASS_TRY(s->ca_, load_or_make(dir, "ca", [] { return generate_ca("windlass-ca"); }));
    WINDLASS_TRY(s->admin_, load_or_make(dir, "admin", [&] {
      return issue_certificate(s->ca_, {.common_name = "windlass-admin", .organizations = {"system:masters"}});
    }));
    CertificateAndKey serving;
    if (!options.tls_cert_file.empty()) {
      WINDLASS_TRY(serving.cert_pem, read_text(options.tls_cert_file));
      WINDLASS_TRY(serving.key_pem, read_text(options.tls_key_file));
    } else {
      std::vector<std::string> ips = {"127.0.0.1"};
      if (options.bind_address != "127.0.0.1" && options.bind_address != "0.0.0.0" && options.bind_address != "::")
        ips.push_back(options.bind_address);
      WINDLASS_TRY(serving, load_or_make(dir, "apiserver", [&] {
        return issue_certificate(s->ca_, {.common_name = "windlass-apiserver",
                                          .dns_names = {"localhost", "kubernetes", "kubernetes.default",
                                                        "kubernetes.default.svc"},
                                          .ip_addresses = ips,
                                          .server = true});
      }));
    }
    tls = TlsConfig{serving.cert_pem, serving.key_pem, s->ca_.cert_pem};
  }

  ApiHandlerOptions ho = options.handler;
  if (!ho.service_account_key) {
    // Kept with the certificates, so tokens stay valid across restarts.
    std::shared_ptr<const ServiceAccountTokenKey> key;
    auto saved = options.pki_dir.empty() ? Result<std::string>(Error(ErrorCode::kNotFound, ""))
                                         : read_text(fs::path(options.pki_dir) / "sa.key");
    if (saved) {
      WINDLASS_TRY(key, ServiceAccountTokenKey::from_pem(*saved));
    } else {
      WINDLASS_TRY(key, ServiceAccountTokenKey::generate());
      if (!options.pki_dir.empty())
        WINDLASS_RETURN_IF_ERROR(write_private(fs::path(options.pki_dir) / "sa.key", key->private_key_pem()));
    }
    ho.service_account_key = std::move(key);
  }
  s->handler_ = std::make_unique<ApiHandler>(*s->store_, ho);
  WINDLASS_RETURN_IF_ERROR(s->handler_->bootstrap());
  ApiHandler* handler = s->handler_.get();
  s->deletion_ = std::make_unique<DeletionController>(
      *s->store_, DeletionControllerOptions{.catalog = [handler] { return handler->catalog(); }, .now = ho.now});
  s->deletion_->start();
  HttpServerOptions hso{.bind_address = options.bind_address, .port = options.port, .tls = tls,
                        .threads = options.threads};
  WINDLASS_TRY(s->http_, HttpServer::start(hso, [handler](const Request& r) { return handler->handle(r); }));
  // Discovery's serverAddressByClientCIDRs names the port we really got.
  s->handler_->set_server_address(options.bind_address + ":" + std::to_string(s->http_->port()));

  if (!options.pki_dir.empty()) {
    // Absolute, so the printed `export KUBECONFIG=...` works from any directory.
    std::error_code ec;
    fs::path kc = fs::absolute(fs::path(options.pki_dir) / "admin.kubeconfig", ec);
    s->kubeconfig_path_ = (ec ? fs::path(options.pki_dir) / "admin.kubeconfig" : kc).lexically_normal().string();
    WINDLASS_RETURN_IF_ERROR(write_private(s->kubeconfig_path_, s->kubeconfig()));
  }
  return s;
}

ApiServer::~ApiServer() { stop(); }

void ApiServer::stop() {
  if (http_) http_->stop();
  if (deletion_) deletion_->stop();
}

std::string ApiServer::url() const {
  std::string host = options_.bind_address == "0.0.0.0" ? "127.0.0.1" : options_.bind_address;
  return std::string(options_.insecure_http ? "http://" : "https://") + host + ":" + std::to_string(port());
}

std::string ApiServer::kubeconfig() const {
  Json cluster = {{"server", url()}};
  Json user = Json::object();
  if (!options_.insecure_http) {
    cluster["certificate-authority-data"] = base64_encode(ca_.cert_pem);
    user["client-certificate-data"] = base64_encode(admin_.cert_pem);
    user["client-key-data"] = base64_encode(admin_.key_pem);
  }
  Json cfg = {{"apiVersion", "v1"},
              {"kind", "Config"},
              {"clusters", {{{"name", "windlass"}, {"cluster", cluster}}}},
              {"users", {{{"name", "windlass-admin"}, {"user", user}}}},
              {"contexts", {{{"name", "windlass"},
                             {"context", {{"cluster", "windlass"}, {"user", "windlass-admin"}, {"namespace", "default"}}}}}},
              {"current-context", "windlass"},
              {"preferences", Json::object()}};
  return to_yaml(cfg);
}

}  // namespace windlass::apiserver
