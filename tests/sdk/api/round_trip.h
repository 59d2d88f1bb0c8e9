// Test helper shared by the typed-kind tests: decode JSON as kube-apiserver returns it, encode
// it back, and expect the same JSON value and the same bytes (unknown fields included).
#pragma once

#include <windlass/api/describe.h>

#include <gtest/gtest.h>

namespace windlass::api {

template <Described T>
T round_trip(const Json& in) {
  auto v = decode<T>(in);
  EXPECT_TRUE(v) << v.error().message();
  if (!v) return T{};
  Json out = encode(*v);
  EXPECT_EQ(out, in) << "in:  " << in.dump() << "\nout: " << out.dump();
  EXPECT_EQ(to_json_string(out), to_json_string(in));
  return *v;
}

template <Described T>
T round_trip(const char* text) {
  return round_trip<T>(Json::parse(text));
}

}  // namespace windlass::api
