#include <windlass/client/transport.h>

#include <windlass/core/log.h>

#include <boost/asio.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast.hpp>
#include <boost/beast/ssl.hpp>
#include <zlib.h>

#include <algorithm>
#include <charconv>
#include <mutex>
#include <random>
#include <set>

namespace windlass::client {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace ssl = asio::ssl;
using tcp = asio::ip::tcp;
constexpr auto kTuple = asio::as_tuple(asio::use_awaitable);

std::optional<std::string> HttpResponse::header(std::string_view name) const {
  std::string lower(name);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const auto& [k, v] : headers)
    if (k == lower) return v;
  return std::nullopt;
}

namespace {

struct ServerUrl {
  bool https = true;
  std::string host;  // without brackets
  std::string port;
  std::string base;  // path prefix ("" or "/prefix")
};

Result<ServerUrl> parse_server(const std::string& server) {
  ServerUrl u;
  std::string_view s = server;
  if (s.starts_with("https://")) {
    s.remove_prefix(8);
  } else if (s.starts_with("http://")) {
    u.https = false;
    s.remove_prefix(7);
  } else {
    return Error(ErrorCode::kInvalid, "server \"" + server + "\": the URL must start with https:// or http://");
  }
  auto slash = s.find('/');
  std::string_view authority = s.substr(0, slash);
  if (slash != std::string_view::npos) u.base = std::string(s.substr(slash));
  while (!u.base.empty() && u.base.back() == '/') u.base.pop_back();
  if (authority.starts_with("[")) {
    auto close = authority.find(']');
    if (close == std::string_view::npos) return Error(ErrorCode::kInvalid, "server \"" + server + "\": unclosed '[' in the host");
    u.host = std::string(authority.substr(1, close - 1));
    if (close + 1 < authority.size() && authority[close + 1] == ':') u.port = std::string(authority.substr(close + 2));
  } else {
    auto colon = authority.rfind(':');
    u.host = std::string(authority.substr(0, colon));
    if (colon != std::string_view::npos) u.port = std::string(authority.substr(colon + 1));
  }
  if (u.host.empty()) return Error(ErrorCode::kInvalid, "server \"" + server + "\": no host");
  if (u.port.empty()) u.port = u.https ? "443" : "80";
  return u;
}

bool is_ip(const std::string& host) {
  boost::system::error_code ec;
  asio::ip::make_address(host, ec);
  return !ec;
}

std::string escape_query(std::string_view s) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

// The texts of `Warning: 299 - "text", 299 - "other"` (RFC 7234 warn-values).
void parse_warnings(std::string_view v, std::vector<std::string>& out) {
  std::size_t i = 0;
  while (i < v.size()) {
    auto quote = v.find('"', i);
    if (quote == std::string_view::npos) return;
    std::string text;
    std::size_t j = quote + 1;
    for (; j < v.size() && v[j] != '"'; ++j) {
      if (v[j] == '\\' && j + 1 < v.size()) ++j;
      text += v[j];
    }
    out.push_back(std::move(text));
    i = v.find(',', j);
    if (i == std::string_view::npos) return;
    ++i;
  }
}

Result<std::string> gunzip(const std::string& in) {
  z_stream zs{};
  if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK) return Error(ErrorCode::kInternal, "cannot start gzip decoding");
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  std::string out;
  char buf[16384];
  int rc = Z_OK;
  while (rc == Z_OK) {
    zs.next_out = reinterpret_cast<Bytef*>(buf);
    zs.avail_out = sizeof buf;
    rc = inflate(&zs, Z_NO_FLUSH);
    out.append(buf, sizeof buf - zs.avail_out);
    if (rc == Z_BUF_ERROR && zs.avail_in == 0) break;
  }
  inflateEnd(&zs);
  if (rc != Z_STREAM_END) return Error(ErrorCode::kUnavailable, "the server's gzip-encoded response is corrupt");
  return out;
}

