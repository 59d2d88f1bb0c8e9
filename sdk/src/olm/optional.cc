// The optional validators of `bundle validate --select-optional` and the CSV accessors they
// share with the default ones.
#include "csv_util.h"

#include <windlass/core/field_error.h>
#include <windlass/core/semver.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>

namespace windlass::olm::internal {

namespace {

std::vector<Json> objects_of(const Json* a) {
  std::vector<Json> out;
  if (!a) return out;
  for (const Json& e : *a)
    if (e.is_object()) out.push_back(e);
  return out;
}

std::vector<Json> section(const Json& csv, const char* group, const char* which) {
  const Json* spec = obj(csv, "spec");
  const Json* g = spec ? obj(*spec, group) : nullptr;
  return objects_of(g ? arr(*g, which) : nullptr);
}

const Json* install_spec(const Json& csv) {
  const Json* spec = obj(csv, "spec");
  const Json* in = spec ? obj(*spec, "install") : nullptr;
  return in ? obj(*in, "spec") : nullptr;
}

std::string csv_name(const Json& csv) {
  const Json* m = obj(csv, "metadata");
  return m ? str(*m, "name") : "";
}

// Go's %+q of a []string: ["a" "b"] with non-ASCII escaped.
std::string go_quote_list(const std::vector<std::string>& v) {
  std::string out = "[";
  for (std::size_t i = 0; i < v.size(); ++i) out += (i ? " " : "") + go_quote(v[i]);
  return out + "]";
}

std::string trim(std::string s) {
  s.erase(0, s.find_first_not_of(" \t\r\n"));
  auto e = s.find_last_not_of(" \t\r\n");
  s.erase(e == std::string::npos ? 0 : e + 1);
  return s;
}

std::string mail_problem(const std::string& email) {
  auto at = email.find('@');
  if (at == std::string::npos) return "mail: missing @ in addr-spec";
  if (at == 0) return "mail: invalid string";
  if (at + 1 >= email.size()) return "mail: no angle-addr";
  for (char c : email)
    if (c == ' ' || c == ',' || c == ';' || static_cast<unsigned char>(c) < 0x20) return "mail: expected single address";
  return "";
}

std::string url_problem(const std::string& u) {
  // url.ParseRequestURI: an absolute URI or an absolute path.
  auto colon = u.find(':');
  bool scheme = colon != std::string::npos && colon > 0 && std::isalpha(static_cast<unsigned char>(u[0]));
  for (std::size_t i = 0; scheme && i < colon; ++i) {
    char c = u[i];
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.') scheme = false;
  }
  if (scheme || (!u.empty() && u[0] == '/')) {
    for (char c : u)
      if (static_cast<unsigned char>(c) < 0x20 || c == ' ')
        return "parse " + go_quote(u) + ": invalid character " + go_quote(std::string(1, c)) + " in URL";
    return "";
  }
  return "parse " + go_quote(u) + ": invalid URI for request";
}

ManifestResult csv_nil(const Bundle& b) {
  ManifestResult r{.name = b.name()};
  r.add(Finding::error(kInvalidBundle, "Bundle csv is nil", "", b.name()));
  return r;
}

// --- alpha-deprecated-apis ----------------------------------------------------------------

struct Removed {
  std::string version;  // "1.22"
  std::map<std::string, std::vector<std::string>> errors;
  std::map<std::string, std::vector<std::string>> warnings;
};

std::string removed_message(const std::string& ver, const std::map<std::string, std::vector<std::string>>& found) {
  std::string list;
  for (const auto& [k, v] : found) list += k + ": (" + go_quote_list(v) + ")" + (found.size() > 1 ? "," : "");
  std::string dashed = ver;
  std::replace(dashed.begin(), dashed.end(), '.', '-');
  return "this bundle is using APIs which were deprecated and removed in v" + ver +
         ". More info: https://kubernetes.io/docs/reference/using-api/deprecation-guide/#v" + dashed +
         ". Migrate the API(s) for " + list;
}

std::vector<Removed> removed_apis(const Bundle& b, const Json& csv) {
  Removed r22{"1.22"}, r25{"1.25"}, r26{"1.26"};
  static const std::map<std::string, std::set<std::string>> v122 = {
      {"scheduling.k8s.io/v1beta1", {"PriorityClass"}},
      {"rbac.authorization.k8s.io/v1beta1", {"Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding"}},
      {"apiregistration.k8s.io/v1beta1", {"APIService"}},
      {"authentication.k8s.io/v1beta1", {"TokenReview"}},
      {"authorization.k8s.io/v1beta1", {"LocalSubjectAccessReview", "SelfSubjectAccessReview", "SubjectAccessReview"}},
      {"admissionregistration.k8s.io/v1beta1", {"MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"}},
      {"coordination.k8s.io/v1beta1", {"Lease"}},
      {"extensions/v1beta1", {"Ingress"}},
      {"networking.k8s.io/v1beta1", {"Ingress", "IngressClass"}},
      {"storage.k8s.io/v1beta1", {"CSIDriver", "CSINode", "StorageClass", "VolumeAttachment"}},
      {"certificates.k8s.io/v1beta1", {"CertificateSigningRequest"}},
  };
  static const std::map<std::string, std::set<std::string>> v125 = {
      {"batch/v1beta1", {"CronJob"}},
      {"discovery.k8s.io/v1beta1", {"EndpointSlice"}},
      {"events.k8s.io/v1beta1", {"Event"}},
      {"autoscaling/v2beta1", {"HorizontalPodAutoscaler"}},
      {"policy/v1beta1", {"PodDisruptionBudget", "PodSecurityPolicy"}},
      {"node.k8s.io/v1beta1", {"RuntimeClass"}},
  };
  for (const ManifestObject& o : b.objects) {
    std::string av = str(o.object, "apiVersion"), kind = str(o.object, "kind");
    const Json* m = obj(o.object, "metadata");
    std::string name = m ? str(*m, "name") : "";
    if (kind == "CustomResourceDefinition" && av == "apiextensions.k8s.io/v1beta1") r22.errors["CRD"].push_back(name);
    if (auto it = v122.find(av); it != v122.end() && it->second.count(kind)) r22.errors[kind].push_back(name);
    if (auto it = v125.find(av); it != v125.end() && it->second.count(kind)) r25.errors[kind].push_back(name);
    if (av == "autoscaling/v2beta2" && kind == "HorizontalPodAutoscaler") r26.errors[kind].push_back(name);
  }
  // Permissions on PodSecurityPolicies: RBAC rules carry no version, so only a warning.
  if (const Json* is = install_spec(csv)) {
    for (const char* field : {"permissions", "clusterPermissions"}) {
      auto perms = objects_of(arr(*is, field));
      for (std::size_t i = 0; i < perms.size(); ++i) {
        auto rules = objects_of(arr(perms[i], "rules"));
        for (std::size_t j = 0; j < rules.size(); ++j) {
          const Json* groups = arr(rules[j], "apiGroups");
          const Json* res = arr(rules[j], "resources");
          if (!groups || !res) continue;
          bool policy = std::any_of(groups->begin(), groups->end(), [](const Json& g) { return g == "policy"; });
          bool psp = std::any_of(res->begin(), res->end(), [](const Json& g) { return g == "podsecuritypolicies"; });
          if (policy && psp)
            r25.warnings["podsecuritypolicies"].push_back(
                std::string("ClusterServiceVersion.Spec.InstallStrategy.StrategySpec.") +
                (std::string(field) == "permissions" ? "Permissions" : "ClusterPermissions") + "[" +
                std::to_string(i) + "].Rules[" + std::to_string(j) + "]");
        }
      }
    }
  }
  return {r22, r25, r26};
}

void deprecated_apis(const Bundle& b, const Json& csv, const std::string& k8s_version, std::vector<std::string>& errs,
                     std::vector<std::string>& warns) {
  std::optional<Version> provided;
  if (!k8s_version.empty()) {
    auto v = Version::parse_tolerant(k8s_version);
    if (!v) {
      errs.push_back("invalid value informed via the k8s key option : " + k8s_version);
    } else {
      provided = *v;
    }
  }
  std::optional<Version> min_kube;
  const Json* spec = obj(csv, "spec");
  std::string mk = spec ? str(*spec, "minKubeVersion") : "";
  if (!mk.empty()) {
    auto v = Version::parse_tolerant(mk);
    if (!v) {
      errs.push_back("unable to use csv.Spec.MinKubeVersion to verify the CRD/Webhook apis because it has an "
                     "invalid value: " + mk);
    } else {
      min_kube = *v;
    }
  }
  for (const Removed& r : removed_apis(b, csv)) {
    Version target = Version::parse(r.version + ".0").value();
    bool is_error = (provided && *provided >= target) || (min_kube && *min_kube >= target);
    if (!r.errors.empty()) (is_error ? errs : warns).push_back(removed_message(r.version, r.errors));
    if (!r.warnings.empty()) warns.push_back(removed_message(r.version, r.warnings));
  }
}

ManifestResult alpha_deprecated_apis(const Bundle& b, const std::map<std::string, std::string>& values) {
  const Json* csv = b.csv();
  if (!csv) return csv_nil(b);
  ManifestResult r{.name = b.name()};
  std::vector<std::string> errs, warns;
  auto it = values.find("k8s-version");
  deprecated_apis(b, *csv, it == values.end() ? "" : it->second, errs, warns);
  for (auto& e : errs) r.add(Finding::error(kFailedValidation, e, "", csv_name(*csv)));
  for (auto& w : warns) r.add(Finding::warning(kFailedValidation, w, "", csv_name(*csv)));
  return r;
}

// --- operatorhubv2 ------------------------------------------------------------------------

ManifestResult operatorhub_v2(const Bundle& b, const std::map<std::string, std::string>& values) {
  const Json* csvp = b.csv();
  if (!csvp) return csv_nil(b);
  const Json& csv = *csvp;
  std::string name = csv_name(csv);
  ManifestResult r{.name = b.name()};
  std::vector<std::string> errs, warns;
  const Json* spec = obj(csv, "spec");
  static const Json empty = Json::object();
  if (!spec) spec = &empty;
  const Json* provider = obj(*spec, "provider");
  if (trim(provider ? str(*provider, "name") : "").empty()) errs.push_back("csv.Spec.Provider.Name not specified");
  for (const Json& m : objects_of(arr(*spec, "maintainers"))) {
    if (str(m, "name").empty() || str(m, "email").empty())
      errs.push_back("csv.Spec.Maintainers elements should contain both name and email");
    if (std::string e = str(m, "email"); !e.empty())
      if (auto p = mail_problem(e); !p.empty()) errs.push_back("csv.Spec.Maintainers email " + e + " is invalid: " + p);
  }
  for (const Json& l : objects_of(arr(*spec, "links"))) {
    if (str(l, "name").empty() || str(l, "url").empty())
      errs.push_back("csv.Spec.Links elements should contain both name and url");
    if (std::string u = str(l, "url"); !u.empty())
      if (auto p = url_problem(u); !p.empty()) errs.push_back("csv.Spec.Links url " + u + " is invalid: " + p);
  }
  if (csv_version_string(csv) == "0.0.0") errs.push_back("csv.Spec.Version must be set");
  if (const Json* icons = arr(*spec, "icon")) {
    if (icons->size() != 1) errs.push_back("csv.Spec.Icon should only have one element");
    if (!icons->empty() && (*icons)[0].is_object()) {
      const Json& icon = (*icons)[0];
      std::string mt = str(icon, "mediatype");
      if (mt.empty() || str(icon, "base64data").empty())
        errs.push_back("csv.Spec.Icon elements should contain both data and mediatype");
      static const std::set<std::string> valid = {"image/gif", "image/jpeg", "image/png", "image/svg+xml"};
      if (!mt.empty() && !valid.count(mt)) errs.push_back("csv.Spec.Icon " + mt + " does not have a valid mediatype");
    }
  } else {
    warns.push_back("csv.Spec.Icon not specified");
  }
  for (const Finding& f : min_kube_version_findings(csv, name)) {
    std::string d = f.detail.substr(name.size() + 3);
    (f.level == Level::kError ? errs : warns).push_back(d);
  }
  for (auto& e : errs) r.add(Finding::csv(Level::kError, e, name));
  for (auto& w : warns) r.add(Finding::csv(Level::kWarning, w, name));
  std::vector<std::string> derrs, dwarns;
  auto it = values.find("k8s-version");
  deprecated_apis(b, csv, it == values.end() ? "" : it->second, derrs, dwarns);
  for (auto& e : derrs) r.add(Finding::error(kFailedValidation, e, "", name));
  for (auto& w : dwarns) r.add(Finding::warning(kFailedValidation, w, "", name));
  return r;
}

// --- capabilities / categories ------------------------------------------------------------

ManifestResult capabilities(const Bundle& b) {
  const Json* csv = b.csv();
  if (!csv) return csv_nil(b);
  ManifestResult r{.name = b.name()};
  const Json* m = obj(*csv, "metadata");
  const Json* a = m ? obj(*m, "annotations") : nullptr;
  if (a && a->contains("capabilities")) {
    static const std::set<std::string> levels = {"Basic Install", "Seamless Upgrades", "Full Lifecycle",
                                                 "Deep Insights", "Auto Pilot"};
    std::string v = str(*a, "capabilities");
    if (!levels.count(v))
      r.add(Finding::csv(Level::kError,
                         "csv.Metadata.Annotations.Capabilities " + go_quote(v) + " is not a valid capabilities level",
                         csv_name(*csv)));
  }
  return r;
}

ManifestResult categories(const Bundle& b) {
  const Json* csv = b.csv();
  if (!csv) return csv_nil(b);
  ManifestResult r{.name = b.name()};
  std::set<std::string> allowed = {"AI/Machine Learning", "Application Runtime", "Big Data", "Cloud Provider",
                                   "Developer Tools", "Database", "Integration & Delivery", "Logging & Tracing",
                                   "Monitoring", "Modernization & Migration", "Networking", "OpenShift Optional",
                                   "Security", "Storage", "Streaming & Messaging", "Observability"};
  std::string kind = "standard categories";
  if (const char* path = std::getenv("OPERATOR_BUNDLE_CATEGORIES"); path && *path) {
    std::ifstream in(path);
    std::stringstream ss;
    ss << in.rdbuf();
    auto j = parse_json(ss.str());
    if (!in || !j || !j->is_object() || !j->contains("categories") || !(*j)["categories"].is_array()) {
      r.add(Finding::csv(Level::kError, std::string("could not extract custom categories from categories ") + path,
                         csv_name(*csv)));
      return r;
    }
    allowed.clear();
    for (const Json& c : (*j)["categories"])
      if (c.is_string()) allowed.insert(c.get<std::string>());
    kind = "custom categories";
  }
  const Json* m = obj(*csv, "metadata");
  const Json* a = m ? obj(*m, "annotations") : nullptr;
  if (a && a->contains("categories")) {
    std::string v = str(*a, "categories");
    std::size_t pos = 0;
    while (pos <= v.size()) {
      auto comma = v.find(',', pos);
      std::string c = trim(v.substr(pos, comma == std::string::npos ? std::string::npos : comma - pos));
      if (!allowed.count(c))
        r.add(Finding::csv(Level::kError,
                           "csv.Metadata.Annotations[\"categories\"] value " + go_quote(c) +
                               " is not in the set of " + kind,
                           csv_name(*csv)));
      if (comma == std::string::npos) break;
      pos = comma + 1;
    }
  }
  return r;
}

// --- good-practices -----------------------------------------------------------------------

ManifestResult good_practices(const Bundle& b) {
  const Json* csvp = b.csv();
  if (!csvp) return csv_nil(b);
  const Json& csv = *csvp;
  std::string name = csv_name(csv);
  ManifestResult r{.name = b.name()};
  std::vector<std::string> errs, warns;
  const Json* is = install_spec(csv);
  const Json* deps = is ? arr(*is, "deployments") : nullptr;
  if (!deps) {
    errs.push_back("unable to find a deployment to install in the CSV");
  } else {
    for (const Json& d : objects_of(deps)) {
      const Json* ds = obj(d, "spec");
      const Json* t = ds ? obj(*ds, "template") : nullptr;
      const Json* ps = t ? obj(*t, "spec") : nullptr;
      for (const Json& c : objects_of(ps ? arr(*ps, "containers") : nullptr)) {
        const Json* res = obj(c, "resources");
        if (!res || !obj(*res, "requests"))
          warns.push_back("unable to find the resource requests for the container: (" + str(c, "name") +
                          "). It is recommended to ensure the resource request for CPU and Memory. Be aware that "
                          "for some clusters configurations it is required to specify requests or limits for those "
                          "values. Otherwise, the system or quota may reject Pod creation. More info: "
                          "https://master.sdk.operatorframework.io/docs/best-practices/managing-resources/");
      }
    }
  }
  for (const Json& c : owned_crds(csv))
    if (str(c, "description").empty()) warns.push_back("owned CRD " + go_quote(str(c, "name")) + " has an empty description");
  for (const Json& c : required_crds(csv))
    if (str(c, "description").empty())
      warns.push_back("required CRD " + go_quote(str(c, "name")) + " has an empty description");
  std::set<std::string> channels;
  for (const auto& c : b.channels()) channels.insert(trim(c));
  channels.insert(trim(b.default_channel()));
  std::vector<std::string> bad;
  for (const auto& c : channels)
    if (!c.empty() && c.rfind("candidate", 0) != 0 && c.rfind("stable", 0) != 0 && c.rfind("fast", 0) != 0)
      bad.push_back(c);
  if (!bad.empty())
    warns.push_back("channel(s) " + go_quote_list(bad) +
                    " are not following the recommended naming convention: "
                    "https://olm.operatorframework.io/docs/best-practices/channel-naming");
  bool crd_rbac = false;
  if (is) {
    for (const char* field : {"permissions", "clusterPermissions"})
      for (const Json& p : objects_of(arr(*is, field)))
        for (const Json& rule : objects_of(arr(p, "rules"))) {
          auto has = [&](const char* key, std::initializer_list<const char*> vals) {
            const Json* a = arr(rule, key);
            if (!a) return false;
            for (const Json& v : *a)
              for (const char* x : vals)
                if (v == x) return true;
            return false;
          };
          if (has("apiGroups", {"apiextensions.k8s.io"}) && has("resources", {"customresourcedefinitions", "*", "[*]"}) &&
              has("verbs", {"create", "*", "[*]", "patch"}))
            crd_rbac = true;
        }
  }
  if (crd_rbac)
    warns.push_back(
        "CSV contains permissions to create CRD. An Operator shouldn't deploy or manage other operators (such "
        "patterns are known as meta or super operators or include CRDs in its Operands). It's the Operator "
        "Lifecycle Manager's job to manage the deployment and lifecycle of operators.  Please, review the design "
        "of your solution and if you should not be using Dependency Resolution from OLM instead. More info: "
        "https://sdk.operatorframework.io/docs/best-practices/common-recommendation/");
  // checkBundleName: a trailing MAJOR.MINOR.PATCH[-pre][+build] that parses as semver.
  auto trailing_semver_ok = [&]() {
    for (std::size_t start = 0; start < name.size(); ++start) {
      if (!std::isdigit(static_cast<unsigned char>(name[start]))) continue;
      if (start > 0 && std::isdigit(static_cast<unsigned char>(name[start - 1]))) continue;
      std::string tail = name.substr(start);
      std::string core = tail.substr(0, tail.find_first_of("-+"));
      int dots = static_cast<int>(std::count(core.begin(), core.end(), '.'));
      if (dots != 2) continue;
      bool digits = std::all_of(core.begin(), core.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '.'; });
      if (!digits || core.find("..") != std::string::npos || core.back() == '.') continue;
      return Version::parse(tail).has_value();
    }
    return false;
  };
  if (!trailing_semver_ok())
    warns.push_back("csv.metadata.Name " + name +
                    " is not following the versioning convention (MAJOR.MINOR.PATCH e.g 0.0.1): https://semver.org/");
  std::size_t parts = 1;
  for (std::size_t p = name.find(".v"); p != std::string::npos; p = name.find(".v", p + 2)) ++parts;
  if (parts != 2)
    warns.push_back("csv.metadata.Name " + name +
                    " is not following the recommended naming convention: <operator-name>.v<semver> e.g. "
                    "memcached-operator.v0.0.1");
  for (auto& e : errs) r.add(Finding::error(kFailedValidation, e, "", name));
  for (auto& w : warns) r.add(Finding::warning(kFailedValidation, w, "", name));
  return r;
}

}  // namespace

