#include <windlass/api/protobuf.h>

#include <gtest/gtest.h>

#include "kubectl_capture.h"

namespace pbtest {

struct Item {
  std::string name;
  std::int32_t count = 0;
  bool on = false;
  windlass::Quantity size;
  windlass::IntOrString port;
  std::optional<windlass::Time> when;
  std::map<std::string, std::string> labels;
  std::vector<std::string> tags;
  std::vector<std::int64_t> numbers;
  windlass::api::Bytes blob;
  windlass::Json raw;
  std::string not_on_the_wire;
  // Go embeds a struct holding these two: inline in JSON, message 12 in protobuf.
  std::string source_path;
  std::int32_t source_mode = 0;
};
WINDLASS_API_DESCRIBED(Item);

WINDLASS_API_DESCRIBE(Item, d) {
  d.field("name", &Item::name).proto(1);
  d.field("count", &Item::count).proto(2);
  d.field("on", &Item::on).proto(3);
  d.field("size", &Item::size).proto(4);
  d.field("port", &Item::port).proto(5);
  d.field("when", &Item::when).proto(6);
  d.field("labels", &Item::labels).proto(7);
  d.field("tags", &Item::tags).proto(8);
  d.field("numbers", &Item::numbers).proto(9);
  d.field("blob", &Item::blob).proto(10);
  d.field("raw", &Item::raw).proto(11);
  d.field("notOnTheWire", &Item::not_on_the_wire);
  d.field("path", &Item::source_path).proto_embedded(12, 1);
  d.field("mode", &Item::source_mode).proto_embedded(12, 2);
}

}  // namespace pbtest

namespace windlass::api {
namespace {

// A minimal protobuf writer for building test messages.
std::string varint(std::uint64_t v) {
  std::string s;
  do {
    unsigned char b = v & 0x7F;
    v >>= 7;
    if (v) b |= 0x80;
    s += static_cast<char>(b);
  } while (v);
  return s;
}
std::string tag(int n, int wire) { return varint(static_cast<std::uint64_t>(n) << 3 | static_cast<unsigned>(wire)); }
std::string len(int n, std::string_view payload) {
  return tag(n, 2) + varint(payload.size()) + std::string(payload);
}
std::string vint(int n, std::uint64_t v) { return tag(n, 0) + varint(v); }

const TypeRef& item() { return Codec<pbtest::Item>::ref(); }

TEST(Protobuf, DecodesEveryKindOfField) {
  std::string msg = len(1, "web") + vint(2, 3) + vint(3, 1) + len(4, len(1, "1Gi")) +
                    len(5, vint(1, 1) + len(3, "http")) +
                    len(6, vint(1, 1714564800) + vint(2, 0)) +
                    len(7, len(1, "app") + len(2, "web")) + len(7, len(1, "tier") + len(2, "")) +
                    len(8, "a") + len(8, "b") + len(9, varint(1) + varint(300)) + len(10, "\x01\x02") +
                    len(11, len(1, R"({"x":[1]})")) + vint(99, 7) /* unknown: skipped */;
  auto j = protobuf_to_json(msg, item());
  ASSERT_TRUE(j) << j.error().message();
  EXPECT_EQ(*j, Json::parse(R"({"name":"web","count":3,"on":true,"size":"1Gi","port":"http",
      "when":"2024-05-01T12:00:00Z","labels":{"app":"web","tier":""},"tags":["a","b"],
      "numbers":[1,300],"blob":"AQI=","raw":{"x":[1]}})"));
}

TEST(Protobuf, DropsTheEmptyValuesGogoAlwaysWrites) {
  std::string msg = len(1, "") + vint(2, 0) + vint(3, 0) + len(5, vint(1, 0) + vint(2, 8080));
  auto j = protobuf_to_json(msg, item());
  ASSERT_TRUE(j);
  EXPECT_EQ(*j, Json::parse(R"({"port":8080})"));
}

TEST(Protobuf, FieldsOfAnEmbeddedStructComeFromTheirOwnMessage) {
  // name=1 and path=1 share a number; only the message they sit in tells them apart.
  std::string msg = len(1, "web") + len(12, len(1, "/data") + vint(2, 0644) + vint(9, 1));
  auto j = protobuf_to_json(msg, item());
  ASSERT_TRUE(j) << j.error().message();
  EXPECT_EQ(*j, Json::parse(R"({"name":"web","path":"/data","mode":420})"));
  EXPECT_FALSE(protobuf_to_json(len(12, len(1, "x") + tag(2, 2) + varint(50)), item()));
}

TEST(Protobuf, EnvelopeCarriesTypeMeta) {
  std::string body = std::string("k8s\0", 4) + len(1, len(1, "v1") + len(2, "Item")) +
                     len(2, len(1, "x")) + len(3, "") + len(4, "");
  auto j = decode_protobuf_body(body, item());
  ASSERT_TRUE(j) << j.error().message();
  EXPECT_EQ(*j, Json::parse(R"({"apiVersion":"v1","kind":"Item","name":"x"})"));
}

TEST(Protobuf, MalformedInputIsAnErrorWithTheOffset) {
  EXPECT_EQ(parse_protobuf_envelope("{\"a\":1}").error().message(),
            "protobuf body does not start with the k8s\\0 magic");
  auto truncated = protobuf_to_json(tag(1, 2) + varint(10) + "abc", item());
  ASSERT_FALSE(truncated);
  EXPECT_EQ(truncated.error().message(), "invalid protobuf message: length 10 runs past the end at byte 2");
  EXPECT_FALSE(protobuf_to_json("\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff", item()));
  EXPECT_FALSE(protobuf_to_json(vint(1, 5), item()));  // name must be length-delimited
  EXPECT_FALSE(protobuf_to_json(len(11, len(1, "{not json")), item()));
  EXPECT_FALSE(protobuf_to_json(tag(0, 0), item()));
}

TEST(Protobuf, DeepNestingIsRefused) {
  std::string msg;
  // A value of an unknown field is skipped without recursion, however deep.
  for (int i = 0; i < 1000; ++i) msg = len(98, msg);
  EXPECT_TRUE(protobuf_to_json(msg, item()));
}

}  // namespace
}  // namespace windlass::api

// Bodies captured with spec/probe (`kubectl create ...` against the recording fake server).
#include <windlass/api/core/v1/config_map.h>
#include <windlass/api/core/v1/namespace.h>
#include <windlass/api/core/v1/secret.h>
#include <windlass/api/core/v1/service_account.h>

#include <fstream>
#include <sstream>

namespace windlass::api {
namespace {


TEST(ProtobufKubectl, CreateConfigMapDecodesToWhatJsonKubectlSent) {
  expect_same_as_json<core::v1::ConfigMap>("configmap");
}
TEST(ProtobufKubectl, CreateNamespaceDecodesToWhatJsonKubectlSent) {
  expect_same_as_json<core::v1::Namespace>("namespace");
}
TEST(ProtobufKubectl, CreateSecretDecodesToWhatJsonKubectlSent) {
  expect_same_as_json<core::v1::Secret>("secret");
}
TEST(ProtobufKubectl, CreateServiceAccountDecodesToWhatJsonKubectlSent) {
  expect_same_as_json<core::v1::ServiceAccount>("serviceaccount");
}

}  // namespace
}  // namespace windlass::api
