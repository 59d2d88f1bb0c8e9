#include "http/server.h"

#include <windlass/core/json.h>

#include <boost/asio.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast.hpp>
#include <boost/beast/ssl.hpp>

#include <atomic>
#include <charconv>
#include <mutex>
#include <thread>

namespace windlass::apiserver {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;
using asio::use_awaitable;
constexpr auto kTuple = asio::as_tuple(asio::use_awaitable);

namespace {

// Per-connection state the server reaches from outside the connection's coroutine (stop()).
struct Conn {
  explicit Conn(asio::strand<asio::io_context::executor_type> s) : strand(s), timer(s) {}
  asio::strand<asio::io_context::executor_type> strand;
  asio::steady_timer timer;  // a streaming reply sleeps on it
  std::atomic<bool> notified{false};
  bool idle = true;          // waiting for the next request
  bool stopping = false;     // the server is shutting down
  bool peer_gone = false;    // the client closed a streaming connection
  std::string cert_user;     // from a verified client certificate
  std::vector<std::string> cert_groups;
  std::function<void()> close_socket;
};

std::string status_body(int code, std::string_view reason, std::string_view message) {
  // The metav1.Status kube-apiserver's HTTP layer writes for transport-level failures.
  Json j = {{"kind", "Status"}, {"apiVersion", "v1"}, {"metadata", Json::object()},
            {"status", "Failure"}, {"message", message}, {"reason", reason}, {"code", code}};
  return to_json_string(j);
}

// user = CN, groups = O of a client certificate the handshake verified against the CA.
void read_client_identity(SSL* ssl, Conn& conn) {
  X509* cert = SSL_get1_peer_certificate(ssl);
  if (!cert) return;
  if (SSL_get_verify_result(ssl) == X509_V_OK) {
    X509_NAME* name = X509_get_subject_name(cert);
    for (int i = 0; i < X509_NAME_entry_count(name); ++i) {
      X509_NAME_ENTRY* e = X509_NAME_get_entry(name, i);
      int nid = OBJ_obj2nid(X509_NAME_ENTRY_get_object(e));
      unsigned char* utf8 = nullptr;
      int n = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(e));
      if (n < 0) continue;
      std::string value(reinterpret_cast<char*>(utf8), static_cast<std::size_t>(n));
      OPENSSL_free(utf8);
      if (nid == NID_commonName) conn.cert_user = value;
      else if (nid == NID_organizationName) conn.cert_groups.push_back(value);
    }
  }
  X509_free(cert);
}

Request to_request(http::request<http::string_body>&& in, const std::string& remote) {
  Request r;
  r.method = std::string(in.method_string());
  r.target = std::string(in.target());
  std::string_view target = r.target;
  auto q = target.find('?');
  r.path = percent_decode(target.substr(0, q), false).value_or(std::string(target.substr(0, q)));
  if (q != std::string_view::npos) r.query = parse_query(target.substr(q + 1));
  for (const auto& h : in) r.headers.emplace(std::string(h.name_string()), std::string(h.value()));
  r.body = std::move(in.body());
  r.remote = remote;
  return r;
}

}  // namespace

struct HttpServer::Impl {
  HttpServerOptions options;
  RequestHandler handler;
  asio::io_context ioc;
  std::optional<asio::ssl::context> ssl;
  tcp::acceptor acceptor{ioc};
  std::vector<std::thread> threads;
  std::atomic<bool> stopping{false};
  std::atomic<std::size_t> connections{0};
  std::atomic<std::size_t> busy{0};
  std::mutex mu;
  std::vector<std::weak_ptr<Conn>> conns;
  unsigned short port = 0;
  bool stopped = false;

  asio::awaitable<void> accept_loop();
  template <class Stream>
  asio::awaitable<void> serve(std::shared_ptr<Conn> conn, std::shared_ptr<Stream> stream,
                              std::string remote);
  template <class Stream>
  asio::awaitable<bool> write_reply(std::shared_ptr<Conn> conn, std::shared_ptr<Stream> stream,
                                    Reply reply, unsigned version, bool keep_alive);
  asio::awaitable<void> run_connection(tcp::socket socket,
                                       asio::strand<asio::io_context::executor_type> strand);
};