std::optional<std::chrono::milliseconds> retry_after(const HttpResponse& r) {
  auto v = r.header("retry-after");
  if (!v) return std::nullopt;
  long seconds = 0;
  auto [p, ec] = std::from_chars(v->data(), v->data() + v->size(), seconds);
  if (ec != std::errc() || seconds < 0) return std::nullopt;
  return std::chrono::milliseconds(seconds * 1000);
}

Error io_error(const boost::system::error_code& ec, const std::string& what) {
  if (ec == beast::error::timeout) return Error(ErrorCode::kTimeout, what + ": deadline exceeded");
  if (ec == asio::error::operation_aborted) return Error(ErrorCode::kCancelled, what + ": cancelled");
  return Error(ErrorCode::kUnavailable, what + ": " + ec.message());
}

// One connection to the server, plain or TLS.
struct Connection {
  std::shared_ptr<ssl::context> tls_context;  // outlives the stream that uses it
  std::unique_ptr<beast::tcp_stream> plain;
  std::unique_ptr<beast::ssl_stream<beast::tcp_stream>> tls;
  beast::flat_buffer buffer;
  beast::tcp_stream& lowest() { return tls ? beast::get_lowest_layer(*tls) : *plain; }
};

// A token bucket: `burst` tokens, refilled at `qps` per second.
class RateLimiter {
 public:
  RateLimiter(double qps, int burst) : qps_(qps), burst_(std::max(1, burst)), tokens_(burst_) {}
  // How long the caller must wait for its token (the token is taken now).
  std::chrono::nanoseconds take() {
    std::lock_guard lock(mu_);
    auto now = std::chrono::steady_clock::now();
    if (last_.time_since_epoch().count() != 0)
      tokens_ = std::min<double>(burst_, tokens_ + qps_ * std::chrono::duration<double>(now - last_).count());
    last_ = now;
    tokens_ -= 1;
    if (tokens_ >= 0) return std::chrono::nanoseconds(0);
    return std::chrono::nanoseconds(static_cast<std::int64_t>(-tokens_ / qps_ * 1e9));
  }

 private:
  std::mutex mu_;
  double qps_;
  int burst_;
  double tokens_;
  std::chrono::steady_clock::time_point last_{};
};

class TransportImpl;

class StreamImpl final : public ResponseStream {
 public:
  StreamImpl(std::unique_ptr<Connection> conn, std::unique_ptr<http::response_parser<http::buffer_body>> parser,
             std::chrono::milliseconds idle)
      : conn_(std::move(conn)), parser_(std::move(parser)), idle_(idle) {
    auto& res = parser_->get();
    status_ = static_cast<int>(res.result_int());
    for (const auto& h : res) {
      std::string name(h.name_string());
      for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      headers_.emplace_back(std::move(name), std::string(h.value()));
    }
  }
  ~StreamImpl() override { close(); }
  int status() const override { return status_; }
  const std::vector<std::pair<std::string, std::string>>& headers() const override { return headers_; }

  Task<Result<std::string>> read() override {
    if (cancelled_) co_return Error(ErrorCode::kCancelled, "the stream was cancelled");
    if (parser_->is_done()) co_return std::string();
    char buf[16384];
    while (true) {
      parser_->get().body().data = buf;
      parser_->get().body().size = sizeof buf;
      if (idle_.count() > 0) conn_->lowest().expires_after(idle_);
      else conn_->lowest().expires_never();
      boost::system::error_code ec;
      if (conn_->tls) std::tie(ec, std::ignore) = co_await http::async_read_some(*conn_->tls, conn_->buffer, *parser_, kTuple);
      else std::tie(ec, std::ignore) = co_await http::async_read_some(*conn_->plain, conn_->buffer, *parser_, kTuple);
      std::size_t got = sizeof buf - parser_->get().body().size;
      if (ec == http::error::need_buffer) ec = {};
      if (cancelled_) co_return Error(ErrorCode::kCancelled, "the stream was cancelled");
      if (ec) {
        if (ec == beast::error::timeout) co_return Error(ErrorCode::kTimeout, "no data from the server within the idle timeout");
        co_return Error(ErrorCode::kUnavailable, "the connection broke: " + ec.message());
      }
      if (got > 0) co_return std::string(buf, got);
      if (parser_->is_done()) co_return std::string();
    }
  }