std::string gvk_string(const Json& object) {
  std::string av = str(object, "apiVersion");
  auto slash = av.find('/');
  std::string group = slash == std::string::npos ? "" : av.substr(0, slash);
  std::string version = slash == std::string::npos ? av : av.substr(slash + 1);
  return group + "/" + version + ", Kind=" + str(object, "kind");
}

std::vector<Json> owned_crds(const Json& csv) { return section(csv, "customresourcedefinitions", "owned"); }
std::vector<Json> required_crds(const Json& csv) { return section(csv, "customresourcedefinitions", "required"); }
std::vector<Json> owned_apiservices(const Json& csv) { return section(csv, "apiservicedefinitions", "owned"); }
std::vector<Json> required_apiservices(const Json& csv) { return section(csv, "apiservicedefinitions", "required"); }

std::vector<Json> deployments(const Json& csv) {
  const Json* is = install_spec(csv);
  return objects_of(is ? arr(*is, "deployments") : nullptr);
}

std::string service_account_of(const Json& d) {
  const Json* s = obj(d, "spec");
  const Json* t = s ? obj(*s, "template") : nullptr;
  const Json* ps = t ? obj(*t, "spec") : nullptr;
  return ps ? str(*ps, "serviceAccountName") : "";
}

std::string csv_version_string(const Json& csv) {
  const Json* spec = obj(csv, "spec");
  std::string v = spec ? str(*spec, "version") : "";
  if (v.empty()) return "0.0.0";
  auto parsed = Version::parse_tolerant(v);
  return parsed ? parsed->to_string() : "0.0.0";
}

std::vector<ManifestResult> run_optional(const std::string& name, const Bundle& b,
                                         const std::map<std::string, std::string>& values) {
  if (name == "operatorhubv2") return {operatorhub_v2(b, values)};
  if (name == "capabilities") return {capabilities(b)};
  if (name == "categories") return {categories(b)};
  if (name == "alpha-deprecated-apis") return {alpha_deprecated_apis(b, values)};
  if (name == "good-practices") return {good_practices(b)};
  if (name == "operatorhub") {
    ManifestResult r = operatorhub_v2(b, values);
    ManifestResult c = capabilities(b), k = categories(b);
    r.add(c.errors);
    r.add(k.errors);
    r.add(Finding{std::string(kDeprecatedValidator), Level::kWarning, "", std::string(),
                  "The \"operatorhub\" validator is deprecated; for equivalent validation use \"operatorhub\", "
                  "\"standardcapabilities\" and \"standardcategories\" validators"});
    return {r};
  }
  return {};
}

}  // namespace windlass::olm::internal
