// apiserver/http/server.h — the HTTP/1.1 server (Boost.Beast) under windlass-apiserver.
//
// Keep-alive connections served by coroutines on a small thread pool, HTTPS (optionally
// verifying client certificates against a CA) or plain HTTP, request limits (body, header,
// idle time), chunked streams flushed per chunk, and a graceful stop that lets in-flight
// requests finish and ends open streams cleanly. All of Asio stays in server.cc.
#pragma once

#include "http/message.h"

#include <windlass/core/result.h>

#include <chrono>
#include <memory>
#include <string>

namespace windlass::apiserver {

struct TlsConfig {
  std::string cert_pem;       // serving certificate chain
  std::string key_pem;        // its private key
  std::string client_ca_pem;  // when set, client certificates are requested and verified
};

struct HttpServerOptions {
  std::string bind_address = "127.0.0.1";
  unsigned short port = 0;  // 0: any free port (see HttpServer::port())
  std::optional<TlsConfig> tls;
  unsigned threads = 2;
  std::size_t max_body_bytes = 3 * 1024 * 1024;  // kube-apiserver's limit
  std::size_t max_header_bytes = 1024 * 1024;    // Go's http.DefaultMaxHeaderBytes
  std::chrono::seconds idle_timeout{120};        // between requests on a kept-alive connection
  std::chrono::seconds read_timeout{60};         // to receive one whole request
};

class HttpServer {
 public:
  // Binds, starts the threads and returns; requests go to `handler` from then on.
  static Result<std::unique_ptr<HttpServer>> start(const HttpServerOptions& options,
                                                   RequestHandler handler);
  ~HttpServer();  // stop()s
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  unsigned short port() const;
  std::size_t open_connections() const;
  // Stops accepting, ends open streams, waits up to `grace` for requests in flight, then
  // closes everything and joins the threads. Idempotent.
  void stop(std::chrono::milliseconds grace = std::chrono::seconds(5));

  struct Impl;

 private:
  explicit HttpServer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace windlass::apiserver
