// windlass/client/transport.h — HTTP(S) requests to one API server.
//
// A `Transport` sends requests described by `HttpRequest` to the server of a `Config` and
// gives back the whole response, or — for watches and logs — a `ResponseStream` read chunk by
// chunk as the server sends them. What it does for every request:
//   - TLS (OpenSSL) verified against the Config's CA (or the system roots), with SNI and the
//     client certificate of the kubeconfig or of an exec plugin;
//   - the credentials of the Config (`Authorization`), asked for before each request, fetched
//     again once after a 401;
//   - kept-alive connections, reused from a pool;
//   - a deadline per request (`HttpRequest::timeout`, else the transport's default);
//   - optional client-side rate limiting (a token bucket; off by default, as controller-runtime
//     now has it);
//   - retries with exponential backoff: of idempotent requests (GET, HEAD) after connection
//     failures, and of any request the server answered 429 — or an idempotent one 5xx — with a
//     `Retry-After` header, after the delay it asked for;
//   - gzip-encoded responses decoded; `Warning` headers collected and passed to a handler.
//
// The API is asynchronous (Asio coroutines); `run()` blocks a plain thread on one for CLIs and
// tests. The transport runs its I/O on its own threads; awaiting it from another executor is fine.
//
//   WINDLASS_TRY(auto transport, Transport::create(config));
//   HttpRequest req{.method = "GET", .path = "/api/v1/namespaces"};
//   WINDLASS_TRY(HttpResponse res, transport->run(transport->send(req)));
#pragma once

#include <windlass/client/config.h>
#include <windlass/core/result.h>

#include <boost/asio/awaitable.hpp>

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace windlass::client {

template <class T>
using Task = boost::asio::awaitable<T>;

struct HttpRequest {
  std::string method = "GET";
  std::string path;  // "/api/v1/namespaces/default/pods" (already escaped as needed)
  std::vector<std::pair<std::string, std::string>> query;  // escaped by the transport
  std::string body;
  std::string content_type;  // sent when the body is not empty
  std::string accept = "application/json";
  std::vector<std::pair<std::string, std::string>> headers;  // extra headers
  // The deadline of the whole exchange; zero: the transport's default. Streams use it only
  // for connecting and the response headers.
  std::chrono::milliseconds timeout{0};
};

struct HttpResponse {
  int status = 0;
  std::vector<std::pair<std::string, std::string>> headers;  // names lower-cased
  std::string body;                                          // decoded (gzip undone)
  std::vector<std::string> warnings;                         // texts of `Warning` headers
  std::optional<std::string> header(std::string_view name) const;
};

// The body of a streaming response, read as it arrives.
class ResponseStream {
 public:
  virtual ~ResponseStream() = default;
  virtual int status() const = 0;
  virtual const std::vector<std::pair<std::string, std::string>>& headers() const = 0;
  // The next bytes of the body; an empty string at its end (the server finished it). A
  // connection that breaks first is an error (kUnavailable), as is `idle_timeout` without data.
  virtual Task<Result<std::string>> read() = 0;
  // Ends the stream from any thread; a pending read() then finishes with kCancelled.
  virtual void cancel() = 0;
};

struct TransportOptions {
  std::chrono::milliseconds timeout{std::chrono::seconds(30)};  // default request deadline
  std::chrono::milliseconds connect_timeout{std::chrono::seconds(10)};
  // Client-side rate limiting; qps <= 0 turns it off.
  double qps = 0;
  int burst = 10;
  // Retries (see above); max_retries = 0 turns them off.
  int max_retries = 5;
  std::chrono::milliseconds initial_backoff{std::chrono::milliseconds(200)};
  std::chrono::milliseconds max_backoff{std::chrono::seconds(10)};
  std::size_t max_idle_connections = 16;
  unsigned threads = 1;  // I/O threads the transport runs
  // Called with each `Warning` header's text (kube-apiserver's deprecation and validation
  // warnings). Default: logged at warning level, each distinct text once.
  std::function<void(const std::string&)> on_warning;
};

class Transport : public std::enable_shared_from_this<Transport> {
 public:
  static Result<std::shared_ptr<Transport>> create(Config config, TransportOptions options = {});
  virtual ~Transport() = default;

  virtual Task<Result<HttpResponse>> send(HttpRequest request) = 0;
  virtual Task<Result<std::unique_ptr<ResponseStream>>> stream(HttpRequest request,
                                                                std::chrono::milliseconds idle_timeout) = 0;
  // Runs `task` on the transport's threads and waits for it (never call from those threads).
  template <class T>
  T run(Task<T> task) {
    T out{Error(ErrorCode::kInternal, "not run")};
    run_blocking([&]() -> Task<void> { out = co_await std::move(task); });
    return out;
  }
  virtual const Config& config() const = 0;
  // Stops the I/O threads; pending requests fail with kCancelled.
  virtual void shutdown() = 0;

 protected:
  virtual void run_blocking(std::function<Task<void>()> body) = 0;
};

}  // namespace windlass::client
