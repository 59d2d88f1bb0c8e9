// apiserver/server.h — a whole windlass-apiserver: storage, REST handler, HTTPS, PKI.
//
// `ApiServer::start` opens the store (memory, or durable in a data directory), creates the
// default namespaces, starts the controllers that finish deletions (garbage collection,
// namespace termination, graceful pod deletion), makes (or reuses) a CA, a serving
// certificate and an admin client certificate, writes an admin kubeconfig, and serves until
// stop(). Both the `windlass-apiserver` binary and `windlass::testkit::ApiServer` are thin
// wrappers around it.
#pragma once

#include "controllers/deletion_controller.h"
#include "http/certificates.h"
#include "http/server.h"
#include "rest/api_handler.h"
#include "storage/memory_store.h"

#include <memory>
#include <string>

namespace windlass::apiserver {

struct ApiServerOptions {
  std::string data_dir;  // "" = memory only; PKI and kubeconfig then live in pki_dir
  std::string pki_dir;   // where certificates and the kubeconfig go (default: data_dir)
  std::string bind_address = "127.0.0.1";
  unsigned short port = 0;
  bool insecure_http = false;  // plain HTTP instead of HTTPS
  std::string tls_cert_file;   // serve this certificate instead of a generated one
  std::string tls_key_file;
  unsigned threads = 2;
  MemoryStoreOptions store;    // data_dir is filled from above
  ApiHandlerOptions handler;
};

class ApiServer {
 public:
  static Result<std::unique_ptr<ApiServer>> start(ApiServerOptions options);
  ~ApiServer();

  unsigned short port() const { return http_->port(); }
  // "https://127.0.0.1:PORT" (or http://).
  std::string url() const;
  const std::string& ca_pem() const { return ca_.cert_pem; }
  const CertificateAndKey& admin_client() const { return admin_; }
  // An admin kubeconfig (YAML) for this server.
  std::string kubeconfig() const;
  // Where kubeconfig() was written ("" when there is no pki/data dir).
  const std::string& kubeconfig_path() const { return kubeconfig_path_; }
  MemoryStore& storage() { return *store_; }
  void stop();

 private:
  ApiServer() = default;
  ApiServerOptions options_;
  std::unique_ptr<MemoryStore> store_;
  std::unique_ptr<ApiHandler> handler_;
  std::unique_ptr<DeletionController> deletion_;
  std::unique_ptr<HttpServer> http_;
  CertificateAndKey ca_;
  CertificateAndKey admin_;
  std::string kubeconfig_path_;
};

}  // namespace windlass::apiserver
