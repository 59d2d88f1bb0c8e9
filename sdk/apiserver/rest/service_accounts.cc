// serviceaccounts/<name>/token (TokenRequest, what `kubectl create token` sends) and the
// checking of those tokens for TokenReview.
#include "rest/common.h"

#include <windlass/api/authentication/v1/token_request.h>
#include <windlass/core/field_error.h>

namespace windlass::apiserver {

namespace {

constexpr std::int64_t kDefaultExpiration = 3600;
constexpr std::int64_t kMinExpiration = 600;
constexpr std::int64_t kMaxExpiration = std::int64_t{1} << 32;

std::int64_t unix_seconds(TimePoint t) {
  return std::chrono::duration_cast<std::chrono::seconds>(t.time_since_epoch()).count();
}

std::vector<std::string> strings(const Json& v) {
  std::vector<std::string> out;
  if (v.is_array())
    for (const auto& s : v)
      if (s.is_string()) out.push_back(s);
  return out;
}

std::string go_string_list(const std::vector<std::string>& v) {
  std::string s = "[";
  for (std::size_t i = 0; i < v.size(); ++i) s += (i ? " " : "") + v[i];
  return s + "]";
}

}  // namespace

Response ApiHandler::create_token(const Request& req, const Target& t) {
  const auto& token_type = api::Codec<api::authentication::v1::TokenRequest>::ref();
  auto body = decode_body(req, &token_type, false);
  if (!body) return error_response(body.error());
  Json tr = std::move(*body);
  if (tr.contains("apiVersion") && tr["apiVersion"] != "authentication.k8s.io/v1")
    return error_response(make_bad_request("the API version in the data (" + tr["apiVersion"].dump() +
                                           ") does not match the expected API version (authentication.k8s.io/v1)"));
  Json spec = tr.value("spec", Json::object());
  if (!spec.is_object()) spec = Json::object();
  std::int64_t seconds = spec.value("expirationSeconds", kDefaultExpiration);
  FieldErrors errs;
  if (seconds < kMinExpiration)
    errs.push_back(FieldError::invalid("spec.expirationSeconds", std::to_string(seconds), "may not specify a duration less than 10 minutes"));
  if (seconds > kMaxExpiration)
    errs.push_back(FieldError::invalid("spec.expirationSeconds", std::to_string(seconds), "may not specify a duration larger than 2^32 seconds"));
  if (!errs.empty()) return error_response(make_invalid("authentication.k8s.io", "TokenRequest", t.name, to_causes(errs)));

  auto sa = storage_.get(t.type->key(t.ns, t.name));
  if (!sa) return error_response(make_not_found("", "serviceaccounts", t.name));
  std::vector<std::string> audiences = strings(spec.value("audiences", Json::array()));
  if (audiences.empty()) audiences = {kServiceAccountIssuer};

  TimePoint now = options_.now();
  std::string jti = new_uid();
  Json k8s = {{"namespace", t.ns},
              {"serviceaccount", {{"name", t.name}, {"uid", (**sa)["metadata"].value("uid", "")}}}};
  if (spec.contains("boundObjectRef") && spec["boundObjectRef"].is_object()) {
    const Json& ref = spec["boundObjectRef"];
    std::string kind = ref.value("kind", ""), name = ref.value("name", "");
    const ResourceType* bound = kind == "Pod" ? t.catalog->find("", "v1", "pods")
                              : kind == "Secret" ? t.catalog->find("", "v1", "secrets")
                              : kind == "Node" ? t.catalog->find("", "v1", "nodes") : nullptr;
    if (!bound)
      return error_response(make_invalid("authentication.k8s.io", "TokenRequest", t.name,
                                         {FieldError::not_supported("spec.boundObjectRef.kind", kind, {"Pod", "Secret", "Node"}).to_cause()}));
    auto obj = storage_.get(bound->key(bound->info.namespaced ? t.ns : "", name));
    if (!obj) return error_response(make_not_found("", bound->info.plural, name));
    std::string uid = (**obj)["metadata"].value("uid", "");
    if (ref.contains("uid") && ref["uid"].is_string() && !ref["uid"].get_ref<const std::string&>().empty() && ref["uid"] != uid)
      return error_response(make_conflict("", bound->info.plural, name,
                                          "the UID in the bound object reference (" + ref["uid"].get<std::string>() +
                                              ") does not match the UID in record. The object might have been deleted and then recreated"));
    std::string claim = kind == "Pod" ? "pod" : kind == "Secret" ? "secret" : "node";
    k8s[claim] = {{"name", name}, {"uid", uid}};
  }
  Json claims = {{"aud", audiences},
                 {"exp", unix_seconds(now) + seconds},
                 {"iat", unix_seconds(now)},
                 {"iss", kServiceAccountIssuer},
                 {"jti", jti},
                 {"kubernetes.io", k8s},
                 {"nbf", unix_seconds(now)},
                 {"sub", "system:serviceaccount:" + t.ns + ":" + t.name}};
  auto token = options_.service_account_key->sign(claims);
  if (!token) return error_response(token.error());

  spec["audiences"] = audiences;
  spec["expirationSeconds"] = seconds;
  if (!spec.contains("boundObjectRef")) spec["boundObjectRef"] = nullptr;
  Json out = {{"kind", "TokenRequest"},
              {"apiVersion", "authentication.k8s.io/v1"},
              {"metadata", {{"name", t.name}, {"namespace", t.ns}, {"creationTimestamp", format_rfc3339(now)}}},
              {"spec", spec},
              {"status", {{"token", *token}, {"expirationTimestamp", format_rfc3339(now + std::chrono::seconds(seconds))}}}};
  return json_response(201, out);
}

// The status of a TokenReview: who the token's service account is, if the token is one of ours,
// still valid, meant for one of the requested audiences, and its service account (and bound
// object) still exist.
Json ApiHandler::review_token(const Json& spec) {
  auto fail = [](const std::string& why) { return Json{{"user", Json::object()}, {"error", why}}; };
  std::string token = spec.is_object() ? spec.value("token", "") : "";
  auto claims = options_.service_account_key->verify(token);
  if (!claims) return fail("[invalid bearer token, " + claims.error().message() + "]");
  const Json& c = *claims;
  std::int64_t now = unix_seconds(options_.now());
  if (c.value("iss", "") != kServiceAccountIssuer) return fail("[invalid bearer token, token issuer is not ours]");
  if (!c.contains("exp") || !c["exp"].is_number_integer() || c["exp"].get<std::int64_t>() <= now)
    return fail("[invalid bearer token, service account token has expired]");
  if (c.contains("nbf") && c["nbf"].is_number_integer() && c["nbf"].get<std::int64_t>() > now + 60)
    return fail("[invalid bearer token, service account token is not valid yet]");
  std::vector<std::string> wanted = strings(spec.value("audiences", Json::array()));
  if (wanted.empty()) wanted = {kServiceAccountIssuer};
  std::vector<std::string> token_aud = c["aud"].is_string() ? std::vector<std::string>{c["aud"].get<std::string>()} : strings(c.value("aud", Json::array()));
  std::vector<std::string> matched;
  for (const auto& a : wanted)
    if (std::find(token_aud.begin(), token_aud.end(), a) != token_aud.end()) matched.push_back(a);
  if (matched.empty())
    return fail("[invalid bearer token, token audiences " + go_string_list(token_aud) + " is invalid for the target audiences " +
                go_string_list(wanted) + "]");

  const Json& k8s = c.value("kubernetes.io", Json::object());
  std::string ns = k8s.value("namespace", "");
  const Json& sa_claim = k8s.value("serviceaccount", Json::object());
  std::string sa_name = sa_claim.value("name", ""), sa_uid = sa_claim.value("uid", "");
  auto catalog = this->catalog();
  const ResourceType* sas = catalog->find("", "v1", "serviceaccounts");
  auto sa = storage_.get(sas->key(ns, sa_name));
  if (!sa || (**sa)["metadata"].value("uid", "") != sa_uid)
    return fail("[invalid bearer token, service account " + ns + "/" + sa_name + " has been deleted]");
  Json extra = {{"authentication.kubernetes.io/credential-id", {"JTI=" + c.value("jti", "")}}};
  for (const char* bound : {"pod", "secret", "node"}) {
    if (!k8s.contains(bound)) continue;
    const Json& ref = k8s[bound];
    const ResourceType* rt = catalog->find("", "v1", std::string(bound) + "s");
    auto obj = storage_.get(rt->key(rt->info.namespaced ? ns : "", ref.value("name", "")));
    if (!obj || (**obj)["metadata"].value("uid", "") != ref.value("uid", ""))
      return fail("[invalid bearer token, " + std::string(bound) + " " + ref.value("name", "") + " the token is bound to no longer exists]");
    if (std::string(bound) == "pod") {
      extra["authentication.kubernetes.io/pod-name"] = {ref.value("name", "")};
      extra["authentication.kubernetes.io/pod-uid"] = {ref.value("uid", "")};
    }
  }
  return Json{{"authenticated", true},
              {"user",
               {{"username", "system:serviceaccount:" + ns + ":" + sa_name},
                {"uid", sa_uid},
                {"groups", {"system:serviceaccounts", "system:serviceaccounts:" + ns, "system:authenticated"}},
                {"extra", extra}}},
              {"audiences", matched}};
}

}  // namespace windlass::apiserver
