// windlass-apiserver over the network: HTTPS with the generated CA and client certificates,
// keep-alive, chunked watch streams flushed per event, request limits, and the in-process
// testkit fixture. The client here is Beast's, verifying the server like kubectl does.
#include <windlass/testkit/api_server.h>

#include <windlass/core/json.h>

#include <boost/asio.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast.hpp>
#include <boost/beast/ssl.hpp>

#include <gtest/gtest.h>

namespace windlass {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

class Client {
 public:
  Client(const testkit::ApiServer& server, bool with_cert = true) : ssl_(asio::ssl::context::tls_client) {
    ssl_.add_certificate_authority(asio::buffer(server.ca_pem()));
    ssl_.set_verify_mode(asio::ssl::verify_peer);
    if (with_cert) {
      ssl_.use_certificate_chain(asio::buffer(server.client_cert_pem()));
      ssl_.use_private_key(asio::buffer(server.client_key_pem()), asio::ssl::context::pem);
    }
    stream_ = std::make_unique<beast::ssl_stream<beast::tcp_stream>>(ioc_, ssl_);
    stream_->set_verify_callback(asio::ssl::host_name_verification("127.0.0.1"));
    beast::get_lowest_layer(*stream_).connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), server.port()));
    stream_->handshake(asio::ssl::stream_base::client);
  }

  http::response<http::string_body> send(http::verb verb, const std::string& target, std::string body = "",
                                         const std::string& content_type = "application/json") {
    http::request<http::string_body> req{verb, target, 11};
    req.set(http::field::host, "127.0.0.1");
    if (!body.empty()) req.set(http::field::content_type, content_type);
    req.body() = std::move(body);
    req.prepare_payload();
    http::write(*stream_, req);
    http::response<http::string_body> res;
    http::read(*stream_, buffer_, res);
    return res;
  }

  // Starts a request whose response is streamed; read it with next_chunk().
  void start_stream(const std::string& target) {
    http::request<http::empty_body> req{http::verb::get, target, 11};
    req.set(http::field::host, "127.0.0.1");
    http::write(*stream_, req);
    parser_.body_limit(boost::none);
    http::read_header(*stream_, buffer_, parser_);
  }
  const http::response_parser<http::buffer_body>& stream_parser() const { return parser_; }
  // Reads until one whole line (a watch event) arrived; "" when the stream ended.
  std::string next_line() {
    for (;;) {
      auto nl = pending_.find('\n');
      if (nl != std::string::npos) {
        std::string line = pending_.substr(0, nl);
        pending_.erase(0, nl + 1);
        return line;
      }
      if (parser_.is_done()) return "";
      char buf[4096];
      parser_.get().body().data = buf;
      parser_.get().body().size = sizeof buf;
      beast::error_code ec;
      http::read_some(*stream_, buffer_, parser_, ec);
      if (ec && ec != http::error::need_buffer) return "";
      pending_.append(buf, sizeof buf - parser_.get().body().size);
    }
  }

 private:
  asio::io_context ioc_;
  asio::ssl::context ssl_;
  std::unique_ptr<beast::ssl_stream<beast::tcp_stream>> stream_;
  beast::flat_buffer buffer_;
  http::response_parser<http::buffer_body> parser_;
  std::string pending_;
};

std::unique_ptr<testkit::ApiServer> start() {
  auto s = testkit::ApiServer::start();
  EXPECT_TRUE(s) << s.error().message();
  return std::move(*s);
}

TEST(ApiServerHttp, ServesHttpsVerifiedByItsOwnCaOnOneKeptAliveConnection) {
  auto server = start();
  Client c(*server);
  auto v = c.send(http::verb::get, "/version");
  EXPECT_EQ(v.result_int(), 200);
  EXPECT_EQ(Json::parse(v.body())["minor"], "32");
  auto ns = c.send(http::verb::get, "/api/v1/namespaces/default");
  EXPECT_EQ(ns.result_int(), 200);
  EXPECT_EQ(ns[http::field::content_type], "application/json");
  EXPECT_EQ(Json::parse(ns.body())["metadata"]["name"], "default");
}

TEST(ApiServerHttp, ClientsWithoutACertificateStillConnect) {
  auto server = start();
  Client c(*server, false);
  EXPECT_EQ(c.send(http::verb::get, "/healthz").body(), "ok");
}

TEST(ApiServerHttp, WatchStreamsEachEventAsItHappens) {
  auto server = start();
  Client watcher(*server);
  watcher.start_stream("/api/v1/namespaces/default/configmaps?watch=1&resourceVersion=" +
                       std::to_string(server->resource_version()));
  EXPECT_EQ(watcher.stream_parser().get().result_int(), 200);
  EXPECT_TRUE(watcher.stream_parser().chunked());
  Client writer(*server);
  auto created = writer.send(http::verb::post, "/api/v1/namespaces/default/configmaps",
                             R"({"metadata":{"name":"live"},"data":{"a":"1"}})");
  ASSERT_EQ(created.result_int(), 201) << created.body();
  Json ev = Json::parse(watcher.next_line());
  EXPECT_EQ(ev["type"], "ADDED");
  EXPECT_EQ(ev["object"]["metadata"]["name"], "live");
  ASSERT_EQ(writer.send(http::verb::delete_, "/api/v1/namespaces/default/configmaps/live").result_int(), 200);
  EXPECT_EQ(Json::parse(watcher.next_line())["type"], "DELETED");
}

TEST(ApiServerHttp, WatchEndsCleanlyAfterTimeoutSeconds) {
  auto server = start();
  Client watcher(*server);
  watcher.start_stream("/api/v1/namespaces?watch=1&timeoutSeconds=0&resourceVersion=" +
                       std::to_string(server->resource_version()));
  EXPECT_EQ(watcher.next_line(), "");
  EXPECT_TRUE(watcher.stream_parser().is_done());
}

TEST(ApiServerHttp, StoppingTheServerEndsOpenWatches) {
  auto server = start();
  Client watcher(*server);
  watcher.start_stream("/api/v1/namespaces?watch=1&resourceVersion=" + std::to_string(server->resource_version()));
  server->stop();
  EXPECT_EQ(watcher.next_line(), "");
}

TEST(ApiServerHttp, OversizedBodiesAre413) {
  auto server = start();
  Client c(*server);
  std::string big(3 * 1024 * 1024 + 1, 'x');
  auto r = c.send(http::verb::post, "/api/v1/namespaces/default/configmaps", big);
  EXPECT_EQ(r.result_int(), 413);
  EXPECT_EQ(Json::parse(r.body())["reason"], "RequestEntityTooLarge");
}

}  // namespace
}  // namespace windlass