asio::awaitable<void> HttpServer::Impl::accept_loop() {
  for (;;) {
    auto [ec, socket] = co_await acceptor.async_accept(kTuple);
    if (ec) {
      if (ec == asio::error::operation_aborted || stopping) co_return;
      continue;  // e.g. EMFILE: keep serving the connections we have
    }
    auto strand = asio::make_strand(ioc);
    asio::co_spawn(strand, run_connection(std::move(socket), strand), asio::detached);
  }
}

asio::awaitable<void> HttpServer::Impl::run_connection(
    tcp::socket socket, asio::strand<asio::io_context::executor_type> strand) {
  auto conn = std::make_shared<Conn>(strand);
  {
    std::lock_guard lock(mu);
    std::erase_if(conns, [](const std::weak_ptr<Conn>& c) { return c.expired(); });
    conns.push_back(conn);
  }
  ++connections;
  beast::error_code ignored;
  auto ep = socket.remote_endpoint(ignored);
  std::string remote = ep.address().to_string() + ":" + std::to_string(ep.port());
  socket.set_option(tcp::no_delay(true), ignored);
  if (ssl) {
    auto stream = std::make_shared<beast::ssl_stream<beast::tcp_stream>>(beast::tcp_stream(std::move(socket)), *ssl);
    conn->close_socket = [stream] {
      beast::error_code e;
      auto& lowest = beast::get_lowest_layer(*stream);
      lowest.socket().shutdown(tcp::socket::shutdown_both, e);
      lowest.cancel();
    };
    beast::get_lowest_layer(*stream).expires_after(options.read_timeout);
    auto [ec] = co_await stream->async_handshake(asio::ssl::stream_base::server, kTuple);
    if (!ec) {
      read_client_identity(stream->native_handle(), *conn);
      co_await serve(conn, stream, remote);
    }
  } else {
    auto stream = std::make_shared<beast::tcp_stream>(std::move(socket));
    conn->close_socket = [stream] {
      beast::error_code e;
      stream->socket().shutdown(tcp::socket::shutdown_both, e);
      stream->cancel();
    };
    co_await serve(conn, stream, remote);
  }
  conn->close_socket = nullptr;
  --connections;
}

template <class Stream>
asio::awaitable<void> HttpServer::Impl::serve(std::shared_ptr<Conn> conn,
                                              std::shared_ptr<Stream> stream,
                                              std::string remote) {
  beast::flat_buffer buffer;
  for (;;) {
    http::request_parser<http::string_body> parser;
    parser.body_limit(options.max_body_bytes);
    parser.header_limit(static_cast<std::uint32_t>(options.max_header_bytes));
    conn->idle = true;
    if (conn->stopping) break;
    beast::get_lowest_layer(*stream).expires_after(buffer.size() ? options.read_timeout : options.idle_timeout);
    auto [ec, n] = co_await http::async_read(*stream, buffer, parser, kTuple);
    conn->idle = false;
    if (ec) {
      Response err;
      if (ec == http::error::body_limit) {
        err = {413, "application/json",
               status_body(413, "RequestEntityTooLarge",
                           "Request entity too large: limit is " + std::to_string(options.max_body_bytes))};
        // Read and drop the rest of a body of reasonable size first, so that a client still
        // sending it sees the 413 rather than a reset connection (as Go's server does).
        std::uint64_t len = 0;
        auto declared = parser.get()[http::field::content_length];
        auto parsed = std::from_chars(declared.data(), declared.data() + declared.size(), len);
        if (parsed.ec == std::errc() && len <= 4 * options.max_body_bytes) {
          std::uint64_t remaining = len > buffer.size() ? len - buffer.size() : 0;
          buffer.consume(buffer.size());
          std::vector<char> sink(64 * 1024);
          beast::get_lowest_layer(*stream).expires_after(options.read_timeout);
          while (remaining > 0) {
            auto [rec, got] = co_await stream->async_read_some(
                asio::buffer(sink.data(), std::min<std::uint64_t>(sink.size(), remaining)), kTuple);
            if (rec) break;
            remaining -= got;
          }
        }
      } else if (ec == http::error::header_limit) {
        err = {431, "text/plain", "431 Request Header Fields Too Large"};
      } else if (ec.category() == http::make_error_code(http::error::bad_target).category() && ec != http::error::end_of_stream &&
                 ec != http::error::partial_message) {
        err = {400, "text/plain", "400 Bad Request"};
      } else {
        break;  // closed, reset or timed out
      }
      co_await write_reply(conn, stream, err, 11, false);
      break;
    }
    auto msg = parser.release();
    unsigned version = msg.version();
    bool keep_alive = msg.keep_alive();
    Request req = to_request(std::move(msg), remote);
    req.cert_user = conn->cert_user;
    req.cert_groups = conn->cert_groups;
    ++busy;
    Reply reply = handler(req);
    --busy;
    bool alive = co_await write_reply(conn, stream, std::move(reply), version, keep_alive && !conn->stopping && !stopping);
    if (!alive) break;
  }
  beast::error_code ec;
  if constexpr (std::is_same_v<Stream, beast::ssl_stream<beast::tcp_stream>>) {
    beast::get_lowest_layer(*stream).expires_after(std::chrono::seconds(2));
    co_await stream->async_shutdown(kTuple);
  } else {
    stream->socket().shutdown(tcp::socket::shutdown_send, ec);
  }
}

