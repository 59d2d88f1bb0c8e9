#include <windlass/olm/bundle_generator.h>

#include <windlass/core/field_error.h>
#include <windlass/core/semver.h>
#include <windlass/core/validation.h>
#include <windlass/core/yaml.h>
#include <windlass/olm/bundle.h>

#include "csv_util.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <set>
#include <sstream>

namespace windlass::olm {

namespace fs = std::filesystem;
using internal::arr;
using internal::obj;
using internal::str;

namespace {

Error invalid(std::string msg) { return Error(ErrorCode::kInvalid, std::move(msg)); }

std::string kind_of(const Json& o) { return str(o, "kind"); }
std::string name_of(const Json& o) {
  const Json* m = obj(o, "metadata");
  return m ? str(*m, "name") : "";
}

// "apps/v1" -> "apps"; "v1" -> "".
std::string group_of(const Json& o) {
  std::string av = str(o, "apiVersion");
  auto slash = av.find('/');
  return slash == std::string::npos ? "" : av.substr(0, slash);
}

// Over wins; objects merge recursively, everything else is replaced.
void merge_into(Json& under, const Json& over) {
  if (!under.is_object() || !over.is_object()) {
    under = over;
    return;
  }
  for (auto it = over.begin(); it != over.end(); ++it) {
    auto u = under.find(it.key());
    if (u == under.end()) {
      under[it.key()] = *it;
    } else {
      merge_into(*u, *it);
    }
  }
}

// The copy written to manifests/: server-set and namespace fields removed.
Json clean_object(Json o) {
  o.erase("status");
  if (auto m = o.find("metadata"); m != o.end() && m->is_object()) {
    for (const char* k : {"namespace", "creationTimestamp", "resourceVersion", "uid", "generation",
                          "managedFields", "selfLink"})
      m->erase(k);
  }
  return o;
}

struct Crd {
  Json object;
  std::string name, group, kind, plural;
  std::vector<std::string> versions;
  std::string description;
};

Crd crd_of(const Json& o) {
  Crd c;
  c.object = o;
  c.name = name_of(o);
  const Json* spec = obj(o, "spec");
  if (!spec) return c;
  c.group = str(*spec, "group");
  if (const Json* n = obj(*spec, "names")) {
    c.kind = str(*n, "kind");
    c.plural = str(*n, "plural");
  }
  if (const Json* vs = arr(*spec, "versions")) {
    for (const Json& v : *vs) {
      if (auto n = str(v, "name"); !n.empty()) c.versions.push_back(n);
      if (c.description.empty())
        if (const Json* s = obj(v, "schema"))
          if (const Json* os = obj(*s, "openAPIV3Schema")) c.description = str(*os, "description");
    }
  }
  if (c.versions.empty())
    if (auto v = str(*spec, "version"); !v.empty()) c.versions.push_back(v);
  if (c.description.empty())
    if (const Json* s = obj(*spec, "validation"))
      if (const Json* os = obj(*s, "openAPIV3Schema")) c.description = str(*os, "description");
  return c;
}

// A pod template's service account ("default" when unset, as Kubernetes defaults it).
std::string pod_service_account(const Json& deployment) {
  const Json* spec = obj(deployment, "spec");
  const Json* t = spec ? obj(*spec, "template") : nullptr;
  const Json* ps = t ? obj(*t, "spec") : nullptr;
  std::string sa = ps ? str(*ps, "serviceAccountName") : "";
  if (sa.empty() && ps) sa = str(*ps, "serviceAccount");
  return sa.empty() ? "default" : sa;
}

const Json* pod_spec(const Json& deployment) {
  const Json* spec = obj(deployment, "spec");
  const Json* t = spec ? obj(*spec, "template") : nullptr;
  return t ? obj(*t, "spec") : nullptr;
}

// Whether a Service's selector selects the deployment's pod template.
bool selects(const Json& service, const Json& deployment) {
  const Json* ss = obj(service, "spec");
  const Json* sel = ss ? obj(*ss, "selector") : nullptr;
  if (!sel || sel->empty()) return false;
  const Json* spec = obj(deployment, "spec");
  const Json* t = spec ? obj(*spec, "template") : nullptr;
  const Json* m = t ? obj(*t, "metadata") : nullptr;
  const Json* labels = m ? obj(*m, "labels") : nullptr;
  if (!labels) return false;
  for (auto it = sel->begin(); it != sel->end(); ++it) {
    auto l = labels->find(it.key());
    if (l == labels->end() || *l != *it) return false;
  }
  return true;
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

// A YAML scalar for annotations.yaml: plain when it reads back as the same string.
std::string yaml_scalar(const std::string& v) {
  bool plain = !v.empty();
  for (char c : v)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '/' || c == '_' || c == '-' ||
          c == '+' || c == ','))
      plain = false;
  if (plain) {
    auto back = yaml_to_json("k: " + v);
    plain = back && back->is_object() && (*back)["k"] == Json(v);
  }
  return plain ? v : to_json_string(Json(v));
}

// The core annotation keys in the order opm writes them.
std::vector<std::pair<std::string, std::string>> core_annotations(const GenerateOptions& o,
                                                                   const std::vector<std::string>& channels,
                                                                   const std::string& default_channel) {
  std::string joined;
  for (const auto& c : channels) joined += (joined.empty() ? "" : ",") + c;
  std::vector<std::pair<std::string, std::string>> out = {
      {std::string(kMediatypeLabel), std::string(kRegistryV1Type)},
      {std::string(kManifestsLabel), "manifests/"},
      {std::string(kMetadataLabel), "metadata/"},
      {std::string(kPackageLabel), o.package},
      {std::string(kChannelsLabel), joined},
  };
  if (!default_channel.empty()) out.push_back({std::string(kDefaultChannelLabel), default_channel});
  return out;
}

std::string join_names(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : ", ") + x;
  return s;
}

}  // namespace

