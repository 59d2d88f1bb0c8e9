// Test helper: request bodies recorded from real kubectl binaries (tests/data/protobuf, made
// with the spec probe; see its README), and the check that kubectl 1.32's protobuf body for a
// command decodes to the JSON kubectl 1.31 sent for the same command.
#pragma once

#include <windlass/api/protobuf.h>

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

namespace windlass::api {

inline std::string capture(const std::string& name) {
  const char* root = std::getenv("WINDLASS_SOURCE_DIR");
  std::ifstream in(std::string(root ? root : ".") + "/tests/data/protobuf/" + name, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

template <class Kind>
void expect_same_as_json(const std::string& what) {
  auto pb = decode_protobuf_body(capture("kubectl-1.32-create-" + what + ".bin"), Codec<Kind>::ref());
  ASSERT_TRUE(pb) << pb.error().message();
  auto json = parse_json(capture("kubectl-1.31-create-" + what + ".json"));
  ASSERT_TRUE(json) << json.error().message();
  EXPECT_EQ(*pb, *json) << what;
}

}  // namespace windlass::api