template <class Stream>
asio::awaitable<bool> HttpServer::Impl::write_reply(std::shared_ptr<Conn> conn_ptr,
                                                    std::shared_ptr<Stream> stream, Reply reply,
                                                    unsigned version, bool keep_alive) {
  Conn& conn = *conn_ptr;
  auto& lowest = beast::get_lowest_layer(*stream);
  if (auto* r = std::get_if<Response>(&reply)) {
    http::response<http::string_body> res{static_cast<http::status>(r->status), version};
    res.set(http::field::content_type, r->content_type);
    res.set(http::field::cache_control, "no-cache, private");
    // A handler's own Cache-Control (hash-addressed OpenAPI documents) replaces the default.
    for (auto& [k, v] : r->headers) {
      if (beast::iequals(k, "Cache-Control")) res.set(http::field::cache_control, v);
      else res.insert(k, v);
    }
    res.body() = std::move(r->body);
    res.keep_alive(keep_alive);
    res.prepare_payload();
    lowest.expires_after(options.read_timeout);
    auto [ec, n] = co_await http::async_write(*stream, res, kTuple);
    co_return !ec && keep_alive;
  }

  auto& s = std::get<StreamResponse>(reply);
  http::response<http::empty_body> res{static_cast<http::status>(s.status), version};
  res.set(http::field::content_type, s.content_type);
  res.set(http::field::cache_control, "no-cache, private");
  for (auto& [k, v] : s.headers) res.insert(k, v);
  res.chunked(true);
  res.keep_alive(keep_alive);
  http::response_serializer<http::empty_body> sr{res};
  lowest.expires_never();
  if (auto [ec, n] = co_await http::async_write_header(*stream, sr, kTuple); ec) co_return false;

  // Notice a client that goes away while the stream is idle: a read can only end in an error.
  conn.peer_gone = false;
  auto watcher = std::make_shared<char>();
  asio::co_spawn(conn.strand, [stream, conn_ptr, watcher]() -> asio::awaitable<void> {
    co_await stream->async_read_some(asio::buffer(watcher.get(), 1), kTuple);
    conn_ptr->peer_gone = true;
    conn_ptr->timer.cancel();
  }, asio::detached);

  // The store may call this from a writer thread until set_notify(nullptr) below returns.
  s.stream->set_notify([conn_ptr] {
    conn_ptr->notified = true;
    asio::post(conn_ptr->strand, [conn_ptr] { conn_ptr->timer.cancel(); });
  });
  bool ok = true;
  for (;;) {
    conn.notified = false;
    bool done = false;
    auto chunks = s.stream->next(done);
    for (auto& c : chunks) {
      if (c.empty()) continue;
      auto [ec, n] = co_await asio::async_write(*stream, http::make_chunk(asio::buffer(c)), kTuple);
      if (ec) {
        ok = false;
        break;
      }
    }
    if (!ok || done || conn.stopping || stopping || conn.peer_gone) break;
    if (conn.notified.exchange(false)) continue;
    conn.timer.expires_at(s.stream->wake_at());
    co_await conn.timer.async_wait(kTuple);
  }
  s.stream->set_notify(nullptr);
  if (ok && !conn.peer_gone) {
    auto [ec, n] = co_await asio::async_write(*stream, http::make_chunk_last(), kTuple);
    ok = !ec;
  }
  // The pending one-byte read would swallow the next request's first byte; end the
  // connection instead of reusing it (clients open a new one for their next watch anyway).
  co_return false;
}

