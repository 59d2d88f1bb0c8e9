#include "auth/service_account_tokens.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/sha.h>
#include <openssl/x509.h>

namespace windlass::apiserver {

namespace {

std::string base64url(std::string_view bytes) {
  static const char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  std::string out;
  std::size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    unsigned v = (static_cast<unsigned char>(bytes[i]) << 16) | (static_cast<unsigned char>(bytes[i + 1]) << 8) |
                 static_cast<unsigned char>(bytes[i + 2]);
    out += {kAlphabet[v >> 18], kAlphabet[(v >> 12) & 63], kAlphabet[(v >> 6) & 63], kAlphabet[v & 63]};
  }
  if (i + 1 == bytes.size()) {
    unsigned v = static_cast<unsigned char>(bytes[i]) << 16;
    out += {kAlphabet[v >> 18], kAlphabet[(v >> 12) & 63]};
  } else if (i + 2 == bytes.size()) {
    unsigned v = (static_cast<unsigned char>(bytes[i]) << 16) | (static_cast<unsigned char>(bytes[i + 1]) << 8);
    out += {kAlphabet[v >> 18], kAlphabet[(v >> 12) & 63], kAlphabet[(v >> 6) & 63]};
  }
  return out;
}

std::optional<std::string> unbase64url(std::string_view text) {
  std::string out;
  unsigned acc = 0;
  int bits = 0;
  for (char c : text) {
    int v = c >= 'A' && c <= 'Z' ? c - 'A' : c >= 'a' && c <= 'z' ? c - 'a' + 26 : c >= '0' && c <= '9' ? c - '0' + 52
          : c == '-' ? 62 : c == '_' ? 63 : -1;
    if (v < 0) return std::nullopt;
    acc = (acc << 6) | static_cast<unsigned>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((acc >> bits) & 0xFF);
    }
  }
  return out;
}

Error unauthorized(std::string why) { return Error(ErrorCode::kUnauthorized, std::move(why)); }

Error openssl_error(const std::string& what) {
  unsigned long e = ERR_get_error();
  char buf[256] = "unknown error";
  if (e) ERR_error_string_n(e, buf, sizeof buf);
  ERR_clear_error();
  return Error(ErrorCode::kInternal, what + ": " + buf);
}

constexpr std::size_t kCoordinate = 32;  // P-256

}  // namespace

struct ServiceAccountTokenKey::Impl {
  EVP_PKEY* key = nullptr;
  ~Impl() { EVP_PKEY_free(key); }
};

ServiceAccountTokenKey::ServiceAccountTokenKey(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
ServiceAccountTokenKey::~ServiceAccountTokenKey() = default;

Result<std::shared_ptr<const ServiceAccountTokenKey>> ServiceAccountTokenKey::generate() {
  EVP_PKEY* key = EVP_EC_gen("P-256");
  if (!key) return openssl_error("generating the service account key");
  BIO* bio = BIO_new(BIO_s_mem());
  bool written = PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr) == 1;
  char* data = nullptr;
  long n = BIO_get_mem_data(bio, &data);
  std::string pem = written && n > 0 ? std::string(data, static_cast<std::size_t>(n)) : "";
  BIO_free(bio);
  EVP_PKEY_free(key);
  if (pem.empty()) return openssl_error("encoding the service account key");
  return from_pem(pem);
}

Result<std::shared_ptr<const ServiceAccountTokenKey>> ServiceAccountTokenKey::from_pem(const std::string& pem) {
  BIO* bio = BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size()));
  auto impl = std::make_unique<Impl>();
  impl->key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
  BIO_free(bio);
  if (!impl->key) return openssl_error("reading the service account key");
  if (EVP_PKEY_get_base_id(impl->key) != EVP_PKEY_EC || EVP_PKEY_get_bits(impl->key) != 256)
    return Error(ErrorCode::kInvalid, "the service account key must be an EC P-256 key");
  unsigned char* der = nullptr;
  int len = i2d_PUBKEY(impl->key, &der);
  if (len <= 0) return openssl_error("encoding the service account public key");
  unsigned char digest[SHA256_DIGEST_LENGTH];
  SHA256(der, static_cast<std::size_t>(len), digest);
  OPENSSL_free(der);
  std::shared_ptr<ServiceAccountTokenKey> k(new ServiceAccountTokenKey(std::move(impl)));
  k->private_pem_ = pem;
  k->key_id_ = base64url(std::string_view(reinterpret_cast<const char*>(digest), sizeof digest));
  return std::shared_ptr<const ServiceAccountTokenKey>(std::move(k));
}

