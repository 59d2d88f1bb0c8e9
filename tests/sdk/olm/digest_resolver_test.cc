#include "olm_fixtures.h"

#include <windlass/olm/digest_resolver.h>

#include <gtest/gtest.h>

#include <sys/stat.h>

#include <map>
#include <sstream>

namespace windlass::olm {
namespace {

using namespace testing_fixtures;

const std::string kDigest = "sha256:" + std::string(64, '7');

DigestResolver table(std::map<std::string, std::string> t, std::vector<std::string>* asked = nullptr) {
  return [t = std::move(t), asked](const std::string& image) -> Result<std::string> {
    if (asked) asked->push_back(image);
    auto it = t.find(image);
    if (it == t.end()) return Error(ErrorCode::kUnavailable, "manifest unknown");
    return it->second;
  };
}

TEST(PinImage, TheTagIsReplacedAndTheNameKeptAsWritten) {
  std::vector<std::string> asked;
  auto r = table({{"quay.io/org/op:v1", kDigest},
                  {"busybox", kDigest},
                  {"localhost:5000/op", kDigest},
                  {"127.0.0.1:5000/demo/op:v1", kDigest},
                  {"[::1]:5000/demo/op:v2", kDigest}},
                 &asked);
  EXPECT_EQ(*pin_image("quay.io/org/op:v1", r), "quay.io/org/op@" + kDigest);
  EXPECT_EQ(*pin_image("busybox", r), "busybox@" + kDigest);
  EXPECT_EQ(*pin_image("localhost:5000/op", r), "localhost:5000/op@" + kDigest);  // a port is not a tag
  EXPECT_EQ(*pin_image("127.0.0.1:5000/demo/op:v1", r), "127.0.0.1:5000/demo/op@" + kDigest);
  EXPECT_EQ(*pin_image("[::1]:5000/demo/op:v2", r), "[::1]:5000/demo/op@" + kDigest);
  EXPECT_EQ(asked, (std::vector<std::string>{"quay.io/org/op:v1", "busybox", "localhost:5000/op",
                                             "127.0.0.1:5000/demo/op:v1", "[::1]:5000/demo/op:v2"}));
}

TEST(PinImage, AReferenceWithADigestIsKeptWithoutAsking) {
  std::vector<std::string> asked;
  auto r = table({}, &asked);
  std::string pinned = "quay.io/org/op@sha256:" + std::string(64, 'a');
  std::string both = "quay.io/org/op:v1@sha256:" + std::string(64, 'b');
  EXPECT_EQ(*pin_image(pinned, r), pinned);
  EXPECT_EQ(*pin_image(both, r), both);
  EXPECT_TRUE(asked.empty());
}

TEST(PinImage, ErrorsNameTheImage) {
  std::vector<std::string> asked;
  auto r = table({{"quay.io/org/odd:v1", "md5:abc"}}, &asked);
  auto bad = pin_image("quay.io/Org/op:v1", r);
  ASSERT_FALSE(bad.has_value());
  EXPECT_EQ(bad.error().code(), ErrorCode::kInvalid);
  EXPECT_EQ(bad.error().message(), "image quay.io/Org/op:v1: invalid reference format: repository name must be lowercase");
  EXPECT_TRUE(asked.empty());

  auto missing = pin_image("quay.io/org/gone:v1", r);
  ASSERT_FALSE(missing.has_value());
  EXPECT_EQ(missing.error().code(), ErrorCode::kUnavailable);
  EXPECT_EQ(missing.error().message(), "cannot resolve image quay.io/org/gone:v1 to a digest: manifest unknown");

  auto odd = pin_image("quay.io/org/odd:v1", r);
  ASSERT_FALSE(odd.has_value());
  EXPECT_EQ(odd.error().code(), ErrorCode::kInvalid);
  EXPECT_NE(odd.error().message().find("md5:abc is not a sha256 digest"), std::string::npos) << odd.error().message();
}

// A stand-in for skopeo: a shell script, so the argv, the output handling and skopeo's error
// format are checked here; the real skopeo is driven by tests/e2e/olm_digests_test.py.
class FakeSkopeo : public ::testing::Test {
 protected:
  TempDir tmp;
  std::string script(const std::string& body) {
    fs::path p = tmp.path() / "skopeo";
    write(p, "#!/bin/sh\n" + body);
    ::chmod(p.c_str(), 0755);
    return p.string();
  }
  std::string args_file() const { return (tmp.path() / "args").string(); }
  std::string read_args() const {
    std::ifstream in(args_file());
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }
};

TEST_F(FakeSkopeo, InspectIsCalledWithoutAShellAndTheDigestIsTrimmed) {
  auto path = script("for a in \"$@\"; do printf '%s\\n' \"$a\" >> " + args_file() + "; done\necho " + kDigest + "\n");
  auto resolve = skopeo_digest_resolver({.skopeo = path, .timeout = std::chrono::seconds(7)});
  auto d = resolve("quay.io/org/op:v1 $(oops)");
  ASSERT_TRUE(d.has_value()) << d.error().message();
  EXPECT_EQ(*d, kDigest);
  EXPECT_EQ(read_args(),
            "--command-timeout\n7s\ninspect\n--no-tags\n--format\n{{.Digest}}\ndocker://quay.io/org/op:v1 $(oops)\n");
}

TEST_F(FakeSkopeo, SkopeosFatalMessageIsTheError) {
  auto path = script(
      "echo 'time=\"2024-01-01T00:00:00Z\" level=fatal msg=\"Error parsing image name \\\"docker://127.0.0.1:5000/demo/op:v9\\\": "
      "reading manifest v9 in 127.0.0.1:5000/demo/op: manifest unknown: manifest unknown\"' >&2\nexit 1\n");
  auto d = skopeo_digest_resolver({.skopeo = path})("127.0.0.1:5000/demo/op:v9");
  ASSERT_FALSE(d.has_value());
  EXPECT_EQ(d.error().code(), ErrorCode::kUnavailable);
  EXPECT_EQ(d.error().message(),
            "Error parsing image name \"docker://127.0.0.1:5000/demo/op:v9\": reading manifest v9 in "
            "127.0.0.1:5000/demo/op: manifest unknown: manifest unknown");
}

TEST_F(FakeSkopeo, OutputThatIsNotADigestIsAnError) {
  auto path = script("echo '<no value>'\n");
  auto d = skopeo_digest_resolver({.skopeo = path})("quay.io/org/op:v1");
  ASSERT_FALSE(d.has_value());
  EXPECT_EQ(d.error().code(), ErrorCode::kInternal);
  EXPECT_EQ(d.error().message(), "skopeo inspect printed <no value> instead of a sha256 digest");
}

TEST_F(FakeSkopeo, ASkopeoThatHangsIsKilled) {
  auto path = script("exec sleep 60\n");
  auto d = skopeo_digest_resolver({.skopeo = path, .timeout = std::chrono::milliseconds(150)})("quay.io/org/op:v1");
  ASSERT_FALSE(d.has_value());
  EXPECT_EQ(d.error().code(), ErrorCode::kTimeout);
  EXPECT_EQ(d.error().message(), "skopeo inspect did not finish within 300ms");
}

TEST_F(FakeSkopeo, MissingSkopeoSaysToInstallIt) {
  auto d = skopeo_digest_resolver({.skopeo = (tmp.path() / "none" / "skopeo").string()})("quay.io/org/op:v1");
  ASSERT_FALSE(d.has_value());
  EXPECT_EQ(d.error().code(), ErrorCode::kNotFound);
  EXPECT_NE(d.error().message().find("skopeo is needed to resolve image tags to digests"), std::string::npos);
  EXPECT_NE(d.error().message().find("apt-get install skopeo"), std::string::npos);

  auto n = skopeo_digest_resolver({.skopeo = "windlass-no-such-skopeo"})("quay.io/org/op:v1");
  ASSERT_FALSE(n.has_value());
  EXPECT_NE(n.error().message().find("windlass-no-such-skopeo is not on PATH"), std::string::npos);
}

}  // namespace
}  // namespace windlass::olm