HttpServer::HttpServer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

HttpServer::~HttpServer() { stop(std::chrono::milliseconds(0)); }

unsigned short HttpServer::port() const { return impl_->port; }

std::size_t HttpServer::open_connections() const { return impl_->connections; }

Result<std::unique_ptr<HttpServer>> HttpServer::start(const HttpServerOptions& options,
                                                      RequestHandler handler) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  impl->handler = std::move(handler);
  beast::error_code ec;
  if (options.tls) {
    impl->ssl.emplace(asio::ssl::context::tls_server);
    auto& ctx = *impl->ssl;
    ctx.set_options(asio::ssl::context::default_workarounds | asio::ssl::context::no_sslv2 |
                    asio::ssl::context::no_sslv3 | asio::ssl::context::no_tlsv1 |
                    asio::ssl::context::no_tlsv1_1);
    ctx.use_certificate_chain(asio::buffer(options.tls->cert_pem), ec);
    if (ec) return Error(ErrorCode::kInternal, "loading the serving certificate: " + ec.message());
    ctx.use_private_key(asio::buffer(options.tls->key_pem), asio::ssl::context::pem, ec);
    if (ec) return Error(ErrorCode::kInternal, "loading the serving key: " + ec.message());
    if (!options.tls->client_ca_pem.empty()) {
      ctx.add_certificate_authority(asio::buffer(options.tls->client_ca_pem), ec);
      if (ec) return Error(ErrorCode::kInternal, "loading the client CA: " + ec.message());
      // Ask for a certificate but accept clients without one (token users).
      ctx.set_verify_mode(asio::ssl::verify_peer);
    }
  }
  auto address = asio::ip::make_address(options.bind_address, ec);
  if (ec) return Error(ErrorCode::kBadRequest, "invalid bind address " + options.bind_address);
  tcp::endpoint ep(address, options.port);
  impl->acceptor.open(ep.protocol(), ec);
  if (!ec) impl->acceptor.set_option(asio::socket_base::reuse_address(true), ec);
  if (!ec) impl->acceptor.bind(ep, ec);
  if (!ec) impl->acceptor.listen(asio::socket_base::max_listen_connections, ec);
  if (ec)
    return Error(ErrorCode::kUnavailable, "listening on " + options.bind_address + ":" +
                                              std::to_string(options.port) + ": " + ec.message());
  impl->port = impl->acceptor.local_endpoint().port();
  asio::co_spawn(impl->ioc, impl->accept_loop(), asio::detached);
  Impl* raw = impl.get();
  for (unsigned i = 0; i < std::max(1u, options.threads); ++i)
    impl->threads.emplace_back([raw] { raw->ioc.run(); });
  return std::unique_ptr<HttpServer>(new HttpServer(std::move(impl)));
}

void HttpServer::stop(std::chrono::milliseconds grace) {
  Impl& s = *impl_;
  if (s.stopped) return;
  s.stopped = true;
  s.stopping = true;
  asio::post(s.ioc, [&s] {
    beast::error_code ec;
    s.acceptor.close(ec);
  });
  auto live = [&s] {
    std::vector<std::shared_ptr<Conn>> out;
    std::lock_guard lock(s.mu);
    for (auto& w : s.conns)
      if (auto c = w.lock()) out.push_back(c);
    return out;
  };
  // Idle connections close now; streams end with their terminating chunk; requests in flight
  // get `grace` to finish.
  for (auto& c : live()) {
    asio::post(c->strand, [c] {
      c->stopping = true;
      c->timer.cancel();
      if (c->idle && c->close_socket) c->close_socket();
    });
  }
  auto wait = [&s](std::chrono::milliseconds d) {
    auto deadline = std::chrono::steady_clock::now() + d;
    while ((s.busy > 0 || s.connections > 0) && std::chrono::steady_clock::now() < deadline)
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
  };
  wait(std::min(grace, std::chrono::milliseconds(200)));
  // Whatever is left (TLS shutdowns waiting on a silent peer, slow requests) is cut off.
  if (s.busy > 0) wait(grace);
  for (auto& c : live()) {
    asio::post(c->strand, [c] {
      if (c->close_socket) c->close_socket();
    });
  }
  wait(std::chrono::milliseconds(500));
  s.ioc.stop();
  for (auto& t : s.threads) t.join();
  s.threads.clear();
}

}  // namespace windlass::apiserver