  void cancel() override {
    cancelled_ = true;
    // The posted cancel keeps the connection alive until it ran.
    std::shared_ptr<Connection> c = conn_;
    asio::post(c->lowest().get_executor(), [c] { c->lowest().cancel(); });
  }

 private:
  void close() {
    if (!conn_) return;
    boost::system::error_code ec;
    conn_->lowest().socket().shutdown(tcp::socket::shutdown_both, ec);
    conn_->lowest().socket().close(ec);
  }
  std::shared_ptr<Connection> conn_;
  std::unique_ptr<http::response_parser<http::buffer_body>> parser_;
  std::chrono::milliseconds idle_;
  int status_ = 0;
  std::vector<std::pair<std::string, std::string>> headers_;
  std::atomic<bool> cancelled_{false};
};

class TransportImpl final : public Transport {
 public:
  TransportImpl(Config config, TransportOptions options, ServerUrl url)
      : config_(std::move(config)), options_(std::move(options)), url_(std::move(url)),
        pool_(std::max(1u, options_.threads)), limiter_(options_.qps, options_.burst) {}
  ~TransportImpl() override { shutdown(); }

  const Config& config() const override { return config_; }

  void shutdown() override {
    {
      std::lock_guard lock(mu_);
      idle_.clear();
    }
    pool_.stop();
    pool_.join();
  }

  // The work runs on the transport's threads; the caller resumes on its own executor.
  // (co_spawn needs a default-constructible result, which Result is not: hence the optional.)
  Task<Result<HttpResponse>> send(HttpRequest request) override {
    auto self = std::static_pointer_cast<TransportImpl>(shared_from_this());
    std::optional<Result<HttpResponse>> out;
    co_await asio::co_spawn(pool_.get_executor(), [&]() -> Task<void> {
      out.emplace(co_await self->send_on_pool(std::move(request)));
    }, asio::use_awaitable);
    co_return std::move(*out);
  }

  Task<Result<std::unique_ptr<ResponseStream>>> stream(HttpRequest request, std::chrono::milliseconds idle) override {
    auto self = std::static_pointer_cast<TransportImpl>(shared_from_this());
    std::optional<Result<std::unique_ptr<ResponseStream>>> out;
    co_await asio::co_spawn(pool_.get_executor(), [&]() -> Task<void> {
      out.emplace(co_await self->stream_on_pool(std::move(request), idle));
    }, asio::use_awaitable);
    co_return std::move(*out);
  }

 protected:
  void run_blocking(std::function<Task<void>()> body) override {
    asio::co_spawn(pool_.get_executor(), body(), asio::use_future).get();
  }

 private:
  static bool idempotent(const std::string& method) { return method == "GET" || method == "HEAD"; }

  std::chrono::milliseconds backoff(int attempt) {
    auto base = options_.initial_backoff * (1LL << std::min(attempt, 16));
    auto capped = std::min<std::chrono::milliseconds>(std::chrono::duration_cast<std::chrono::milliseconds>(base), options_.max_backoff);
    thread_local std::mt19937 rng{std::random_device{}()};
    // Up to 20% jitter, so that many clients do not retry in step.
    auto jitter = std::uniform_int_distribution<std::int64_t>(0, capped.count() / 5)(rng);
    return capped + std::chrono::milliseconds(jitter);
  }

  Task<void> sleep(std::chrono::nanoseconds d) {
    if (d.count() <= 0) co_return;
    asio::steady_timer t(co_await asio::this_coro::executor, d);
    co_await t.async_wait(kTuple);
  }