std::string display_name_of(std::string_view name) {
  std::string out;
  bool start = true;
  for (std::size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    if (c == '-' || c == '_' || c == '.' || c == ' ') {
      if (!out.empty() && out.back() != ' ') out += ' ';
      start = true;
      continue;
    }
    bool up = std::isupper(static_cast<unsigned char>(c));
    if (up && !out.empty() && out.back() != ' ' && i > 0) {
      bool prev_lower = std::islower(static_cast<unsigned char>(name[i - 1])) ||
                        std::isdigit(static_cast<unsigned char>(name[i - 1]));
      bool next_lower = i + 1 < name.size() && std::islower(static_cast<unsigned char>(name[i + 1]));
      bool prev_upper = std::isupper(static_cast<unsigned char>(name[i - 1]));
      if (prev_lower || (prev_upper && next_lower)) out += ' ';
    }
    out += start ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    start = false;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

Result<GeneratedBundle> build_bundle(const GenerateOptions& o, const std::vector<Json>& inputs, const Json* base,
                                     const Json* existing,
                                     const std::map<std::string, std::string>* existing_annotations,
                                     bool has_scorecard) {
  GeneratedBundle out;
  if (o.package.empty()) return invalid("a package name is required (--package)");
  if (auto errs = is_dns1123_label(o.package); !errs.empty())
    return invalid("invalid package name " + go_quote(o.package) + ": " + errs.front());
  std::vector<std::string> channels = o.channels;
  channels.erase(std::remove(channels.begin(), channels.end(), std::string()), channels.end());
  if (channels.empty()) channels = {"alpha"};
  std::string default_channel = o.default_channel;
  if (default_channel.empty() && channels.size() == 1) default_channel = channels[0];
  if (!default_channel.empty() && std::find(channels.begin(), channels.end(), default_channel) == channels.end())
    return invalid("default channel " + go_quote(default_channel) + " is not one of the channels " +
                   go_quote(join_names(channels)));

  // Sort the inputs by kind.
  const Json* base_from_inputs = nullptr;
  std::vector<Crd> crds;
  std::vector<const Json*> deployments, roles, cluster_roles, role_bindings, cluster_role_bindings, service_accounts,
      webhook_configs, services, others;
  for (const Json& in : inputs) {
    std::string k = kind_of(in);
    if (k == "ClusterServiceVersion") {
      if (!base_from_inputs) base_from_inputs = &in;
    } else if (k == "CustomResourceDefinition") {
      crds.push_back(crd_of(in));
    } else if (k == "Deployment") {
      deployments.push_back(&in);
    } else if (k == "Role") {
      roles.push_back(&in);
    } else if (k == "ClusterRole") {
      cluster_roles.push_back(&in);
    } else if (k == "RoleBinding") {
      role_bindings.push_back(&in);
    } else if (k == "ClusterRoleBinding") {
      cluster_role_bindings.push_back(&in);
    } else if (k == "ServiceAccount") {
      service_accounts.push_back(&in);
    } else if (k == "ValidatingWebhookConfiguration" || k == "MutatingWebhookConfiguration") {
      webhook_configs.push_back(&in);
    } else if (k == "Service") {
      services.push_back(&in);
    } else {
      others.push_back(&in);
    }
  }
  if (!base) base = base_from_inputs;
  std::sort(crds.begin(), crds.end(), [](const Crd& a, const Crd& b) { return a.name < b.name; });

  // The CSV to start from: the bundle's own over the base over a default.
  Json csv = {
      {"apiVersion", "operators.coreos.com/v1alpha1"},
      {"kind", "ClusterServiceVersion"},
      {"metadata", {{"name", ""}, {"namespace", "placeholder"}, {"annotations", {{"capabilities", "Basic Install"}}}}},
      {"spec",
       {{"displayName", display_name_of(o.package)},
        {"installModes",
         Json::array({{{"type", "OwnNamespace"}, {"supported", true}},
                      {{"type", "SingleNamespace"}, {"supported", true}},
                      {{"type", "MultiNamespace"}, {"supported", false}},
                      {{"type", "AllNamespaces"}, {"supported", true}}})},
        {"maturity", "alpha"}}}};
  if (base) {
    if (!base->is_object() || kind_of(*base) != "ClusterServiceVersion")
      return invalid("the CSV base is not a ClusterServiceVersion");
    merge_into(csv, *base);
  }
  if (existing && existing->is_object()) merge_into(csv, *existing);
  if (!csv["metadata"].is_object()) csv["metadata"] = Json::object();
  if (!csv["spec"].is_object()) csv["spec"] = Json::object();
  Json& meta = csv["metadata"];
  Json& spec = csv["spec"];

  std::string version = o.version;
  if (version.empty()) version = str(spec, "version");
  if (version.empty()) return invalid("a version is required (--version): the CSV has no spec.version");
  if (auto v = Version::parse(version); !v)
    return invalid("invalid version " + go_quote(version) + ": " + v.error().message());
  meta["name"] = o.package + ".v" + version;
  spec["version"] = version;

  // Service accounts that OLM creates: the deployments' and the extra ones.
  std::set<std::string> accounts(o.extra_service_accounts.begin(), o.extra_service_accounts.end());
  for (const Json* d : deployments) accounts.insert(pod_service_account(*d));

  // RBAC folding.
  auto find_role = [](const std::vector<const Json*>& v, const std::string& n) -> const Json* {
    for (const Json* r : v)
      if (name_of(*r) == n) return r;
    return nullptr;
  };
  std::map<std::string, std::vector<Json>> perms, cluster_perms;  // SA -> rules
  std::set<const Json*> folded;
  std::set<const Json*> kept_role_refs;
  auto fold_bindings = [&](const std::vector<const Json*>& bindings, bool cluster) {
    std::vector<const Json*> sorted = bindings;
    std::sort(sorted.begin(), sorted.end(), [](const Json* a, const Json* b) { return name_of(*a) < name_of(*b); });
    for (const Json* b : sorted) {
      const Json* ref = obj(*b, "roleRef");
      std::string ref_kind = ref ? str(*ref, "kind") : "";
      std::string ref_name = ref ? str(*ref, "name") : "";
      const Json* role = ref_kind == "Role" ? find_role(roles, ref_name)
                         : ref_kind == "ClusterRole" ? find_role(cluster_roles, ref_name)
                                                     : nullptr;
      std::vector<std::string> bound;
      bool other_subjects = false;
      if (const Json* subs = arr(*b, "subjects"))
        for (const Json& s : *subs) {
          if (str(s, "kind") == "ServiceAccount" && accounts.count(str(s, "name"))) {
            bound.push_back(str(s, "name"));
          } else {
            other_subjects = true;
          }
        }
      if (bound.empty() || !role) {
        if (role) kept_role_refs.insert(role);
        if (!bound.empty())
          out.notes.push_back(kind_of(*b) + " " + name_of(*b) + " refers to " + ref_kind + " " + ref_name +
                              ", which is not among the inputs; written as a manifest");
        continue;
      }
      if (other_subjects)
        out.notes.push_back(kind_of(*b) + " " + name_of(*b) +
                            " also binds subjects other than the operator's service accounts; only the service "
                            "accounts' permissions are kept");
      folded.insert(b);
      const Json* rules = arr(*role, "rules");
      for (const auto& sa : bound) {
        auto& target = cluster ? cluster_perms[sa] : perms[sa];
        if (rules)
          for (const Json& r : *rules)
            if (std::find(target.begin(), target.end(), r) == target.end()) target.push_back(r);
      }
    }
  };
  fold_bindings(role_bindings, false);
  fold_bindings(cluster_role_bindings, true);
  std::set<const Json*> folded_roles;
  for (const Json* b : folded) {
    const Json* ref = obj(*b, "roleRef");
    const Json* role = str(*ref, "kind") == "Role" ? find_role(roles, str(*ref, "name"))
                                                    : find_role(cluster_roles, str(*ref, "name"));
    if (role && !kept_role_refs.count(role)) folded_roles.insert(role);
  }

  // spec.install.
  if (!deployments.empty()) {
    Json deps = Json::array();
    for (const Json* d : deployments) {
      Json entry = {{"name", name_of(*d)}, {"spec", d->value("spec", Json::object())}};
      if (const Json* m = obj(*d, "metadata"))
        if (const Json* l = obj(*m, "labels"); l && !l->empty()) entry["label"] = *l;
      deps.push_back(std::move(entry));
    }
    Json install_spec = {{"deployments", deps}};
    auto perm_list = [](const std::map<std::string, std::vector<Json>>& m) {
      Json a = Json::array();
      for (const auto& [sa, rules] : m) a.push_back({{"serviceAccountName", sa}, {"rules", rules}});
      return a;
    };
    if (!perms.empty()) install_spec["permissions"] = perm_list(perms);
    if (!cluster_perms.empty()) install_spec["clusterPermissions"] = perm_list(cluster_perms);
    spec["install"] = {{"strategy", "deployment"}, {"spec", install_spec}};
  } else if (!spec.contains("install")) {
    out.notes.push_back("no Deployment among the inputs and none in the CSV: spec.install is missing");
  }

  // Owned CRDs, keeping what was written about each.
  if (!crds.empty()) {
    std::map<std::pair<std::string, std::string>, Json> described;
    if (const Json* c = obj(spec, "customresourcedefinitions"))
      if (const Json* owned = arr(*c, "owned"))
        for (const Json& e : *owned)
          if (e.is_object()) described.emplace(std::pair{str(e, "name"), str(e, "version")}, e);
    Json owned = Json::array();
    for (const Crd& c : crds) {
      for (const auto& v : c.versions) {
        Json e = Json::object();
        if (auto it = described.find({c.name, v}); it != described.end()) e = it->second;
        e["name"] = c.name;
        e["version"] = v;
        e["kind"] = c.kind;
        if (str(e, "displayName").empty()) e["displayName"] = display_name_of(c.kind);
        if (!e.contains("description") && !c.description.empty()) e["description"] = c.description;
        owned.push_back(std::move(e));
      }
    }
    if (!spec["customresourcedefinitions"].is_object()) spec["customresourcedefinitions"] = Json::object();
    spec["customresourcedefinitions"]["owned"] = owned;
  }

  // Webhooks.
  std::set<const Json*> webhook_services;
  Json defs = Json::array();
  // The deployment a Service selects, and the Service port a reference asks for (443 when it
  // names none) as containerPort/targetPort.
  auto serve_through = [&](Json& d, const Json& svc, const Json& svc_ref, const std::string& what) {
    webhook_services.insert(&svc);
    for (const Json* dep : deployments)
      if (selects(svc, *dep)) {
        d["deploymentName"] = name_of(*dep);
        break;
      }
    if (!d.contains("deploymentName"))
      out.notes.push_back(what + ": Service " + name_of(svc) + " selects none of the deployments");
    int want_port = svc_ref.contains("port") && svc_ref["port"].is_number_integer() ? svc_ref["port"].get<int>() : 443;
    const Json* ss = obj(svc, "spec");
    if (const Json* ports = ss ? arr(*ss, "ports") : nullptr) {
      const Json* chosen = nullptr;
      for (const Json& p : *ports)
        if (p.value("port", Json()) == Json(want_port)) chosen = &p;
      if (!chosen && !ports->empty()) chosen = &(*ports)[0];
      if (chosen) {
        if (chosen->contains("port")) d["containerPort"] = (*chosen)["port"];
        if (chosen->contains("targetPort")) d["targetPort"] = (*chosen)["targetPort"];
      }
    }
  };
  auto service_named = [&](const std::string& name) -> const Json* {
    for (const Json* s : services)
      if (name_of(*s) == name) return s;
    return nullptr;
  };
  if (!webhook_configs.empty()) {
    std::vector<const Json*> sorted = webhook_configs;
    std::sort(sorted.begin(), sorted.end(), [](const Json* a, const Json* b) {
      return std::pair{kind_of(*a), name_of(*a)} < std::pair{kind_of(*b), name_of(*b)};
    });
    for (const Json* wc : sorted) {
      bool mutating = kind_of(*wc) == "MutatingWebhookConfiguration";
      const Json* hooks = arr(*wc, "webhooks");
      if (!hooks) continue;
      for (const Json& h : *hooks) {
        Json d = {{"type", mutating ? "MutatingAdmissionWebhook" : "ValidatingAdmissionWebhook"},
                  {"generateName", str(h, "name")}};
        for (const char* k : {"admissionReviewVersions", "failurePolicy", "matchPolicy", "objectSelector", "rules",
                              "sideEffects", "timeoutSeconds"})
          if (h.contains(k)) d[k] = h[k];
        if (mutating && h.contains("reinvocationPolicy")) d["reinvocationPolicy"] = h["reinvocationPolicy"];
        const Json* cc = obj(h, "clientConfig");
        const Json* svc_ref = cc ? obj(*cc, "service") : nullptr;
        if (!svc_ref) {
          out.notes.push_back("webhook " + str(h, "name") + " has no clientConfig.service; OLM needs one");
          defs.push_back(std::move(d));
          continue;
        }
        if (auto p = str(*svc_ref, "path"); !p.empty()) d["webhookPath"] = p;
        const Json* svc = service_named(str(*svc_ref, "name"));
        if (!svc) {
          out.notes.push_back("webhook " + str(h, "name") + ": Service " + str(*svc_ref, "name") +
                              " is not among the inputs, so its deployment and ports are unknown");
          defs.push_back(std::move(d));
          continue;
        }
        serve_through(d, *svc, *svc_ref, "webhook " + str(h, "name"));
        defs.push_back(std::move(d));
      }
    }
  }
  // Conversion webhooks, as operator-sdk derives them: CRDs whose spec.conversion calls a
  // Service among the inputs, one description per (Service, port, path) listing those CRDs in
  // conversionCRDs, named "c<first label of each CRD name>.kb.io".
  for (const Json* svc : services) {
    struct Group {
      Json ref;  // the service reference of the first CRD
      Json review_versions = Json::array();
      std::vector<std::string> crds;
    };
    std::map<std::pair<int, std::string>, Group> groups;
    for (const Crd& c : crds) {
      const Json* cs = obj(c.object, "spec");
      const Json* conv = cs ? obj(*cs, "conversion") : nullptr;
      if (!conv) continue;
      // v1: conversion.webhook.{clientConfig, conversionReviewVersions};
      // v1beta1: conversion.{webhookClientConfig, conversionReviewVersions}.
      const Json* wh = obj(*conv, "webhook");
      const Json* cc = wh ? obj(*wh, "clientConfig") : obj(*conv, "webhookClientConfig");
      const Json* ref = cc ? obj(*cc, "service") : nullptr;
      if (!ref || str(*ref, "name") != name_of(*svc)) continue;
      int port = ref->contains("port") && (*ref)["port"].is_number_integer() ? (*ref)["port"].get<int>() : 443;
      Group& g = groups[{port, str(*ref, "path")}];
      if (g.crds.empty()) {
        g.ref = *ref;
        const Json* versions = arr(wh ? *wh : *conv, "conversionReviewVersions");
        if (versions) g.review_versions = *versions;
      }
      g.crds.push_back(c.name);
    }
    for (auto& [key, g] : groups) {
      std::sort(g.crds.begin(), g.crds.end());
      std::string name = "c";
      for (const std::string& n : g.crds) name += n.substr(0, n.find('.'));
      name += ".kb.io";
      Json d = {{"type", "ConversionWebhook"},
                {"generateName", name},
                {"conversionCRDs", g.crds},
                {"admissionReviewVersions", g.review_versions},
                {"sideEffects", "None"},
                {"webhookPath", key.second}};
      if (g.review_versions.empty())
        out.notes.push_back("conversion webhook " + name + ": the CRDs name no conversionReviewVersions");
      serve_through(d, *svc, g.ref, "conversion webhook " + name);
      defs.push_back(std::move(d));
    }
  }
  if (!defs.empty()) {
    std::stable_sort(defs.begin(), defs.end(), [](const Json& a, const Json& b) {
      return str(a, "generateName") < str(b, "generateName");
    });
    spec["webhookdefinitions"] = defs;
  }

  // --use-image-digests: tags become digests before relatedImages is built from the images, so
  // it lists the pinned references. A run without manifests/ writes no CSV and resolves nothing.
  std::map<std::string, std::string> pinned;  // as written -> pinned, one resolution per reference
  auto pin = [&](Json& value) -> Result<void> {
    if (!value.is_string() || value.get<std::string>().empty()) return ok();
    std::string image = value.get<std::string>();
    auto it = pinned.find(image);
    if (it == pinned.end()) {
      WINDLASS_TRY(std::string p, pin_image(image, o.resolve_digest));
      it = pinned.emplace(image, std::move(p)).first;
    }
    value = it->second;
    return ok();
  };
  const bool pinning = o.resolve_digest && o.write_manifests;
  if (pinning) {
    if (auto in = spec.find("install"); in != spec.end() && in->is_object())
      if (auto is = in->find("spec"); is != in->end() && is->is_object())
        if (auto ds = is->find("deployments"); ds != is->end() && ds->is_array())
          for (Json& d : *ds) {
            Json* ps = d.is_object() && d.contains("spec") ? &d["spec"] : nullptr;
            ps = ps && ps->is_object() && ps->contains("template") ? &(*ps)["template"] : nullptr;
            ps = ps && ps->is_object() && ps->contains("spec") ? &(*ps)["spec"] : nullptr;
            if (!ps || !ps->is_object()) continue;
            for (const char* list : {"initContainers", "containers"}) {
              auto cs = ps->find(list);
              if (cs == ps->end() || !cs->is_array()) continue;
              for (Json& c : *cs) {
                if (!c.is_object()) continue;
                if (auto env = c.find("env"); env != c.end() && env->is_array())
                  for (Json& e : *env)
                    if (e.is_object() && str(e, "name").rfind("RELATED_IMAGE_", 0) == 0 && e.contains("value")) {
                      auto r = pin(e["value"]);
                      if (!r) return r.error();
                    }
                if (c.contains("image")) {
                  auto r = pin(c["image"]);
                  if (!r) return r.error();
                }
              }
            }
          }
    if (auto a = meta.find("annotations"); a != meta.end() && a->is_object() && a->contains("containerImage")) {
      auto r = pin((*a)["containerImage"]);
      if (!r) return r.error();
    }
  }

  // relatedImages: the base's, RELATED_IMAGE_* env values, container images.
  {
    Json related = Json::array();
    std::set<std::string> seen;
    auto add = [&](const std::string& name, const std::string& image) {
      if (image.empty() || !seen.insert(image).second) return;
      related.push_back(name.empty() ? Json{{"image", image}} : Json{{"name", name}, {"image", image}});
    };
    if (base)
      if (const Json* bs = obj(*base, "spec"))
        if (const Json* ri = arr(*bs, "relatedImages"))
          for (const Json& r : *ri) {
            Json image = str(r, "image");
            if (pinning) {
              auto p = pin(image);
              if (!p) return p.error();
            }
            add(str(r, "name"), image.get<std::string>());
          }
    const Json* deps_json = nullptr;
    if (const Json* in = obj(spec, "install"))
      if (const Json* is = obj(*in, "spec")) deps_json = arr(*is, "deployments");
    if (deps_json) {
      for (const Json& d : *deps_json) {
        const Json* ps = pod_spec(d);
        if (!ps) continue;
        for (const char* list : {"initContainers", "containers"}) {
          const Json* cs = arr(*ps, list);
          if (!cs) continue;
          for (const Json& c : *cs) {
            if (const Json* env = arr(c, "env"))
              for (const Json& e : *env) {
                std::string n = str(e, "name");
                if (n.rfind("RELATED_IMAGE_", 0) == 0) add(lower(n.substr(14)), str(e, "value"));
              }
            add(str(c, "name"), str(c, "image"));
          }
        }
      }
    }
    if (!related.empty()) {
      spec["relatedImages"] = related;
    } else {
      spec.erase("relatedImages");
    }
  }

  // Examples from samples of owned kinds.
  {
    std::set<std::pair<std::string, std::string>> owned_gk;
    for (const Crd& c : crds) owned_gk.insert({c.group, c.kind});
    std::vector<Json> samples;
    for (const Json* x : others)
      if (owned_gk.count({group_of(*x), kind_of(*x)})) samples.push_back(clean_object(*x));
    if (!samples.empty()) {
      std::stable_sort(samples.begin(), samples.end(), [](const Json& a, const Json& b) {
        return std::pair{kind_of(a), name_of(a)} < std::pair{kind_of(b), name_of(b)};
      });
      if (!meta["annotations"].is_object()) meta["annotations"] = Json::object();
      meta["annotations"]["alm-examples"] = to_pretty_json_string(Json(samples));
    }
    others.erase(std::remove_if(others.begin(), others.end(),
                                [&](const Json* x) { return owned_gk.count({group_of(*x), kind_of(*x)}) > 0; }),
                 others.end());
  }

  // manifests/.
  if (o.write_manifests) {
    out.files["manifests/" + o.package + ".clusterserviceversion.yaml"] = to_yaml(csv);
    for (const Crd& c : crds) {
      std::string file = "manifests/" + c.group + "_" + c.plural + ".yaml";
      if (out.files.count(file)) return invalid("two CRDs would both be written to " + file);
      out.files[file] = to_yaml(clean_object(c.object));
    }
    static const std::set<std::string> allowed = {
        "Service", "ServiceAccount", "Role", "RoleBinding", "ClusterRole", "ClusterRoleBinding", "PrometheusRule",
        "ServiceMonitor", "PodMonitor", "Secret", "ConfigMap", "PodDisruptionBudget", "PriorityClass",
        "VerticalPodAutoscaler", "NetworkPolicy", "ConsoleYAMLSample", "ConsoleQuickStart", "ConsoleCLIDownload",
        "ConsoleLink", "ConsolePlugin"};
    std::vector<const Json*> rest;
    for (const auto* list : {&services, &service_accounts, &roles, &cluster_roles, &role_bindings,
                             &cluster_role_bindings, &others})
      rest.insert(rest.end(), list->begin(), list->end());
    for (const Json* x : rest) {
      std::string k = kind_of(*x), n = name_of(*x);
      if (webhook_services.count(x) || folded.count(x) || folded_roles.count(x)) continue;
      if (k == "ServiceAccount" && accounts.count(n)) continue;
      if (!allowed.count(k)) {
        out.notes.push_back(k + " " + n + " left out: a registry+v1 bundle cannot carry kind " + k);
        continue;
      }
      if (n.empty()) {
        out.notes.push_back(k + " without metadata.name left out");
        continue;
      }
      std::string av = str(*x, "apiVersion");
      std::replace(av.begin(), av.end(), '/', '_');
      std::string file = "manifests/" + n + "_" + av + "_" + lower(k) + ".yaml";
      if (out.files.count(file)) return invalid("two objects would both be written to " + file);
      out.files[file] = to_yaml(clean_object(*x));
    }
  }

  // metadata/annotations.yaml and bundle.Dockerfile.
  if (o.write_metadata) {
    auto core = core_annotations(o, channels, default_channel);
    std::vector<std::pair<std::string, std::string>> test;
    if (has_scorecard)
      test = {{std::string(kTestMediatypeLabel), "scorecard+v1"}, {std::string(kTestConfigLabel), "tests/scorecard/"}};
    std::vector<std::pair<std::string, std::string>> extra;
    if (existing_annotations && !o.overwrite) {
      std::vector<std::string> problems;
      for (const auto* list : {&core, &test})
        for (const auto& [k, v] : *list) {
          auto it = existing_annotations->find(k);
          if (it == existing_annotations->end()) {
            problems.push_back("Missing field: " + k);
          } else if (it->second != v) {
            problems.push_back("Expect field " + go_quote(k) + " to have value " + go_quote(v) + " instead of " +
                               go_quote(it->second));
          }
        }
      if (!problems.empty()) {
        std::string s;
        for (const auto& p : problems) s += (s.empty() ? "" : "\n") + p;
        return invalid("metadata/annotations.yaml exists and differs (use --overwrite to replace it):\n" + s);
      }
    }
    if (existing_annotations) {
      std::set<std::string> owned_keys = {std::string(kDefaultChannelLabel), std::string(kTestMediatypeLabel),
                                          std::string(kTestConfigLabel)};
      for (const auto& [k, v] : core) owned_keys.insert(k);
      for (const auto& [k, v] : *existing_annotations)
        if (!owned_keys.count(k)) extra.push_back({k, v});
    }
    if (o.overwrite || !existing_annotations) {
      std::string ann = "annotations:\n  # Core bundle annotations.\n";
      for (const auto& [k, v] : core) ann += "  " + k + ": " + yaml_scalar(v) + "\n";
      if (!extra.empty()) {
        ann += "  # Kept from the existing annotations.yaml.\n";
        for (const auto& [k, v] : extra) ann += "  " + k + ": " + yaml_scalar(v) + "\n";
      }
      if (!test.empty()) {
        ann += "  # Annotations for testing.\n";
        for (const auto& [k, v] : test) ann += "  " + k + ": " + yaml_scalar(v) + "\n";
      }
      out.files["metadata/annotations.yaml"] = ann;
    } else {
      extra.clear();
      for (const auto& kv : *existing_annotations) {
        auto same_key = [&](const auto& p) { return p.first == kv.first; };
        bool is_core = std::any_of(core.begin(), core.end(), same_key) || std::any_of(test.begin(), test.end(), same_key);
        if (!is_core) extra.push_back(kv);
      }
    }
    std::string df = "FROM scratch\n\n# Core bundle labels.\n";
    for (const auto& [k, v] : core) df += "LABEL " + k + "=" + v + "\n";
    for (const auto& [k, v] : extra) df += "LABEL " + k + "=" + v + "\n";
    if (!test.empty()) {
      df += "\n# Labels for testing.\n";
      for (const auto& [k, v] : test) df += "LABEL " + k + "=" + v + "\n";
    }
    df += "\n# Copy files to locations specified by labels.\nCOPY manifests /manifests/\nCOPY metadata /metadata/\n";
    if (has_scorecard) df += "COPY tests/scorecard /tests/scorecard/\n";
    out.files["bundle.Dockerfile"] = df;
  }
  return out;
}

namespace {

Result<std::string> read_all(const fs::path& p) {
  std::error_code ec;
  auto size = fs::file_size(p, ec);
  if (ec) return Error(ErrorCode::kNotFound, "read " + p.string() + ": " + ec.message());
  if (size > kMaxManifestFileBytes)
    return invalid("read " + p.string() + ": larger than " + format_bytes(static_cast<std::int64_t>(kMaxManifestFileBytes)));
  std::ifstream in(p, std::ios::binary);
  if (!in) return Error(ErrorCode::kNotFound, "read " + p.string() + ": cannot open file");
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool manifest_name(const fs::path& p) {
  auto e = p.extension().string();
  return e == ".yaml" || e == ".yml" || e == ".json";
}

// Every object of a manifest file (all documents; `kind: List` items expanded).
Result<void> read_objects(const fs::path& p, std::vector<Json>& out) {
  auto text = read_all(p);
  if (!text) return text.error();
  auto docs = yaml_to_json_documents(*text);
  if (!docs) return invalid(p.string() + ": " + docs.error().message());
  for (Json& d : *docs) {
    if (d.is_null()) continue;
    if (!d.is_object()) return invalid(p.string() + ": a document is not an object");
    if (str(d, "kind") == "List" || (str(d, "kind").size() > 4 && str(d, "kind").ends_with("List") && d.contains("items"))) {
      if (const Json* items = arr(d, "items"))
        for (const Json& i : *items)
          if (i.is_object()) out.push_back(i);
      continue;
    }
    if (str(d, "kind").empty()) return invalid(p.string() + ": an object has no kind");
    out.push_back(std::move(d));
  }
  return ok();
}

Result<void> read_tree(const fs::path& p, std::vector<Json>& out) {
  std::error_code ec;
  if (fs::is_regular_file(p, ec)) return read_objects(p, out);
  if (!fs::is_directory(p, ec)) return Error(ErrorCode::kNotFound, p.string() + " is not a file or directory");
  std::vector<fs::path> files;
  for (fs::recursive_directory_iterator it(p, ec), end; !ec && it != end; it.increment(ec)) {
    auto name = it->path().filename().string();
    if (!name.empty() && name[0] == '.') {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(ec) && manifest_name(it->path())) files.push_back(it->path());
  }
  if (ec) return invalid("read " + p.string() + ": " + ec.message());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    auto r = read_objects(f, out);
    if (!r) return r;
  }
  return ok();
}

}  // namespace

Result<GenerateReport> generate_bundle(const GenerateOptions& o) {
  std::vector<Json> inputs;
  for (const auto& d : o.input_dirs) {
    auto r = read_tree(d, inputs);
    if (!r) return r.error();
  }
  std::optional<Json> base;
  if (!o.csv_base.empty()) {
    std::vector<Json> objs;
    auto r = read_objects(o.csv_base, objs);
    if (!r) return r.error();
    for (auto& x : objs)
      if (kind_of(x) == "ClusterServiceVersion") {
        base = std::move(x);
        break;
      }
    if (!base) return invalid(o.csv_base.string() + " holds no ClusterServiceVersion");
  }
  // What the bundle already holds.
  std::optional<Json> existing;
  std::optional<std::map<std::string, std::string>> existing_annotations;
  std::error_code ec;
  bool has_scorecard = fs::is_directory(o.output_dir / "tests" / "scorecard", ec);
  if (fs::is_directory(o.output_dir, ec)) {
    auto b = load_bundle(o.output_dir, {.strict = false});
    if (b) {
      if (const Json* c = b->csv()) existing = *c;
      existing_annotations = b->annotations;
    }
  }
  WINDLASS_TRY(GeneratedBundle g, build_bundle(o, inputs, base ? &*base : nullptr, existing ? &*existing : nullptr,
                                               existing_annotations ? &*existing_annotations : nullptr, has_scorecard));
  GenerateReport report;
  report.notes = g.notes;
  for (const auto& [rel, content] : g.files) {
    fs::path p = o.output_dir / rel;
    auto current = read_all(p);
    if (current && *current == content) {
      report.unchanged.push_back(p.string());
      continue;
    }
    fs::create_directories(p.parent_path(), ec);
    std::ofstream f(p, std::ios::binary | std::ios::trunc);
    f << content;
    f.close();
    if (!f) return Error(ErrorCode::kInternal, "write " + p.string() + ": failed");
    report.written.push_back(p.string());
  }
  if (o.write_manifests) {
    fs::path mdir = o.output_dir / "manifests";
    std::vector<fs::path> stale;
    for (fs::directory_iterator it(mdir, ec), end; !ec && it != end; it.increment(ec))
      if (!g.files.count("manifests/" + it->path().filename().string())) stale.push_back(it->path());
    std::sort(stale.begin(), stale.end());
    for (const auto& s : stale) {
      std::error_code rec;
      if (fs::is_directory(s, rec)) continue;
      fs::remove(s, rec);
      if (!rec) report.removed.push_back(s.string());
    }
  }
  return report;
}

}  // namespace windlass::olm
