#include "http/certificates.h"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace windlass::apiserver {

namespace {

template <class T, void (*F)(T*)>
struct Deleter {
  void operator()(T* p) const { F(p); }
};
using Key = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using Cert = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;

Error openssl_error(const std::string& what) {
  unsigned long e = ERR_get_error();
  char buf[256] = "unknown error";
  if (e) ERR_error_string_n(e, buf, sizeof buf);
  ERR_clear_error();
  return Error(ErrorCode::kInternal, what + ": " + buf);
}

Result<std::string> bio_text(BIO* bio) {
  char* data = nullptr;
  long n = BIO_get_mem_data(bio, &data);
  if (n <= 0) return openssl_error("writing PEM");
  return std::string(data, static_cast<std::size_t>(n));
}

Result<CertificateAndKey> to_pem(X509* cert, EVP_PKEY* key) {
  Bio cb(BIO_new(BIO_s_mem())), kb(BIO_new(BIO_s_mem()));
  if (!PEM_write_bio_X509(cb.get(), cert)) return openssl_error("encoding certificate");
  if (!PEM_write_bio_PrivateKey(kb.get(), key, nullptr, nullptr, 0, nullptr, nullptr))
    return openssl_error("encoding key");
  WINDLASS_TRY(std::string c, bio_text(cb.get()));
  WINDLASS_TRY(std::string k, bio_text(kb.get()));
  return CertificateAndKey{std::move(c), std::move(k)};
}

Result<Key> new_key() {
  Key key(EVP_EC_gen("P-256"));
  if (!key) return openssl_error("generating key");
  return key;
}

bool add_ext(X509* cert, X509* issuer, int nid, const std::string& value) {
  X509V3_CTX ctx;
  X509V3_set_ctx_nodb(&ctx);
  X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
  X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.c_str());
  if (!ext) return false;
  int ok = X509_add_ext(cert, ext, -1);
  X509_EXTENSION_free(ext);
  return ok == 1;
}

Result<Cert> new_cert(EVP_PKEY* key, const std::string& cn, const std::vector<std::string>& orgs,
                      int days) {
  Cert cert(X509_new());
  if (!cert) return openssl_error("allocating certificate");
  X509_set_version(cert.get(), 2);
  unsigned char serial[16];
  if (RAND_bytes(serial, sizeof serial) != 1) return openssl_error("random serial");
  serial[0] &= 0x7F;  // positive
  BIGNUM* bn = BN_bin2bn(serial, sizeof serial, nullptr);
  BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
  BN_free(bn);
  X509_gmtime_adj(X509_getm_notBefore(cert.get()), -60 * 60);  // tolerate clock skew
  X509_gmtime_adj(X509_getm_notAfter(cert.get()), static_cast<long>(days) * 24 * 60 * 60);
  X509_set_pubkey(cert.get(), key);
  X509_NAME* name = X509_get_subject_name(cert.get());
  for (const auto& o : orgs)
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>(o.c_str()), -1, -1, 0);
  X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                             reinterpret_cast<const unsigned char*>(cn.c_str()), -1, -1, 0);
  return cert;
}

Result<Key> read_key(const std::string& pem) {
  Bio bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
  Key key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
  if (!key) return openssl_error("reading CA key");
  return key;
}

Result<Cert> read_cert(const std::string& pem) {
  Bio bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
  Cert cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
  if (!cert) return openssl_error("reading CA certificate");
  return cert;
}

}  // namespace

Result<CertificateAndKey> generate_ca(const std::string& common_name, int days) {
  WINDLASS_TRY(Key key, new_key());
  WINDLASS_TRY(Cert cert, new_cert(key.get(), common_name, {}, days));
  X509_set_issuer_name(cert.get(), X509_get_subject_name(cert.get()));
  if (!add_ext(cert.get(), cert.get(), NID_basic_constraints, "critical,CA:TRUE") ||
      !add_ext(cert.get(), cert.get(), NID_key_usage, "critical,keyCertSign,cRLSign,digitalSignature") ||
      !add_ext(cert.get(), cert.get(), NID_subject_key_identifier, "hash"))
    return openssl_error("CA extensions");
  if (!X509_sign(cert.get(), key.get(), EVP_sha256())) return openssl_error("signing CA");
  return to_pem(cert.get(), key.get());
}

Result<CertificateAndKey> issue_certificate(const CertificateAndKey& ca,
                                            const CertificateRequest& request) {
  WINDLASS_TRY(Key ca_key, read_key(ca.key_pem));
  WINDLASS_TRY(Cert ca_cert, read_cert(ca.cert_pem));
  WINDLASS_TRY(Key key, new_key());
  WINDLASS_TRY(Cert cert, new_cert(key.get(), request.common_name, request.organizations, request.days));
  X509_set_issuer_name(cert.get(), X509_get_subject_name(ca_cert.get()));
  std::string san;
  for (const auto& d : request.dns_names) san += (san.empty() ? "" : ",") + ("DNS:" + d);
  for (const auto& ip : request.ip_addresses) san += (san.empty() ? "" : ",") + ("IP:" + ip);
  bool ok = add_ext(cert.get(), ca_cert.get(), NID_basic_constraints, "critical,CA:FALSE") &&
            add_ext(cert.get(), ca_cert.get(), NID_key_usage, "critical,digitalSignature,keyEncipherment") &&
            add_ext(cert.get(), ca_cert.get(), NID_ext_key_usage, request.server ? "serverAuth" : "clientAuth") &&
            add_ext(cert.get(), ca_cert.get(), NID_authority_key_identifier, "keyid:always") &&
            (san.empty() || add_ext(cert.get(), ca_cert.get(), NID_subject_alt_name, san));
  if (!ok) return openssl_error("certificate extensions");
  if (!X509_sign(cert.get(), ca_key.get(), EVP_sha256())) return openssl_error("signing certificate");
  return to_pem(cert.get(), key.get());
}

}  // namespace windlass::apiserver
