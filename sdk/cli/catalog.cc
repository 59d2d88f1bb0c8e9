// `windlass catalog render|validate|serve|graph`: file-based catalogs as opm handles them.
// `serve` is the only networking in the CLI: a small Beast HTTP/1.1 server in front of
// olm::CatalogApi, which does all the answering.
#include "commands.h"

#include <windlass/core/json.h>
#include <windlass/olm/bundle.h>
#include <windlass/olm/catalog.h>
#include <windlass/olm/catalog_api.h>

#include <boost/asio.hpp>
#include <boost/beast.hpp>

// g++ 12 at -O1 mistakes Asio's recycling operator new/delete of coroutine frames for a
// mismatched pair (a known false positive); nothing here allocates frames by hand.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
#endif

#include <cctype>
#include <chrono>
#include <functional>
#include <iostream>
#include <memory>

namespace windlass::cli {

namespace {

struct CatalogArgs {
  std::vector<std::string> bundles;
  std::string image_prefix;
  std::string dir;
  std::string output;
  std::string package;
  std::string channel;
  std::string format = "text";
  std::string address = "127.0.0.1";
  int port = 50051;
  std::string bundles_dir;
};

int run_render(const CatalogArgs& a) {
  for (const auto& d : a.bundles) {
    auto b = olm::load_bundle(d, {.strict = false});
    if (!b) {
      std::cerr << "FATA[0000] " << b.error().message() << "\n";
      return 1;
    }
    for (const auto& f : b->load_findings) std::cerr << "WARN[0000] " << f.to_string() << "\n";
    if (!b->csv()) {
      std::cerr << "FATA[0000] no ClusterServiceVersion in bundle " << d << "\n";
      return 1;
    }
    std::string image = a.image_prefix.empty() ? "" : a.image_prefix + b->name();
    std::cout << olm::to_fbc_json(olm::render_bundle(*b, image)) << "\n";
  }
  return 0;
}

int run_validate(const CatalogArgs& a) {
  if (!a.output.empty() && a.output != "json" && a.output != "yaml") {
    std::cerr << "Error: invalid --output value " << Json(a.output).dump() << ", expected (json|yaml)\n";
    return 1;
  }
  auto cfg = olm::load_catalog(a.dir);
  std::string err = cfg ? olm::validate_catalog(*cfg) : cfg.error().message();
  if (a.output == "json") std::cout << olm::validation_result_json(err);
  if (a.output == "yaml") std::cout << olm::validation_result_yaml(err) << "\n";
  if (!err.empty()) {
    if (a.output.empty()) std::cerr << "FATA[0000] " << err << "\n";
    return 1;
  }
  return 0;
}

int run_graph(const CatalogArgs& a) {
  auto cfg = olm::load_catalog(a.dir);
  if (!cfg) {
    std::cerr << "error: " << cfg.error().message() << "\n";
    return 1;
  }
  std::string channel = a.channel;
  if (channel.empty())
    for (const auto& p : cfg->packages)
      if (p.name == a.package) channel = p.default_channel;
  for (const auto& c : cfg->channels) {
    if (c.package != a.package || c.name != channel) continue;
    std::cout << (a.format == "dot" ? olm::graph_dot(c) : olm::graph_text(c));
    return 0;
  }
  std::cerr << "error: package \"" << a.package << "\" has no channel \"" << channel << "\" in " << a.dir << "\n";
  return 1;
}

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
constexpr auto kTuple = asio::as_tuple(asio::use_awaitable);

// Whether an Accept-Encoding value allows gzip (a q=0 refusal is honoured).
bool accepts_gzip(std::string_view v) {
  std::string s(v);
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  auto pos = s.find("gzip");
  if (pos == std::string::npos) return false;
  auto end = s.find(',', pos);
  std::string param = s.substr(pos + 4, end == std::string::npos ? std::string::npos : end - pos - 4);
  param.erase(std::remove(param.begin(), param.end(), ' '), param.end());
  return param != ";q=0" && param != ";q=0.0" && param != ";q=0.00" && param != ";q=0.000";
}

// The catalog being served. SIGHUP swaps in a reloaded one; the io_context runs on one thread,
// so requests read it without locks, and a request in flight keeps the catalog it started with.
struct Serving {
  std::shared_ptr<const olm::CatalogApi> api;
};

asio::awaitable<void> serve_connection(beast::tcp_stream stream, std::shared_ptr<Serving> serving) {
  beast::flat_buffer buffer;
  for (;;) {
    http::request_parser<http::string_body> parser;
    parser.header_limit(16 * 1024);
    parser.body_limit(64 * 1024);
    stream.expires_after(std::chrono::seconds(60));
    auto [ec, n] = co_await http::async_read(stream, buffer, parser, kTuple);
    if (ec == http::error::end_of_stream || ec == beast::error::timeout || ec == asio::error::connection_reset) break;
    http::response<http::string_body> res;
    bool keep_alive = false;
    bool head = false;
    if (ec) {
      res.result(http::status::bad_request);
      res.set(http::field::content_type, "application/json");
      res.body() = to_json_string(Json{{"code", 400}, {"reason", "BadRequest"}, {"message", ec.message()}}) + "\n";
    } else {
      const auto& req = parser.get();
      head = req.method() == http::verb::head;
      std::shared_ptr<const olm::CatalogApi> api = serving->api;
      olm::ApiReply reply = api->handle({.method = std::string(req.method_string()),
                                         .target = std::string(req.target()),
                                         .if_none_match = std::string(req[http::field::if_none_match]),
                                         .accept_gzip = accepts_gzip(req[http::field::accept_encoding])});
      res.result(static_cast<unsigned>(reply.status));
      res.version(req.version());
      for (const auto& [k, v] : reply.headers) res.set(k, v);
      res.body() = std::move(reply.body);
      keep_alive = req.keep_alive();
    }
    res.set(http::field::server, "windlass-catalog");
    res.keep_alive(keep_alive);
    if (res.result() != http::status::not_modified) res.prepare_payload();
    if (head) {
      // Same headers as GET, no body.
      http::response<http::empty_body> hres{res.result(), res.version()};
      for (const auto& f : res.base()) hres.set(f.name_string(), f.value());
      hres.keep_alive(keep_alive);
      http::response_serializer<http::empty_body> sr{hres};
      sr.split(true);
      auto [wec, wn] = co_await http::async_write_header(stream, sr, kTuple);
      if (wec) break;
    } else {
      auto [wec, wn] = co_await http::async_write(stream, res, kTuple);
      if (wec) break;
    }
    if (!keep_alive) break;
  }
  beast::error_code ignored;
  stream.socket().shutdown(asio::ip::tcp::socket::shutdown_send, ignored);
}

asio::awaitable<void> accept_loop(asio::ip::tcp::acceptor& acceptor, std::shared_ptr<Serving> serving) {
  for (;;) {
    auto [ec, socket] = co_await acceptor.async_accept(kTuple);
    if (ec == asio::error::operation_aborted) co_return;
    if (ec) continue;  // e.g. out of descriptors: keep serving the connections we have
    asio::co_spawn(acceptor.get_executor(), serve_connection(beast::tcp_stream(std::move(socket)), serving),
                   asio::detached);
  }
}

int run_serve(const CatalogArgs& a) {
  auto api = olm::CatalogApi::load(a.dir, {.bundles_dir = a.bundles_dir});
  if (!api) {
    std::cerr << "FATA[0000] invalid catalog " << a.dir << ": " << api.error().message() << "\n";
    return 1;
  }
  auto serving = std::make_shared<Serving>();
  serving->api = std::make_shared<const olm::CatalogApi>(std::move(*api));
  asio::io_context ioc;
  asio::ip::tcp::acceptor acceptor(ioc);
  boost::system::error_code ec;
  auto addr = asio::ip::make_address(a.address, ec);
  if (ec) {
    std::cerr << "Error: invalid --address " << a.address << ": " << ec.message() << "\n";
    return 1;
  }
  asio::ip::tcp::endpoint ep(addr, static_cast<unsigned short>(a.port));
  acceptor.open(ep.protocol(), ec);
  if (!ec) acceptor.set_option(asio::socket_base::reuse_address(true), ec);
  if (!ec) acceptor.bind(ep, ec);
  if (!ec) acceptor.listen(asio::socket_base::max_listen_connections, ec);
  if (ec) {
    std::cerr << "Error: listen on " << a.address << ":" << a.port << ": " << ec.message() << "\n";
    return 1;
  }
  asio::signal_set signals(ioc, SIGINT, SIGTERM);
  signals.async_wait([&](const boost::system::error_code&, int) { ioc.stop(); });
  // SIGHUP reloads the directory: a valid catalog replaces the served one, an invalid one is
  // refused and the previous catalog stays (the server never serves an invalid catalog).
  asio::signal_set hangups(ioc, SIGHUP);
  std::function<void()> await_hangup = [&] {
    hangups.async_wait([&](const boost::system::error_code& wait_error, int) {
      if (wait_error) return;
      auto next = olm::CatalogApi::load(a.dir, {.bundles_dir = a.bundles_dir});
      if (next) {
        serving->api = std::make_shared<const olm::CatalogApi>(std::move(*next));
        std::cout << "reloaded catalog " << a.dir << " (" << serving->api->package_count() << " packages, "
                  << serving->api->bundle_count() << " bundles, digest " << serving->api->digest().substr(0, 12)
                  << ")" << std::endl;
      } else {
        std::cerr << "ERRO[0000] reload refused, still serving digest " << serving->api->digest().substr(0, 12)
                  << ": invalid catalog " << a.dir << ": " << next.error().message() << std::endl;
      }
      await_hangup();
    });
  };
  await_hangup();
  // Announced once the socket listens and the signals are ours, so a script may signal at once.
  auto bound = acceptor.local_endpoint();
  std::string host = bound.address().is_v6() ? "[" + bound.address().to_string() + "]" : bound.address().to_string();
  std::cout << "serving catalog " << a.dir << " (" << serving->api->package_count() << " packages, "
            << serving->api->bundle_count() << " bundles, digest " << serving->api->digest().substr(0, 12)
            << ") on http://" << host << ":" << bound.port() << std::endl;
  asio::co_spawn(ioc, accept_loop(acceptor, serving), asio::detached);
  ioc.run();
  return 0;
}

}  // namespace

void add_catalog_commands(CLI::App& app, int& exit_code) {
  auto* catalog = app.add_subcommand("catalog", "Render, validate and inspect file-based catalogs (FBC)");
  catalog->require_subcommand(1);
  auto a = std::make_shared<CatalogArgs>();

  auto* render = catalog->add_subcommand("render", "Render bundle directories as olm.bundle blobs (JSON lines)");
  render->add_option("bundles", a->bundles, "Bundle directories")->required();
  render->add_option("--image-prefix", a->image_prefix,
                     "Bundle image = prefix + CSV name (e.g. quay.io/org/bundles:); empty leaves image out");
  render->callback([a, &exit_code] { exit_code = run_render(*a); });

  auto* validate = catalog->add_subcommand("validate", "Validate a catalog directory as `opm validate` does");
  validate->add_option("dir", a->dir, "Catalog directory")->required();
  validate->add_option("-o,--output", a->output, "Output format for validation results (json|yaml)");
  validate->callback([a, &exit_code] { exit_code = run_validate(*a); });

  auto* serve = catalog->add_subcommand(
      "serve",
      "Serve a catalog's packages, channels, bundles and upgrade edges over HTTP/JSON (read-only).\n"
      "The catalog is validated first; an invalid one is refused. --port 0 picks a free port and prints it.\n"
      "SIGHUP reloads the directory (an invalid catalog is refused and the served one kept); SIGINT/SIGTERM stop.");
  serve->add_option("dir", a->dir, "Catalog directory")->required();
  serve->add_option("--address", a->address, "Address to listen on")->capture_default_str();
  serve->add_option("-p,--port", a->port, "Port to listen on (0: any free port)")
      ->check(CLI::Range(0, 65535))
      ->capture_default_str();
  serve->add_option("--bundles-dir", a->bundles_dir,
                    "Directory of unpacked bundles that /v1/bundles/{pkg}/{name}/manifests serves from");
  serve->callback([a, &exit_code] { exit_code = run_serve(*a); });

  auto* graph = catalog->add_subcommand("graph", "Print the upgrade graph of a package's channel");
  graph->add_option("package", a->package, "Package name")->required();
  graph->add_option("--catalog", a->dir, "Catalog directory")->required();
  graph->add_option("--channel", a->channel, "Channel (default: the package's default channel)");
  graph->add_option("-o,--output", a->format, "text or dot")->check(CLI::IsMember({"text", "dot"}));
  graph->callback([a, &exit_code] { exit_code = run_graph(*a); });
}

}  // namespace windlass::cli
