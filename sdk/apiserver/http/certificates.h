// apiserver/http/certificates.h — the self-signed PKI windlass-apiserver makes on first start.
//
// A CA (EC P-256, ten years) signs the serving certificate (SANs for localhost, 127.0.0.1 and
// the bind address) and client certificates (user = Subject CN, groups = Subject O, as
// kube-apiserver reads them). Everything is PEM text.
#pragma once

#include <windlass/core/result.h>

#include <string>
#include <vector>

namespace windlass::apiserver {

struct CertificateAndKey {
  std::string cert_pem;
  std::string key_pem;
};

struct CertificateRequest {
  std::string common_name;
  std::vector<std::string> organizations;
  std::vector<std::string> dns_names;
  std::vector<std::string> ip_addresses;
  bool server = false;  // serverAuth (else clientAuth)
  int days = 365;
};

Result<CertificateAndKey> generate_ca(const std::string& common_name, int days = 3650);
Result<CertificateAndKey> issue_certificate(const CertificateAndKey& ca,
                                            const CertificateRequest& request);

}  // namespace windlass::apiserver