Result<std::string> ServiceAccountTokenKey::sign(const Json& claims) const {
  Json header = {{"alg", "ES256"}, {"kid", key_id_}};
  std::string input = base64url(header.dump()) + "." + base64url(claims.dump());
  EVP_MD_CTX* ctx = EVP_MD_CTX_new();
  std::size_t der_len = 0;
  std::string der;
  bool ok = EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, impl_->key) == 1 &&
            EVP_DigestSign(ctx, nullptr, &der_len, reinterpret_cast<const unsigned char*>(input.data()), input.size()) == 1;
  if (ok) {
    der.resize(der_len);
    ok = EVP_DigestSign(ctx, reinterpret_cast<unsigned char*>(der.data()), &der_len,
                        reinterpret_cast<const unsigned char*>(input.data()), input.size()) == 1;
    der.resize(der_len);
  }
  EVP_MD_CTX_free(ctx);
  if (!ok) return openssl_error("signing a token");
  // JWS wants the raw r||s pair, not OpenSSL's DER sequence.
  const unsigned char* p = reinterpret_cast<const unsigned char*>(der.data());
  ECDSA_SIG* sig = d2i_ECDSA_SIG(nullptr, &p, static_cast<long>(der.size()));
  if (!sig) return openssl_error("decoding a signature");
  std::string raw(2 * kCoordinate, '\0');
  const BIGNUM* r = nullptr;
  const BIGNUM* s = nullptr;
  ECDSA_SIG_get0(sig, &r, &s);
  ok = BN_bn2binpad(r, reinterpret_cast<unsigned char*>(raw.data()), kCoordinate) == kCoordinate &&
       BN_bn2binpad(s, reinterpret_cast<unsigned char*>(raw.data()) + kCoordinate, kCoordinate) == kCoordinate;
  ECDSA_SIG_free(sig);
  if (!ok) return openssl_error("encoding a signature");
  return input + "." + base64url(raw);
}

Result<Json> ServiceAccountTokenKey::verify(const std::string& token) const {
  auto dot1 = token.find('.');
  auto dot2 = dot1 == std::string::npos ? dot1 : token.find('.', dot1 + 1);
  if (dot2 == std::string::npos || token.find('.', dot2 + 1) != std::string::npos)
    return unauthorized("not a JSON web token");
  auto header_text = unbase64url(std::string_view(token).substr(0, dot1));
  auto claims_text = unbase64url(std::string_view(token).substr(dot1 + 1, dot2 - dot1 - 1));
  auto raw = unbase64url(std::string_view(token).substr(dot2 + 1));
  if (!header_text || !claims_text || !raw) return unauthorized("not a JSON web token");
  auto header = parse_json(*header_text);
  auto claims = parse_json(*claims_text);
  if (!header || !claims || !header->is_object() || !claims->is_object()) return unauthorized("not a JSON web token");
  if (header->value("alg", "") != "ES256" || header->value("kid", "") != key_id_)
    return unauthorized("the token was not signed by this server");
  if (raw->size() != 2 * kCoordinate) return unauthorized("invalid signature");
  ECDSA_SIG* sig = ECDSA_SIG_new();
  BIGNUM* r = BN_bin2bn(reinterpret_cast<const unsigned char*>(raw->data()), kCoordinate, nullptr);
  BIGNUM* s = BN_bin2bn(reinterpret_cast<const unsigned char*>(raw->data()) + kCoordinate, kCoordinate, nullptr);
  ECDSA_SIG_set0(sig, r, s);
  unsigned char* der = nullptr;
  int der_len = i2d_ECDSA_SIG(sig, &der);
  ECDSA_SIG_free(sig);
  if (der_len <= 0) return unauthorized("invalid signature");
  std::string input = token.substr(0, dot2);
  EVP_MD_CTX* ctx = EVP_MD_CTX_new();
  bool ok = EVP_DigestVerifyInit(ctx, nullptr, EVP_sha256(), nullptr, impl_->key) == 1 &&
            EVP_DigestVerify(ctx, der, static_cast<std::size_t>(der_len),
                             reinterpret_cast<const unsigned char*>(input.data()), input.size()) == 1;
  EVP_MD_CTX_free(ctx);
  OPENSSL_free(der);
  ERR_clear_error();
  if (!ok) return unauthorized("invalid signature");
  return std::move(*claims);
}

}  // namespace windlass::apiserver
