// A scripted HTTP/1.1 server on 127.0.0.1:0 for transport fault tests: each accepted request
// is answered by the next handler of the script (which may also sleep, send garbage or close
// the connection). Plain sockets and one thread, so the transport under test is the only
// Asio in play.
#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

namespace windlass::client::testing {

struct ReceivedRequest {
  std::string head;  // request line and headers
  std::string body;
};

class FaultServer {
 public:
  // A handler gets the connection's socket and the request; it writes whatever it wants.
  // Returning false closes the connection.
  using Handler = std::function<bool(int fd, const ReceivedRequest& request)>;

  FaultServer() {
    listen_fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    int one = 1;
    ::setsockopt(listen_fd_, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    ::bind(listen_fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
    ::listen(listen_fd_, 16);
    socklen_t len = sizeof addr;
    ::getsockname(listen_fd_, reinterpret_cast<sockaddr*>(&addr), &len);
    port_ = ntohs(addr.sin_port);
    thread_ = std::thread([this] { serve(); });
  }
  ~FaultServer() {
    stopping_ = true;
    ::shutdown(listen_fd_, SHUT_RDWR);
    ::close(listen_fd_);
    thread_.join();
  }

  std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }
  void script(Handler h) {
    std::lock_guard lock(mu_);
    script_.push_back(std::move(h));
  }
  int requests() const { return requests_; }
  std::vector<ReceivedRequest> received() {
    std::lock_guard lock(mu_);
    return received_;
  }

  static void write_all(int fd, const std::string& s) {
    std::size_t off = 0;
    while (off < s.size()) {
      ssize_t n = ::send(fd, s.data() + off, s.size() - off, MSG_NOSIGNAL);
      if (n <= 0) return;
      off += static_cast<std::size_t>(n);
    }
  }
  static std::string response(int code, const std::string& body, const std::string& extra_headers = "") {
    return "HTTP/1.1 " + std::to_string(code) + " X\r\nContent-Type: application/json\r\nContent-Length: " +
           std::to_string(body.size()) + "\r\n" + extra_headers + "\r\n" + body;
  }
  // A handler answering `code` with `body`, keeping the connection.
  static Handler reply(int code, std::string body, std::string extra_headers = "") {
    return [=](int fd, const ReceivedRequest&) {
      write_all(fd, response(code, body, extra_headers));
      return true;
    };
  }

 private:
  bool read_request(int fd, std::string& buf, ReceivedRequest& out) {
    while (buf.find("\r\n\r\n") == std::string::npos) {
      char tmp[4096];
      ssize_t n = ::recv(fd, tmp, sizeof tmp, 0);
      if (n <= 0) return false;
      buf.append(tmp, static_cast<std::size_t>(n));
    }
    auto end = buf.find("\r\n\r\n");
    out.head = buf.substr(0, end);
    buf.erase(0, end + 4);
    std::size_t length = 0;
    std::string lower = out.head;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (auto p = lower.find("content-length:"); p != std::string::npos) length = std::stoul(lower.substr(p + 15));
    while (buf.size() < length) {
      char tmp[4096];
      ssize_t n = ::recv(fd, tmp, sizeof tmp, 0);
      if (n <= 0) return false;
      buf.append(tmp, static_cast<std::size_t>(n));
    }
    out.body = buf.substr(0, length);
    buf.erase(0, length);
    return true;
  }

  void serve() {
    while (!stopping_) {
      int fd = ::accept(listen_fd_, nullptr, nullptr);
      if (fd < 0) return;
      std::string buf;
      while (true) {
        ReceivedRequest req;
        if (!read_request(fd, buf, req)) break;
        Handler h;
        {
          std::lock_guard lock(mu_);
          received_.push_back(req);
          ++requests_;
          if (script_.empty()) {
            h = reply(500, R"({"kind":"Status","apiVersion":"v1","status":"Failure","message":"script exhausted","code":500})");
          } else {
            h = std::move(script_.front());
            script_.pop_front();
          }
        }
        if (!h(fd, req)) break;
      }
      ::close(fd);
    }
  }

  int listen_fd_ = -1;
  unsigned short port_ = 0;
  std::atomic<bool> stopping_{false};
  std::atomic<int> requests_{0};
  std::mutex mu_;
  std::deque<Handler> script_;
  std::vector<ReceivedRequest> received_;
  std::thread thread_;
};

}  // namespace windlass::client::testing
