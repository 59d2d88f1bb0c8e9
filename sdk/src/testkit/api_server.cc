#include <windlass/testkit/api_server.h>

#include "server.h"

namespace windlass::testkit {

struct ApiServer::Impl {
  std::unique_ptr<apiserver::ApiServer> server;
};

ApiServer::ApiServer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
ApiServer::~ApiServer() { stop(); }

Result<std::unique_ptr<ApiServer>> ApiServer::start(const ApiServerOptions& options) {
  apiserver::ApiServerOptions o;
  o.data_dir = options.data_dir;
  o.insecure_http = !options.https;
  if (options.history_limit > 0) o.store.history_limit = options.history_limit;
  o.bind_address = "127.0.0.1";
  o.port = 0;
  auto impl = std::make_unique<Impl>();
  WINDLASS_TRY(impl->server, apiserver::ApiServer::start(o));
  return std::unique_ptr<ApiServer>(new ApiServer(std::move(impl)));
}

std::string ApiServer::url() const { return impl_->server->url(); }
unsigned short ApiServer::port() const { return impl_->server->port(); }
std::string ApiServer::kubeconfig() const { return impl_->server->kubeconfig(); }
std::string ApiServer::ca_pem() const { return impl_->server->ca_pem(); }
std::string ApiServer::client_cert_pem() const { return impl_->server->admin_client().cert_pem; }
std::string ApiServer::client_key_pem() const { return impl_->server->admin_client().key_pem; }
std::int64_t ApiServer::resource_version() const { return impl_->server->storage().current_rv(); }
void ApiServer::stop() {
  if (impl_ && impl_->server) impl_->server->stop();
}

}  // namespace windlass::testkit
