// windlass/testkit/api_server.h — a real Kubernetes API server inside your gtest process.
//
// `ApiServer::start()` runs windlass-apiserver in-process on 127.0.0.1 with a free port, in
// memory, over HTTPS with a fresh CA, and returns once it accepts requests (milliseconds, where
// envtest's etcd + kube-apiserver take seconds). Point any client at it with `kubeconfig()` (or
// write it to a file for kubectl); the admin identity is a client certificate. One server per
// test keeps tests independent; stop() (or the destructor) shuts it down.
//
//   auto server = windlass::testkit::ApiServer::start();
//   ASSERT_TRUE(server) << server.error().message();
//   std::string cfg = (*server)->kubeconfig();   // YAML, with CA and client certificate
//   std::string url = (*server)->url();          // "https://127.0.0.1:41235"
#pragma once

#include <windlass/core/result.h>

#include <memory>
#include <string>

namespace windlass::testkit {

struct ApiServerOptions {
  bool https = true;
  std::string data_dir;  // "" = memory only (the default for tests)
  // Committed events kept for watch replay and paged lists; older resourceVersions are
  // answered 410 Expired (0: the server's default, 100000). Small values let tests reach it.
  std::size_t history_limit = 0;
};

class ApiServer {
 public:
  static Result<std::unique_ptr<ApiServer>> start(const ApiServerOptions& options = {});
  ~ApiServer();
  ApiServer(const ApiServer&) = delete;
  ApiServer& operator=(const ApiServer&) = delete;

  std::string url() const;
  unsigned short port() const;
  std::string kubeconfig() const;
  std::string ca_pem() const;
  std::string client_cert_pem() const;
  std::string client_key_pem() const;
  // The current global resourceVersion.
  std::int64_t resource_version() const;
  void stop();

  struct Impl;

 private:
  explicit ApiServer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace windlass::testkit
