// Sends requests straight to an ApiHandler (no network), for the REST-level tests.
#pragma once

#include "rest/api_handler.h"

#include <gtest/gtest.h>

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

}  // namespace windlass::apiserver::testing
