#include <windlass/core/base64.h>

#include <gtest/gtest.h>

namespace windlass {
namespace {

TEST(Base64, EncodesRfc4648Vectors) {
  EXPECT_EQ(base64_encode(""), "");
  EXPECT_EQ(base64_encode("f"), "Zg==");
  EXPECT_EQ(base64_encode("fo"), "Zm8=");
  EXPECT_EQ(base64_encode("foo"), "Zm9v");
  EXPECT_EQ(base64_encode("foob"), "Zm9vYg==");
  EXPECT_EQ(base64_encode("fooba"), "Zm9vYmE=");
  EXPECT_EQ(base64_encode("foobar"), "Zm9vYmFy");
  EXPECT_EQ(base64_encode(std::string("\xff\x00\xfe", 3)), "/wD+");
}

TEST(Base64, DecodesWhatItEncodes) {
  for (std::string s : {"", "f", "fo", "foo", "foob", "fooba", "foobar"}) {
    auto d = base64_decode(base64_encode(s));
    ASSERT_TRUE(d) << s;
    EXPECT_EQ(*d, s);
  }
}

TEST(Base64, RejectsWhatGoRejectsWithTheByteOffset) {
  EXPECT_EQ(base64_decode("Zm9").error().message(), "illegal base64 data at input byte 0");
  EXPECT_EQ(base64_decode("Zm9v!A==").error().message(), "illegal base64 data at input byte 4");
  EXPECT_EQ(base64_decode("Zg=a").error().message(), "illegal base64 data at input byte 2");
  EXPECT_EQ(base64_decode("Zg==Zg==").error().message(), "illegal base64 data at input byte 2");
  EXPECT_EQ(base64_decode("Zm 9").error().message(), "illegal base64 data at input byte 2");
}

}  // namespace
}  // namespace windlass
