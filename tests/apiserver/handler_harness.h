// Sends requests straight to an ApiHandler (no network), for the REST-level tests.
#pragma once

#include "rest/api_handler.h"
#include "storage/memory_store.h"

#include <gtest/gtest.h>

#include <chrono>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace windlass::apiserver::testing {

inline Request make_request(std::string method, const std::string& target, std::string body = "",
                            std::vector<std::pair<std::string, std::string>> headers = {}) {
  Request r;
  r.method = std::move(method);
  r.target = target;
  auto q = target.find('?');
  r.path = target.substr(0, q);
  if (q != std::string::npos) r.query = parse_query(target.substr(q + 1));
  for (auto& [k, v] : headers) r.headers.emplace(k, v);
  r.body = std::move(body);
  return r;
}

// A plain (non-streaming) reply; fails the test for a stream.
inline Response call(ApiHandler& handler, std::string method, const std::string& target,
                     std::string body = "",
                     std::vector<std::pair<std::string, std::string>> headers = {}) {
  Reply reply = handler.handle(make_request(std::move(method), target, std::move(body), std::move(headers)));
  EXPECT_TRUE(std::holds_alternative<Response>(reply)) << target;
  if (!std::holds_alternative<Response>(reply)) return {};
  return std::get<Response>(reply);
}

// Handler options whose clock stands still at 2024-05-01T12:00:00Z.
inline ApiHandlerOptions fixed_clock(ApiHandlerOptions o = {}) {
  o.now = [] { return TimePoint(std::chrono::seconds(1714564800)); };
  return o;
}

// A fresh in-memory store and a bootstrapped handler for each test (fixed clock unless a
// fixture starts its own with other options).
class HandlerTest : public ::testing::Test {
 protected:
  void SetUp() override { start(fixed_clock()); }

  void start(ApiHandlerOptions options) {
    handler_.reset();
    store_ = std::move(*MemoryStore::open({}));
    handler_ = std::make_unique<ApiHandler>(*store_, std::move(options));
    ASSERT_TRUE(handler_->bootstrap());
  }

  Response call(std::string method, const std::string& target, std::string body = "",
                std::vector<std::pair<std::string, std::string>> headers = {}) {
    return testing::call(*handler_, std::move(method), target, std::move(body), std::move(headers));
  }

  std::unique_ptr<MemoryStore> store_;
  std::unique_ptr<ApiHandler> handler_;
};

}  // namespace windlass::apiserver::testing
