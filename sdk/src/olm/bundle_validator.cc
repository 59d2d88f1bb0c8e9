#include <windlass/olm/bundle_validator.h>

#include <windlass/core/field_error.h>
#include <windlass/core/label_selector.h>
#include <windlass/core/semver.h>
#include <windlass/core/validation.h>
#include <windlass/olm/image_reference.h>

#include "csv_util.h"

#include <algorithm>
#include <array>
#include <set>
#include <sstream>

namespace windlass::olm {

namespace {

using internal::arr;
using internal::gvk_string;
using internal::obj;
using internal::str;

// --- format (opm ValidateBundleFormat) ----------------------------------------------------

std::vector<std::string> dependency_errors(const std::vector<Json>& deps) {
  std::vector<std::string> errs;
  for (const Json& d : deps) {
    std::string type = d.is_object() ? str(d, "type") : "";
    const Json* value = d.is_object() && d.contains("value") ? &d["value"] : nullptr;
    auto s = [&](const char* k) { return value && value->is_object() ? str(*value, k) : std::string(); };
    // opm decodes the value into the type's struct; a value of the wrong shape is unparsable.
    bool parsed = value && value->is_object();
    if (parsed) {
      for (auto it = value->begin(); it != value->end(); ++it) {
        static const std::set<std::string> string_keys = {"group", "version", "kind", "packageName", "label",
                                                          "failureMessage"};
        if (string_keys.count(it.key()) && !it->is_string() && !it->is_null()) parsed = false;
      }
    }
    if (type == "olm.gvk" && parsed) {
      if (s("group").empty()) errs.push_back("API Group is empty");
      if (s("version").empty()) errs.push_back("API Version is empty");
      if (s("kind").empty()) errs.push_back("API Kind is empty");
    } else if (type == "olm.package" && parsed) {
      if (s("packageName").empty()) errs.push_back("Package name is empty");
      if (s("version").empty()) {
        errs.push_back("Package version is empty");
      } else if (!Range::parse(s("version"))) {
        errs.push_back("Invalid semver format version");
      }
    } else if (type == "olm.label" && parsed) {
      if (s("label").empty()) errs.push_back("Label information is missing");
    } else if (type == "olm.constraint" && parsed) {
      auto cel = value->find("cel");
      if (cel == value->end() || cel->is_null()) {
        errs.push_back("The CEL field is missing");
      } else if (!cel->is_object() || str(*cel, "rule").empty()) {
        errs.push_back("The CEL expression is missing");
      }
    } else {
      // Upstream's GetTypeValue returns nil for unknown types too, so this is what they get.
      errs.push_back("couldn't parse dependency of type " + type);
    }
  }
  return errs;
}

// --- per-object checks --------------------------------------------------------------------

const std::set<std::string, std::less<>>& supported_kinds() {
  static const std::set<std::string, std::less<>> k = {
      "ClusterServiceVersion", "CustomResourceDefinition", "ClusterRole", "ClusterRoleBinding",
      "Service", "ServiceAccount", "Role", "RoleBinding", "PrometheusRule", "ServiceMonitor",
      "PodMonitor", "Secret", "ConfigMap", "PodDisruptionBudget", "PriorityClass",
      "VerticalPodAutoscaler", "NetworkPolicy", "ConsoleYAMLSample", "ConsoleQuickStart",
      "ConsoleCLIDownload", "ConsoleLink", "ConsolePlugin"};
  return k;
}

// apimachinery's ValidateObjectMetaAccessor with namespace not required and no name rules.
FieldErrors object_meta_errors(const Json& o) {
  FieldErrors errs;
  const Json* m = obj(o, "metadata");
  static const Json empty = Json::object();
  if (!m) m = &empty;
  std::string name = str(*m, "name"), generate = str(*m, "generateName");
  if (name.empty() && generate.empty())
    errs.push_back(FieldError::required("metadata.name", "name or generateName is required"));
  if (std::string ns = str(*m, "namespace"); !ns.empty())
    errs.push_back(FieldError::forbidden("metadata.namespace", "not allowed on this type"));
  if (auto g = m->find("generation"); g != m->end() && g->is_number_integer() && g->get<std::int64_t>() < 0)
    errs.push_back(FieldError::invalid("metadata.generation", g->get<std::int64_t>(),
                                       "must be greater than or equal to 0"));
  if (const Json* l = obj(*m, "labels")) {
    std::map<std::string, std::string> labels;
    for (auto it = l->begin(); it != l->end(); ++it)
      labels[it.key()] = it->is_string() ? it->get<std::string>() : to_json_string(*it);
    auto le = validate_labels(labels, "metadata.labels");
    errs.insert(errs.end(), le.begin(), le.end());
  }
  if (const Json* a = obj(*m, "annotations")) {
    std::size_t total = 0;
    for (auto it = a->begin(); it != a->end(); ++it) {
      std::string key = it.key();
      std::string lower = key;
      std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
      for (auto& msg : is_qualified_name(lower)) errs.push_back(FieldError::invalid("metadata.annotations", key, msg));
      total += key.size() + (it->is_string() ? it->get_ref<const std::string&>().size() : 0);
    }
    if (total > 256 * 1024)
      errs.push_back(FieldError(FieldErrorType::kTooLong, "metadata.annotations", std::nullopt,
                                "may not be more than 262144 bytes"));
  }
  return errs;
}

// --- BundleValidator ----------------------------------------------------------------------

struct Gvk {
  std::string group, version, kind;
  auto operator<=>(const Gvk&) const = default;
  std::string str() const { return group + "/" + version + ", Kind=" + kind; }
};

std::vector<Gvk> bundle_crd_keys(const Bundle& b) {
  std::vector<Gvk> keys;
  for (const ManifestObject* m : b.crds()) {
    const Json& crd = m->object;
    const Json* spec = obj(crd, "spec");
    if (!spec) continue;
    std::string group = str(*spec, "group");
    std::string kind = spec->contains("names") && (*spec)["names"].is_object() ? str((*spec)["names"], "kind") : "";
    const Json* versions = arr(*spec, "versions");
    bool v1beta1 = str(crd, "apiVersion") == "apiextensions.k8s.io/v1beta1";
    if (versions && !versions->empty()) {
      for (const Json& v : *versions)
        if (v.is_object()) keys.push_back({group, str(v, "name"), kind});
    } else if (v1beta1) {
      keys.push_back({group, str(*spec, "version"), kind});
    }
  }
  return keys;
}

std::vector<Gvk> owned_crd_keys(const Json& csv) {
  std::vector<Gvk> keys;
  for (const Json& o : internal::owned_crds(csv)) {
    std::string group = str(o, "name");
    if (auto dot = group.find('.'); dot != std::string::npos) group = group.substr(dot + 1);
    keys.push_back({group, str(o, "version"), str(o, "kind")});
  }
  return keys;
}

ManifestResult bundle_validator(const Bundle& b, const Json& csv) {
  ManifestResult r;
  const std::string name = b.name();
  auto bundle_err = [&](std::string detail, std::string value) {
    r.add(Finding::error(kInvalidBundle, std::move(detail), "", std::move(value)));
  };
  // Owned CRDs.
  std::vector<Gvk> keys = bundle_crd_keys(b);
  std::set<Gvk> key_set;
  for (const Gvk& k : keys) {
    if (key_set.count(k)) bundle_err("duplicate CRD " + go_quote(k.str()) + " in bundle " + go_quote(name), k.str());
    key_set.insert(k);
  }
  std::set<std::pair<std::string, std::string>> owned_gk;
  for (const Gvk& k : owned_crd_keys(csv)) {
    if (!key_set.count(k)) {
      bundle_err("owned CRD " + go_quote(k.str()) + " not found in bundle " + go_quote(name), k.str());
    } else {
      key_set.erase(k);
      owned_gk.insert({k.group, k.kind});
    }
  }
  for (const Gvk& k : key_set) {
    if (owned_gk.count({k.group, k.kind})) continue;
    bundle_err("CRD " + go_quote(k.str()) + " is present in bundle " + go_quote(name) + " but not defined in CSV",
               k.str());
  }
  // Service accounts named like a CSV deployment's.
  std::set<std::string> sa_names;
  for (const Json& d : internal::deployments(csv)) sa_names.insert(internal::service_account_of(d));
  for (const ManifestObject& o : b.objects) {
    if (str(o.object, "kind") != "ServiceAccount" || str(o.object, "apiVersion") != "v1") continue;
    const Json* m = obj(o.object, "metadata");
    std::string sa = m ? str(*m, "name") : "";
    if (sa_names.count(sa)) {
      bundle_err("invalid service account found in bundle. This service account " + sa +
                     " in your bundle is not valid, because a service account with the same name was already "
                     "specified in your CSV. If this was unintentional, please remove the service account "
                     "manifest from your bundle. If it was intentional to specify a separate service account, "
                     "please rename the SA in either the bundle manifest or the CSV.",
                 sa);
    }
  }
  // Size.
  if (b.compressed_size == 0) {
    r.add(Finding::warning(kFailedValidation, "unable to check the bundle compressed size", "", name));
  } else if (b.size == 0) {
    r.add(Finding::warning(kFailedValidation, "unable to check the bundle size", "", name));
  } else {
    auto text = "size=~" + format_bytes(b.compressed_size) + " , max=" + format_bytes(kMaxBundleCompressedBytes) +
                ". Bundle uncompressed size is " + format_bytes(b.size);
    if (b.compressed_size > kMaxBundleCompressedBytes) {
      bundle_err("maximum bundle compressed size with gzip size exceeded: " + text, name);
    } else if (static_cast<double>(b.compressed_size) > 0.85 * static_cast<double>(kMaxBundleCompressedBytes)) {
      r.add(Finding::warning(kInvalidBundle, "nearing maximum bundle compressed size with gzip: " + text, "", name));
    }
  }
  for (const std::string& p : b.file_sizes_over_limit) {
    r.add(Finding::warning(kInvalidBundle,
                           "manifest " + p + " alone is larger than 1 MiB uncompressed; OLM stages a bundle in "
                           "one ConfigMap",
                           "", name));
  }
  // Release naming.
  const Json* spec = obj(csv, "spec");
  std::string release = spec ? str(*spec, "release") : "";
  if (!release.empty()) {
    std::string expected = b.package() + "-v" + internal::csv_version_string(csv) + "-" + release;
    if (name != expected)
      bundle_err("bundle name with release versioning " + go_quote(name) + " does not match expected name " +
                     go_quote(expected),
                 name);
  }
  // Related images.
  if (const Json* ri = spec ? arr(*spec, "relatedImages") : nullptr) {
    for (std::size_t i = 0; i < ri->size(); ++i) {
      std::string image = (*ri)[i].is_object() ? str((*ri)[i], "image") : "";
      std::string field = "spec.relatedImages[" + std::to_string(i) + "].image";
      if (image.empty()) {
        bundle_err("relatedImages[" + std::to_string(i) + "] has an empty image field", field);
      } else if (auto ref = parse_normalized_image(image); !ref) {
        bundle_err("relatedImages[" + std::to_string(i) + "] has an invalid image pullspec " + go_quote(image) +
                       ": " + ref.error().message(),
                   field);
      }
    }
  }
  return r;
}

// --- ClusterServiceVersionValidator -------------------------------------------------------

std::string csv_name_problem(const std::string& n) {
  std::vector<std::string> errs = is_dns1123_subdomain(n);
  for (auto& e : is_valid_label_value(n)) errs.push_back(e);
  if (errs.empty()) return "";
  std::string joined;
  for (std::size_t i = 0; i < errs.size(); ++i) joined += (i ? "," : "") + errs[i];
  return go_quote(n) + " is invalid: " + joined;
}

// Go's encoding/json error for a syntax problem, as upstream's validateJSON words it.
std::string example_json_error(const std::string& text) {
  auto r = parse_json(text);
  if (r) return "";
  // Our parser reports line/column; upstream reports a byte offset and the text up to it.
  std::size_t offset = text.size();
  const std::string& msg = r.error().message();
  auto lp = msg.find("line "), cp = msg.find("column ");
  if (lp != std::string::npos && cp != std::string::npos) {
    std::size_t line = std::stoul(msg.substr(lp + 5)), col = std::stoul(msg.substr(cp + 7));
    std::size_t pos = 0;
    for (std::size_t l = 1; l < line && pos < text.size(); ++l) {
      auto nl = text.find('\n', pos);
      if (nl == std::string::npos) break;
      pos = nl + 1;
    }
    offset = std::min(text.size(), pos + (col > 0 ? col : 1));
  }
  return "invalid character at " + std::to_string(offset) + "\n " + text.substr(0, offset) +
         "<--(see the invalid character)";
}

std::vector<Finding> examples_findings(const Json& csv, const std::string& name) {
  std::vector<Finding> out;
  const Json* m = obj(csv, "metadata");
  const Json* ann = m ? obj(*m, "annotations") : nullptr;
  if (!ann || ann->empty()) {
    out.push_back(Finding::csv(Level::kWarning, "annotations not found", name));
    return out;
  }
  bool alm = ann->contains("alm-examples"), olm_ex = ann->contains("olm.examples");
  std::string text;
  if (!alm && !olm_ex) {
    out.push_back(Finding::csv(Level::kWarning, "example annotations not found", name));
    return out;
  }
  if (alm) {
    if (olm_ex)
      out.push_back(Finding::csv(Level::kWarning,
                                 "both `alm-examples` and `olm.examples` are present. Checking only `alm-examples`",
                                 name));
    text = str(*ann, "alm-examples");
  } else {
    text = str(*ann, "olm.examples");
  }
  std::set<Gvk> parsed;
  if (!text.empty()) {
    if (auto e = example_json_error(text); !e.empty()) {
      out.push_back(Finding::error(kInvalidParse, "invalid example", "", e));
      return out;
    }
    Json examples = parse_json(text).value();
    if (!examples.is_array()) {
      out.push_back(Finding::error(kInvalidParse, "error decoding example CustomResource", "",
                                   "json: cannot unmarshal " + std::string(json_type_name(examples)) +
                                       " into Go value of type []unstructured.Unstructured"));
      return out;
    }
    for (const Json& e : examples) {
      if (!e.is_object()) {
        out.push_back(Finding::error(kInvalidParse, "error decoding example CustomResource", "",
                                     "json: cannot unmarshal " + std::string(json_type_name(e)) +
                                         " into Go value of type map[string]interface {}"));
        return out;
      }
      std::string av = str(e, "apiVersion");
      auto slash = av.find('/');
      Gvk g{slash == std::string::npos ? "" : av.substr(0, slash),
            slash == std::string::npos ? av : av.substr(slash + 1), str(e, "kind")};
      parsed.insert(g);
    }
  }
  std::set<Gvk> provided;
  for (const Json& o : internal::owned_crds(csv)) {
    std::string n = str(o, "name");
    auto dot = n.find('.');
    if (dot == std::string::npos) {
      out.push_back(Finding::error(kInvalidParse, "couldn't parse plural.group from crd name: " + n));
      continue;
    }
    provided.insert({n.substr(dot + 1), str(o, "version"), str(o, "kind")});
  }
  for (const Json& o : internal::owned_apiservices(csv))
    provided.insert({str(o, "group"), str(o, "version"), str(o, "kind")});
  for (const Gvk& g : parsed)
    if (!provided.count(g)) out.push_back(Finding::error(kInvalidOperation, "example must have a provided API", "", g.str()));
  for (const Gvk& g : provided)
    if (!parsed.count(g))
      out.push_back(Finding::warning(kInvalidOperation, "provided API should have an example annotation", "", g.str()));
  return out;
}

std::vector<Finding> install_mode_findings(const Json& csv, const std::string& name) {
  std::vector<Finding> out;
  const Json* spec = obj(csv, "spec");
  const Json* modes = spec ? arr(*spec, "installModes") : nullptr;
  if (!modes || modes->empty()) {
    out.push_back(Finding::csv(Level::kError, "install modes not found", name));
    return out;
  }
  std::set<std::string> seen;
  bool any = false, dup = false;
  for (const Json& m : *modes) {
    std::string t = str(m, "type");
    if (seen.count(t)) dup = true;
    seen.insert(t);
    if (internal::flag(m, "supported")) any = true;
  }
  if (dup) out.push_back(Finding::csv(Level::kError, "duplicate install modes present", name));
  if (const Json* hooks = arr(*spec, "webhookdefinitions")) {
    for (const Json& h : *hooks) {
      const Json* conv = arr(h, "conversionCRDs");
      if (!conv || conv->empty()) continue;
      bool only_all = true;
      for (const Json& m : *modes) {
        bool sup = internal::flag(m, "supported");
        if (str(m, "type") == "AllNamespaces" && !sup) only_all = false;
        if (str(m, "type") != "AllNamespaces" && sup) only_all = false;
      }
      if (!only_all)
        out.push_back(Finding::csv(Level::kError,
                                   "only AllNamespaces InstallModeType is supported when conversionCRDs is present",
                                   name));
    }
  }
  if (!any) out.push_back(Finding::csv(Level::kError, "none of InstallModeTypes are supported", name));
  return out;
}

}  // namespace

namespace internal {

const char* const kMinKubeVersionWarning =
    "csv.Spec.minKubeVersion is not informed. It is recommended you provide this information. Otherwise, it "
    "would mean that your operator project can be distributed and installed in any cluster version available, "
    "which is not necessarily the case for all projects.";

std::vector<Finding> min_kube_version_findings(const Json& csv, const std::string& name) {
  std::vector<Finding> out;
  const Json* spec = obj(csv, "spec");
  std::string v = spec ? str(*spec, "minKubeVersion") : "";
  std::string trimmed = v;
  trimmed.erase(0, trimmed.find_first_not_of(" \t\r\n"));
  if (trimmed.empty()) {
    out.push_back(Finding::csv(Level::kWarning, kMinKubeVersionWarning, name));
  } else if (!Version::parse(v)) {
    out.push_back(Finding::csv(Level::kError, "csv.Spec.MinKubeVersion has an invalid value: " + v, name));
  }
  return out;
}

}  // namespace internal

namespace {

// operator-framework/api's reflective walk over non-omitempty fields, for the CSV type.
std::vector<Finding> required_field_findings(const Json& csv) {
  std::vector<Finding> out;
  auto missing = [&](const std::string& path, const char* what) {
    out.push_back(Finding::error(kFieldMissing, "required field missing", path, what));
  };
  auto empty_obj = [](const Json* j) { return !j || (j->is_object() && j->empty()); };
  bool type_meta_empty = str(csv, "apiVersion").empty() && str(csv, "kind").empty();
  if (type_meta_empty) missing("TypeMeta", "struct");
  const Json* meta = obj(csv, "metadata");
  if (empty_obj(meta)) missing("ObjectMeta", "struct");
  const Json* spec = obj(csv, "spec");
  if (empty_obj(spec)) {
    missing("Spec", "struct");
    return out;
  }
  const Json* install = obj(*spec, "install");
  if (empty_obj(install)) {
    missing("Spec.InstallStrategy", "struct");
  } else {
    if (str(*install, "strategy").empty()) missing("Spec.InstallStrategy.StrategyName", "field");
    const Json* s = obj(*install, "spec");
    bool spec_zero = true;
    if (s)
      for (const char* k : {"deployments", "permissions", "clusterPermissions"})
        if (s->contains(k) && !(*s)[k].is_null()) spec_zero = false;
    if (!spec_zero && (!s->contains("deployments") || (*s)["deployments"].is_null()))
      missing("Spec.InstallStrategy.StrategySpec.DeploymentSpecs", "field");
  }
  if (str(*spec, "displayName").empty()) missing("Spec.DisplayName", "field");
  return out;
}

std::vector<Finding> annotation_name_findings(const Json* annotations, const std::string& value) {
  static const std::vector<std::string> keys = {"olm.operatorGroup", "olm.operatorNamespace", "olm.targetNamespaces",
                                                "olm.providedAPIs", "olm.skipRange"};
  std::vector<Finding> out;
  if (!annotations) return out;
  for (auto it = annotations->begin(); it != annotations->end(); ++it) {
    std::string k = it.key(), lower = k;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    for (const std::string& known : keys) {
      std::string kl = known;
      std::transform(kl.begin(), kl.end(), kl.begin(), [](unsigned char c) { return std::tolower(c); });
      if (lower == kl && k != known)
        out.push_back(Finding::error(kFailedValidation,
                                     "provided annotation " + k + " uses wrong case and should be " + known + " instead",
                                     "", value));
    }
    if (k == "olm.properties")
      out.push_back(Finding{std::string(kPropertiesAnnotationUsed), Level::kWarning, "", std::string(),
                            "found olm.properties annotation, please define these properties in "
                            "metadata/properties.yaml instead"});
  }
  return out;
}

ManifestResult csv_validator(const Json& csv) {
  const Json* m = obj(csv, "metadata");
  std::string name = m ? str(*m, "name") : "";
  ManifestResult r{.name = name};
  if (auto p = csv_name_problem(name); !p.empty()) r.add(Finding::csv(Level::kError, "metadata.name " + p, name));
  const Json* spec = obj(csv, "spec");
  if (std::string rep = spec ? str(*spec, "replaces") : ""; !rep.empty())
    if (auto p = csv_name_problem(rep); !p.empty()) r.add(Finding::csv(Level::kError, "spec.replaces " + p, name));
  r.add(examples_findings(csv, name));
  r.add(install_mode_findings(csv, name));
  r.add(internal::min_kube_version_findings(csv, name));
  r.add(required_field_findings(csv));
  r.add(annotation_name_findings(m ? obj(*m, "annotations") : nullptr, name));
  if (str(csv, "apiVersion").empty() || str(csv, "apiVersion").find('/') == str(csv, "apiVersion").size() - 1)
    r.add(Finding::csv(Level::kError, "'apiVersion' is missing", name));
  if (str(csv, "kind").empty()) r.add(Finding::csv(Level::kError, "'kind' is missing", name));
  return r;
}

// --- CustomResourceDefinitionValidator (Kubernetes' CRD validation, the pragmatic subset) --

void crd_error(ManifestResult& r, const FieldError& fe, std::string raw_value) {
  r.add(Finding{std::string(cause_type(fe.type())), Level::kError, fe.field(), std::move(raw_value), fe.to_string()});
}

ManifestResult crd_validator(const ManifestObject& mo) {
  const Json& crd = mo.object;
  ManifestResult r;
  const Json* m = obj(crd, "metadata");
  std::string name = m ? str(*m, "name") : "";
  const Json* spec = obj(crd, "spec");
  static const Json empty = Json::object();
  if (!spec) spec = &empty;
  bool v1 = str(crd, "apiVersion") == "apiextensions.k8s.io/v1";
  std::string group = str(*spec, "group");
  const Json* names = obj(*spec, "names");
  if (!names) names = &empty;
  std::string plural = str(*names, "plural"), kind = str(*names, "kind");
  std::string singular = str(*names, "singular"), list_kind = str(*names, "listKind");
  // Defaulting (SetObjectDefaults_CustomResourceDefinition).
  if (singular.empty()) {
    singular = kind;
    std::transform(singular.begin(), singular.end(), singular.begin(), [](unsigned char c) { return std::tolower(c); });
  }
  if (list_kind.empty() && !kind.empty()) list_kind = kind + "List";
  std::string scope = str(*spec, "scope");
  if (!v1 && scope.empty()) scope = "Namespaced";

  if (name.empty()) {
    crd_error(r, FieldError::required("metadata.name", "name or generateName is required"), "");
  } else {
    for (auto& msg : is_dns1123_subdomain(name)) crd_error(r, FieldError::invalid("metadata.name", name, msg), name);
    if (name != plural + "." + group)
      crd_error(r, FieldError::invalid("metadata.name", name, "must be spec.names.plural+\".\"+spec.group"), name);
  }
  if (group.empty()) {
    crd_error(r, FieldError::required("spec.group", ""), "");
  } else if (auto errs = is_dns1123_subdomain(group); !errs.empty()) {
    std::string joined;
    for (std::size_t i = 0; i < errs.size(); ++i) joined += (i ? "," : "") + errs[i];
    crd_error(r, FieldError::invalid("spec.group", group, joined), group);
  } else if (group.find('.') == std::string::npos) {
    crd_error(r, FieldError::invalid("spec.group", group, "should be a domain with at least one dot"), group);
  }
  if (scope.empty()) {
    crd_error(r, FieldError::required("spec.scope", ""), "");
  } else if (scope != "Cluster" && scope != "Namespaced") {
    crd_error(r, FieldError::not_supported("spec.scope", scope, {"Cluster", "Namespaced"}), scope);
  }
  const Json* versions = arr(*spec, "versions");
  std::vector<Json> vs = versions ? versions->get<std::vector<Json>>() : std::vector<Json>{};
  if (!v1 && vs.empty() && !str(*spec, "version").empty())
    vs.push_back({{"name", str(*spec, "version")}, {"served", true}, {"storage", true}});
  int storage = 0;
  bool unique = true, served = false;
  std::set<std::string> seen;
  for (std::size_t i = 0; i < vs.size(); ++i) {
    if (!vs[i].is_object()) continue;
    std::string vn = str(vs[i], "name");
    if (internal::flag(vs[i], "storage")) ++storage;
    if (internal::flag(vs[i], "served")) served = true;
    if (!seen.insert(vn).second) unique = false;
    std::string path = "spec.versions[" + std::to_string(i) + "].name";
    if (auto errs = is_dns1035_label(vn); !errs.empty()) {
      std::string joined;
      for (std::size_t k = 0; k < errs.size(); ++k) joined += (k ? "," : "") + errs[k];
      crd_error(r, FieldError::invalid(path, vn, joined), vn);
    }
  }
  // The bad value of these two is the whole versions list, which Go prints as a struct dump.
  std::string versions_value = "[" + std::to_string(vs.size()) + " versions]";
  if (!unique)
    crd_error(r, FieldError(FieldErrorType::kInvalid, "spec.versions", versions_value, "must contain unique version names"),
              versions_value);
  if (storage != 1)
    crd_error(r,
              FieldError(FieldErrorType::kInvalid, "spec.versions", versions_value,
                         "must have exactly one version marked as storage version"),
              versions_value);
  if (!vs.empty() && !served)
    crd_error(r,
              FieldError(FieldErrorType::kInvalid, "spec.versions", versions_value,
                         "must have at least one version marked as served"),
              versions_value);
  auto check_name = [&](const std::string& field, const std::string& value, bool required) {
    const char* prefix = required ? "" : "may have mixed case, but should otherwise match: ";
    if (value.empty()) {
      if (required) crd_error(r, FieldError::required(field, ""), "");
      return;
    }
    std::string lower = value;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    if (auto errs = is_dns1035_label(lower); !errs.empty()) {
      std::string joined;
      for (std::size_t k = 0; k < errs.size(); ++k) joined += (k ? "," : "") + errs[k];
      crd_error(r, FieldError::invalid(field, value, prefix + joined), value);
    }
  };
  check_name("spec.names.plural", plural, true);
  check_name("spec.names.singular", singular, true);
  check_name("spec.names.kind", kind, false);
  check_name("spec.names.listKind", list_kind, false);
  if (kind.empty()) crd_error(r, FieldError::required("spec.names.kind", ""), "");
  if (list_kind.empty()) crd_error(r, FieldError::required("spec.names.listKind", ""), "");
  if (!kind.empty() && kind == list_kind)
    crd_error(r, FieldError::invalid("spec.names.listKind", list_kind, "kind and listKind may not be the same"),
              list_kind);
  if (r.has_error()) r.name = name;
  return r;
}

const std::vector<OptionalValidator>& validators_table() {
  static const std::vector<OptionalValidator> v = {
      {"operatorhubv2", {{"name", "operatorhubv2"}, {"suite", "operatorframework"}},
       "OperatorHub.io metadata validation. "},
      {"capabilities", {{"name", "capabilities"}, {"suite", "operatorframework"}},
       "OperatorHub.io capabilities annotation validation. "},
      {"categories", {{"name", "categories"}, {"suite", "operatorframework"}},
       "OperatorHub.io categories annotation validation. "},
      {"alpha-deprecated-apis", {{"name", "alpha-deprecated-apis"}, {"suite", "operatorframework"}},
       "[Deprecated] Removed APIs validation for the target Kubernetes versions. "},
      {"good-practices", {{"name", "good-practices"}, {"suite", "operatorframework"}},
       "Operator Framework good practices validation. "},
      {"operatorhub", {{"name", "operatorhub"}}, "[Deprecated] OperatorHub.io metadata validation. "},
  };
  return v;
}

}  // namespace

// --- public -------------------------------------------------------------------------------

std::vector<std::string> validate_bundle_format(const Bundle& b) {
  std::vector<std::string> errs;
  if (!b.has_manifests_dir) errs.push_back("Unable to locate manifests directory");
  if (!b.has_metadata_dir) errs.push_back("Unable to locate metadata directory");
  if (!errs.empty()) return errs;
  if (!b.media_type_error.empty()) errs.push_back(b.media_type_error);
  if (!b.annotations) {
    errs.push_back("Could not find annotations file");
  } else {
    const auto& a = *b.annotations;
    auto get = [&](std::string_view k) -> const std::string* {
      auto it = a.find(std::string(k));
      return it == a.end() ? nullptr : &it->second;
    };
    for (auto k : {kMediatypeLabel, kManifestsLabel, kMetadataLabel, kPackageLabel, kChannelsLabel}) {
      const std::string* v = get(k);
      if (!v) errs.push_back("Missing annotation " + go_quote(k));
      std::string val = v ? *v : "";
      if (k == kMediatypeLabel && val != b.media_type)
        errs.push_back("Expecting annotation " + go_quote(k) + " to have value " + go_quote(b.media_type) +
                       " instead of " + go_quote(val));
      if (k == kChannelsLabel && val.empty())
        errs.push_back("Expecting annotation " + go_quote(k) + " to have non-empty value");
    }
    if (const std::string* d = get(kDefaultChannelLabel); d && d->empty())
      errs.push_back("Expecting annotation " + go_quote(kDefaultChannelLabel) + " to have non-empty value");
  }
  auto deps = dependency_errors(b.dependencies);
  errs.insert(errs.end(), deps.begin(), deps.end());
  return errs;
}

std::vector<ManifestResult> validate_bundle_content(const Bundle& b) {
  std::vector<ManifestResult> results;
  ManifestResult errs{.name = b.name()};
  if (b.media_type == kHelmType) return {errs};
  for (const ManifestObject& o : b.objects) {
    std::string kind = str(o.object, "kind");
    if (kind == "ClusterServiceVersion" || kind == "CustomResourceDefinition") continue;
    if (b.media_type == kRegistryV1Type && !supported_kinds().count(kind)) {
      errs.add(Finding::error(kInvalidBundle, "unsupported media type registry+v1 for bundle object", "",
                              gvk_string(o.object)));
      continue;
    }
    if (auto fe = object_meta_errors(o.object); !fe.empty()) {
      const Json* m = obj(o.object, "metadata");
      errs.add(Finding::error(kFailedValidation,
                              "error validating object: " + aggregate(fe) + ". &{" + go_format(o.object) + "}", "",
                              m ? str(*m, "name") : ""));
    }
  }
  const Json* csv = b.csv();
  if (csv) results.push_back(bundle_validator(b, *csv));
  if (csv) {
    auto r = csv_validator(*csv);
    r.name = b.name();
    results.push_back(std::move(r));
  } else if (!b.csv_malformed) {
    errs.add(Finding::error(kInvalidBundle, "no ClusterServiceVersion in bundle", "", b.name()));
  }
  for (const ManifestObject* crd : b.crds()) results.push_back(crd_validator(*crd));
  // upstream's appendResult: merge into the result of the same name, else append.
  auto it = std::find_if(results.begin(), results.end(), [&](const ManifestResult& r) { return r.name == errs.name; });
  if (it == results.end()) {
    results.push_back(std::move(errs));
  } else {
    it->add(errs.errors);
    it->add(errs.warnings);
  }
  return results;
}

namespace internal {

std::string go_html_escape(std::string_view json) {
  std::string escaped;
  escaped.reserve(json.size());
  for (char c : json) {
    if (c == '<') escaped += "\\u003c";
    else if (c == '>') escaped += "\\u003e";
    else if (c == '&') escaped += "\\u0026";
    else escaped += c;
  }
  return escaped;
}

}  // namespace internal

ManifestResult validate_operator_group(const Json& operator_group) {
  const Json* m = obj(operator_group, "metadata");
  std::string name = m ? str(*m, "name") : "";
  ManifestResult r{.name = name};
  r.add(annotation_name_findings(m ? obj(*m, "annotations") : nullptr, name));
  return r;
}

const std::vector<OptionalValidator>& optional_validators() { return validators_table(); }

std::string list_optional_validators() {
  // text/tabwriter with minwidth 8, tabwidth 4, padding 4.
  std::vector<std::array<std::string, 3>> rows = {{"NAME", "LABELS", "DESCRIPTION"}};
  for (const auto& v : validators_table()) {
    bool first = true;
    for (const auto& [k, val] : v.labels) {
      rows.push_back({first ? v.name : "", k + "=" + val, first ? v.description : ""});
      first = false;
    }
  }
  std::size_t w0 = 8, w1 = 8;
  for (const auto& r : rows) {
    w0 = std::max(w0, r[0].size() + 4);
    w1 = std::max(w1, r[1].size() + 4);
  }
  std::string out;
  for (const auto& r : rows) {
    std::string line = r[0] + std::string(w0 - r[0].size(), ' ') + r[1];
    if (!r[2].empty()) line += std::string(w1 - r[1].size(), ' ') + r[2];
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  }
  return out;
}

Result<void> check_selector(const std::string& selector) {
  if (selector.empty()) return ok();
  auto sel = Selector::parse(selector);
  if (!sel) return Error(ErrorCode::kInvalid, sel.error().message());
  for (const auto& v : validators_table())
    if (sel->matches(v.labels)) return ok();
  return Error(ErrorCode::kInvalid, "selector " + go_quote(sel->to_string()) + " does not match any validator labels");
}

std::vector<ManifestResult> run_optional_validators(const Bundle& b, const std::string& selector,
                                                    const std::map<std::string, std::string>& values) {
  std::vector<ManifestResult> out;
  if (selector.empty()) return out;
  auto sel = Selector::parse(selector);
  if (!sel) return out;
  for (const auto& v : validators_table()) {
    if (!sel->matches(v.labels)) continue;
    auto rs = internal::run_optional(v.name, b, values);
    out.insert(out.end(), rs.begin(), rs.end());
  }
  return out;
}

void add_results(Report& report, const std::vector<ManifestResult>& results) {
  for (const auto& r : results) {
    for (const auto& w : r.warnings) report.outputs.push_back({"warning", w.to_string()});
    for (const auto& e : r.errors) {
      report.outputs.push_back({"error", e.to_string()});
      report.passed = false;
    }
  }
}

Result<Report> validate_bundle(const Bundle& b, const ValidateOptions& options) {
  if (auto s = check_selector(options.selector); !s) return s.error();
  Report report;
  ManifestResult load{.name = b.name()};
  load.add(b.load_findings);
  add_results(report, {load});
  auto format = validate_bundle_format(b);
  if (!format.empty()) {
    std::string joined;
    for (std::size_t i = 0; i < format.size(); ++i) joined += (i ? "," : "") + format[i];
    report.outputs.push_back({"error", "error validating format in " +
                                           (options.display_dir.empty() ? b.root : options.display_dir) +
                                           ": Bundle validation errors: " + joined});
    report.passed = false;
  }
  if (b.annotations) {
    // opm never checks these two values (its comparison is a no-op); say so instead of failing.
    auto warn_value = [&](std::string_view key, const char* expected) {
      auto it = b.annotations->find(std::string(key));
      if (it != b.annotations->end() && it->second != expected && it->second + "/" != expected)
        report.outputs.push_back({"warning", "Warning: Value " + it->second + ": annotation " + go_quote(key) +
                                                 " should be " + go_quote(expected)});
    };
    warn_value(kManifestsLabel, "manifests/");
    warn_value(kMetadataLabel, "metadata/");
  }
  add_results(report, validate_bundle_content(b));
  add_results(report, run_optional_validators(b, options.selector, options.optional_values));
  return report;
}

std::string to_json_alpha1(const Report& report) {
  Json j = Json::object();
  j["passed"] = report.passed;
  if (report.outputs.empty()) {
    j["outputs"] = nullptr;
  } else {
    j["outputs"] = Json::array();
    for (const auto& o : report.outputs) j["outputs"].push_back(Json{{"type", o.type}, {"message", o.message}});
  }
  // Field order as Go's struct: passed, outputs; type, message.
  std::string out = "{\n    \"passed\": " + std::string(report.passed ? "true" : "false") + ",\n    \"outputs\": ";
  if (report.outputs.empty()) {
    out += "null";
  } else {
    out += "[\n";
    for (std::size_t i = 0; i < report.outputs.size(); ++i) {
      out += "        {\n            \"type\": " + Json(report.outputs[i].type).dump(-1, ' ', false, Json::error_handler_t::replace) +
             ",\n            \"message\": " +
             Json(report.outputs[i].message).dump(-1, ' ', false, Json::error_handler_t::replace) + "\n        }";
      out += i + 1 < report.outputs.size() ? ",\n" : "\n";
    }
    out += "    ]";
  }
  out += "\n}\n";
  return internal::go_html_escape(out);
}

std::string to_text(const Report& report) {
  std::string out;
  for (const auto& o : report.outputs) {
    const char* lvl = o.type == "error" ? "ERRO" : o.type == "warning" ? "WARN" : "INFO";
    out += std::string(lvl) + "[0000] " + o.message + "\n";
  }
  return out;
}

}  // namespace windlass::olm
