// apiserver/http/message.h — the HTTP request and reply types the REST layer sees.
//
// They are plain structs so that the REST layer stays free of Beast and Asio: a handler turns
// a Request into either a complete Response or a Stream (a watch), and the HTTP server does
// all the I/O. A Stream is pulled: the server calls `next()` whenever the stream's notify
// callback fires or its timer expires and writes each returned chunk immediately.
#pragma once

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace windlass::apiserver {

// Case-insensitive header names, as HTTP wants them.
struct HeaderLess {
  bool operator()(const std::string& a, const std::string& b) const;
};
using Headers = std::multimap<std::string, std::string, HeaderLess>;

struct Request {
  std::string method;  // "GET", "POST", …
  std::string target;  // raw request target: path plus query
  std::string path;    // percent-decoded path
  std::multimap<std::string, std::string> query;  // percent-decoded
  Headers headers;
  std::string body;
  std::string remote;  // peer address, for logs
  // The identity of a verified TLS client certificate: user = Subject CN, groups = every
  // Subject O (empty when the client sent none).
  std::string cert_user;
  std::vector<std::string> cert_groups;

  // The first value of a header or query parameter, or nullopt.
  std::optional<std::string> header(const std::string& name) const;
  std::optional<std::string> param(const std::string& name) const;
};

struct Response {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;  // extra headers (Warning, …)
};

// A long-lived streamed reply (watch). Called only from the server's connection strand.
class Stream {
 public:
  virtual ~Stream() = default;
  // Installs the callback the stream calls (from any thread) when it has something to say.
  virtual void set_notify(std::function<void()> notify) = 0;
  // The chunks to write now; sets `done` when the stream has ended.
  virtual std::vector<std::string> next(bool& done) = 0;
  // When the server should call next() even without a notification (timeouts, bookmarks).
  virtual std::chrono::steady_clock::time_point wake_at() const = 0;
};

struct StreamResponse {
  int status = 200;
  std::string content_type = "application/json";
  std::vector<std::pair<std::string, std::string>> headers;
  std::shared_ptr<Stream> stream;
};

using Reply = std::variant<Response, StreamResponse>;

// What the server calls for every request. Must be thread-safe.
using RequestHandler = std::function<Reply(const Request&)>;

// Splits "a=1&b=%20x" into decoded pairs ('+' is a space, as Go's url.ParseQuery does).
std::multimap<std::string, std::string> parse_query(std::string_view query);
// Percent-decodes; nullopt on a malformed escape.
std::optional<std::string> percent_decode(std::string_view s, bool plus_is_space);

}  // namespace windlass::apiserver