  Result<std::shared_ptr<ssl::context>> tls_context(const Credentials& creds) {
    const std::string& cert = creds.client_cert_pem.empty() ? config_.tls.client_cert_pem : creds.client_cert_pem;
    const std::string& key = creds.client_cert_pem.empty() ? config_.tls.client_key_pem : creds.client_key_pem;
    std::lock_guard lock(mu_);
    if (ssl_ && ssl_cert_ == cert && ssl_key_ == key) return ssl_;
    auto ctx = std::make_shared<ssl::context>(ssl::context::tls_client);
    boost::system::error_code ec;
    ctx->set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 | ssl::context::no_sslv3 |
                     ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1);
    if (config_.tls.insecure_skip_verify) {
      ctx->set_verify_mode(ssl::verify_none);
    } else {
      ctx->set_verify_mode(ssl::verify_peer);
      if (!config_.tls.ca_pem.empty()) ctx->add_certificate_authority(asio::buffer(config_.tls.ca_pem), ec);
      else ctx->set_default_verify_paths(ec);
      if (ec) return Error(ErrorCode::kInvalid, "the certificate authority of " + config_.server + " cannot be used: " + ec.message());
      std::string name = config_.tls.server_name.empty() ? url_.host : config_.tls.server_name;
      ctx->set_verify_callback(ssl::host_name_verification(name));
    }
    if (!cert.empty()) {
      ctx->use_certificate_chain(asio::buffer(cert), ec);
      if (!ec) ctx->use_private_key(asio::buffer(key), ssl::context::pem, ec);
      if (ec) return Error(ErrorCode::kInvalid, "the client certificate cannot be used: " + ec.message());
    }
    ssl_ = ctx;
    ssl_cert_ = cert;
    ssl_key_ = key;
    return ctx;
  }

  Task<Result<std::unique_ptr<Connection>>> connect(const Credentials& creds) {
    auto exec = asio::make_strand(pool_.get_executor());
    auto conn = std::make_unique<Connection>();
    tcp::resolver resolver(exec);
    auto [rec, endpoints] = co_await resolver.async_resolve(url_.host, url_.port, kTuple);
    if (rec) co_return io_error(rec, "resolving " + url_.host);
    if (url_.https) {
      auto ctx = tls_context(creds);
      if (!ctx) co_return ctx.error();
      conn->tls = std::make_unique<beast::ssl_stream<beast::tcp_stream>>(exec, **ctx);
      conn->tls_context = *ctx;
    } else {
      conn->plain = std::make_unique<beast::tcp_stream>(exec);
    }
    auto& lowest = conn->lowest();
    lowest.expires_after(options_.connect_timeout);
    auto [cec, ep] = co_await lowest.async_connect(endpoints, kTuple);
    if (cec) co_return io_error(cec, "connecting to " + config_.server);
    if (conn->tls) {
      std::string name = config_.tls.server_name.empty() ? url_.host : config_.tls.server_name;
      if (!is_ip(name)) SSL_set_tlsext_host_name(conn->tls->native_handle(), name.c_str());
      auto [hec] = co_await conn->tls->async_handshake(ssl::stream_base::client, kTuple);
      if (hec) co_return io_error(hec, "TLS handshake with " + config_.server);
    }
    co_return conn;
  }

  std::unique_ptr<Connection> take_idle() {
    std::lock_guard lock(mu_);
    if (idle_.empty()) return nullptr;
    auto c = std::move(idle_.back());
    idle_.pop_back();
    return c;
  }

  void give_back(std::unique_ptr<Connection> c) {
    std::lock_guard lock(mu_);
    if (idle_.size() < options_.max_idle_connections) idle_.push_back(std::move(c));
  }

  http::request<http::string_body> build(const HttpRequest& r, const Credentials& creds) {
    std::string target = url_.base + r.path;
    for (std::size_t i = 0; i < r.query.size(); ++i)
      target += (i ? "&" : "?") + escape_query(r.query[i].first) + "=" + escape_query(r.query[i].second);
    http::request<http::string_body> req{http::string_to_verb(r.method), target, 11};
    if (req.method() == http::verb::unknown) req.method_string(r.method);
    bool default_port = (url_.https && url_.port == "443") || (!url_.https && url_.port == "80");
    std::string host = url_.host.find(':') != std::string::npos ? "[" + url_.host + "]" : url_.host;
    req.set(http::field::host, default_port ? host : host + ":" + url_.port);
    req.set(http::field::user_agent, config_.user_agent.empty() ? default_user_agent() : config_.user_agent);
    req.set(http::field::accept, r.accept);
    req.set(http::field::accept_encoding, "gzip");
    if (!creds.authorization.empty()) req.set(http::field::authorization, creds.authorization);
    for (const auto& [k, v] : r.headers) req.set(k, v);
    if (!r.body.empty() || r.method == "POST" || r.method == "PUT" || r.method == "PATCH") {
      if (!r.content_type.empty()) req.set(http::field::content_type, r.content_type);
      req.body() = r.body;
    }
    req.prepare_payload();
    return req;
  }

  // One exchange on one connection. `sent` tells whether the request left completely.
  template <class Stream>
  Task<Result<HttpResponse>> exchange(Stream& s, Connection& conn, http::request<http::string_body>& req,
                                      std::chrono::milliseconds timeout, bool& keep) {
    conn.lowest().expires_after(timeout);
    auto [wec, wn] = co_await http::async_write(s, req, kTuple);
    if (wec) co_return io_error(wec, "sending " + std::string(req.method_string()) + " " + std::string(req.target()));
    http::response_parser<http::string_body> parser;
    parser.body_limit(std::numeric_limits<std::uint64_t>::max());
    parser.header_limit(1 << 20);
    auto [rec, rn] = co_await http::async_read(s, conn.buffer, parser, kTuple);
    if (rec) co_return io_error(rec, "reading the response to " + std::string(req.method_string()) + " " + std::string(req.target()));
    auto res = parser.release();
    keep = res.keep_alive();
    HttpResponse out;
    out.status = static_cast<int>(res.result_int());
    for (const auto& h : res) {
      std::string name(h.name_string());
      for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (name == "warning") parse_warnings(h.value(), out.warnings);
      out.headers.emplace_back(std::move(name), std::string(h.value()));
    }
    out.body = std::move(res.body());
    if (auto enc = out.header("content-encoding"); enc && *enc == "gzip") {
      auto plain = gunzip(out.body);
      if (!plain) co_return plain.error();
      out.body = std::move(*plain);
    }
    co_return out;
  }

  // One attempt: a pooled connection (retried once on a fresh one if it turns out stale), or
  // a new one.
  Task<Result<HttpResponse>> attempt(const HttpRequest& r, const Credentials& creds) {
    auto req = build(r, creds);
    auto timeout = r.timeout.count() > 0 ? r.timeout : options_.timeout;
    for (int round = 0; round < 2; ++round) {
      std::unique_ptr<Connection> conn = round == 0 ? take_idle() : nullptr;
      bool reused = conn != nullptr;
      if (!conn) {
        auto made = co_await connect(creds);
        if (!made) co_return made.error();
        conn = std::move(*made);
      }
      bool keep = false;
      // (Not a ?: with two co_awaits: GCC 12 mishandles the temporaries of that form.)
      std::optional<Result<HttpResponse>> got;
      if (conn->tls) got.emplace(co_await exchange(*conn->tls, *conn, req, timeout, keep));
      else got.emplace(co_await exchange(*conn->plain, *conn, req, timeout, keep));
      Result<HttpResponse> res = std::move(*got);
      if (!res) {
        // The server may have closed an idle connection just as we used it: try a new one.
        if (reused && res.error().code() == ErrorCode::kUnavailable) continue;
        co_return res.error();
      }
      if (keep) {
        conn->lowest().expires_never();
        give_back(std::move(conn));
      }
      co_return res;
    }
    co_return Error(ErrorCode::kUnavailable, "no connection to " + config_.server);
  }

  void report(const HttpResponse& res) {
    for (const auto& w : res.warnings) {
      if (options_.on_warning) {
        options_.on_warning(w);
        continue;
      }
      std::lock_guard lock(mu_);
      if (warned_.insert(w).second) log::warning("warning from the API server", {{"warning", w}});
    }
  }

  Task<Result<HttpResponse>> send_on_pool(HttpRequest r) {
    bool refreshed = false;
    for (int attempt_no = 0;; ++attempt_no) {
      if (options_.qps > 0) co_await sleep(limiter_.take());
      auto creds = config_.credentials();
      if (!creds) co_return creds.error();
      auto res = co_await attempt(r, *creds);
      bool can_retry = attempt_no < options_.max_retries;
      if (!res) {
        if (can_retry && idempotent(r.method) && res.error().code() == ErrorCode::kUnavailable) {
          co_await sleep(backoff(attempt_no));
          continue;
        }
        co_return res.error();
      }
      report(*res);
      if (res->status == 401 && !refreshed) {
        // Tokens rotate and exec credentials expire: fetch them again, once.
        config_.invalidate_credentials();
        refreshed = true;
        continue;
      }
      if (can_retry && (res->status == 429 || (res->status >= 500 && idempotent(r.method)))) {
        if (auto wait = retry_after(*res)) {
          co_await sleep(std::min<std::chrono::milliseconds>(std::max(*wait, backoff(0)), options_.max_backoff));
          continue;
        }
      }
      co_return res;
    }
  }

  Task<Result<std::unique_ptr<ResponseStream>>> stream_on_pool(HttpRequest r, std::chrono::milliseconds idle) {
    bool refreshed = false;
    for (int attempt_no = 0;; ++attempt_no) {
      if (options_.qps > 0) co_await sleep(limiter_.take());
      auto creds = config_.credentials();
      if (!creds) co_return creds.error();
      auto made = co_await connect(*creds);
      if (!made) {
        if (attempt_no < options_.max_retries && made.error().code() == ErrorCode::kUnavailable) {
          co_await sleep(backoff(attempt_no));
          continue;
        }
        co_return made.error();
      }
      auto conn = std::move(*made);
      auto req = build(r, *creds);
      req.set(http::field::accept_encoding, "identity");  // streamed as it comes
      auto timeout = r.timeout.count() > 0 ? r.timeout : options_.timeout;
      conn->lowest().expires_after(timeout);
      boost::system::error_code ec;
      if (conn->tls) std::tie(ec, std::ignore) = co_await http::async_write(*conn->tls, req, kTuple);
      else std::tie(ec, std::ignore) = co_await http::async_write(*conn->plain, req, kTuple);
      if (ec) co_return io_error(ec, "sending " + r.method + " " + r.path);
      auto parser = std::make_unique<http::response_parser<http::buffer_body>>();
      parser->body_limit(std::numeric_limits<std::uint64_t>::max());
      if (conn->tls) std::tie(ec, std::ignore) = co_await http::async_read_header(*conn->tls, conn->buffer, *parser, kTuple);
      else std::tie(ec, std::ignore) = co_await http::async_read_header(*conn->plain, conn->buffer, *parser, kTuple);
      if (ec) co_return io_error(ec, "reading the response to " + r.method + " " + r.path);
      int status = static_cast<int>(parser->get().result_int());
      if (status == 401 && !refreshed) {
        config_.invalidate_credentials();
        refreshed = true;
        continue;
      }
      std::unique_ptr<ResponseStream> s = std::make_unique<StreamImpl>(std::move(conn), std::move(parser), idle);
      co_return s;
    }
  }

  Config config_;
  TransportOptions options_;
  ServerUrl url_;
  asio::thread_pool pool_;
  RateLimiter limiter_;
  std::mutex mu_;
  std::vector<std::unique_ptr<Connection>> idle_;
  std::shared_ptr<ssl::context> ssl_;
  std::string ssl_cert_, ssl_key_;
  std::set<std::string> warned_;
};

}  // namespace

Result<std::shared_ptr<Transport>> Transport::create(Config config, TransportOptions options) {
  WINDLASS_TRY(ServerUrl url, parse_server(config.server));
  return std::shared_ptr<Transport>(std::make_shared<TransportImpl>(std::move(config), std::move(options), std::move(url)));
}

}  // namespace windlass::client
