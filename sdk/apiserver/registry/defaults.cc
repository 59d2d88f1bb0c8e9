// Defaulting of built-in kinds, after upstream's v1 defaulting functions (core, apps, batch,
// networking, rbac, storage, scheduling, discovery), the Pod admission plugins enabled by
// default (ServiceAccount, Priority, DefaultTolerationSeconds) and the Job strategy's selector.
#include "registry/defaults.h"

#include <algorithm>
#include <cctype>
#include <cstdint>

namespace windlass::apiserver {

namespace {

// --- shape-tolerant helpers -----------------------------------------------------------------

// The member `key` of `parent` when both are objects, else nullptr.
Json* object_at(Json& parent, const char* key) {
  if (!parent.is_object()) return nullptr;
  auto it = parent.find(key);
  return it != parent.end() && it->is_object() ? &*it : nullptr;
}

// The member `key` as an object, created when absent or null; nullptr when it is something else.
Json* ensure_object(Json& parent, const char* key) {
  if (!parent.is_object()) return nullptr;
  Json& v = parent[key];
  if (v.is_null()) v = Json::object();
  return v.is_object() ? &v : nullptr;
}

bool unset(const Json& parent, const char* key) {
  auto it = parent.find(key);
  return it == parent.end() || it->is_null();
}

// Go's zero-value test for a string field: absent, null or "".
bool unset_string(const Json& parent, const char* key) {
  auto it = parent.find(key);
  return it == parent.end() || it->is_null() || (it->is_string() && it->get_ref<const std::string&>().empty());
}

void set_default(Json& parent, const char* key, Json value) {
  if (parent.is_object() && unset(parent, key)) parent[key] = std::move(value);
}

void set_default_string(Json& parent, const char* key, const char* value) {
  if (parent.is_object() && unset_string(parent, key)) parent[key] = value;
}

std::string string_at(const Json& parent, const char* key) {
  if (!parent.is_object()) return "";
  auto it = parent.find(key);
  return it != parent.end() && it->is_string() ? it->get<std::string>() : "";
}

// Calls fn on each object element of the array `key`.
template <class Fn>
void each(Json& parent, const char* key, Fn&& fn) {
  if (!parent.is_object()) return;
  auto it = parent.find(key);
  if (it == parent.end() || !it->is_array()) return;
  for (auto& e : *it)
    if (e.is_object()) fn(e);
}

bool non_empty_object(const Json& parent, const char* key) {
  if (!parent.is_object()) return false;
  auto it = parent.find(key);
  return it != parent.end() && it->is_object() && !it->empty();
}

constexpr std::int64_t kDefaultFileMode = 0644;  // 420, as upstream's volume sources

// --- core/v1 --------------------------------------------------------------------------------

void default_field_refs(Json& holder) {
  if (Json* f = object_at(holder, "fieldRef")) set_default_string(*f, "apiVersion", "v1");
  // Divisor is a non-pointer Quantity upstream: it always serializes, as "0" when unset.
  if (Json* r = object_at(holder, "resourceFieldRef")) set_default(*r, "divisor", "0");
}

void default_http_get(Json& handler) {
  if (Json* h = object_at(handler, "httpGet")) {
    set_default_string(*h, "path", "/");
    set_default_string(*h, "scheme", "HTTP");
  }
}

void default_probe(Json& container, const char* key) {
  Json* p = object_at(container, key);
  if (!p) return;
  for (auto [k, v] : {std::pair{"timeoutSeconds", 1}, {"periodSeconds", 10}, {"successThreshold", 1}, {"failureThreshold", 3}}) {
    auto it = p->find(k);
    // Non-pointer int32 fields: 0 means unset.
    if (it == p->end() || it->is_null() || (it->is_number_integer() && it->get<std::int64_t>() == 0)) (*p)[k] = v;
  }
  default_http_get(*p);
}

void default_container(Json& c) {
  if (unset_string(c, "imagePullPolicy")) c["imagePullPolicy"] = default_pull_policy(string_at(c, "image"));
  set_default_string(c, "terminationMessagePath", "/dev/termination-log");
  set_default_string(c, "terminationMessagePolicy", "File");
  // A non-pointer struct upstream: always serialized, as {} when empty.
  set_default(c, "resources", Json::object());
  each(c, "ports", [](Json& p) { set_default_string(p, "protocol", "TCP"); });
  for (const char* probe : {"livenessProbe", "readinessProbe", "startupProbe"}) default_probe(c, probe);
  if (Json* lc = object_at(c, "lifecycle")) {
    for (const char* hook : {"postStart", "preStop"})
      if (Json* h = object_at(*lc, hook)) default_http_get(*h);
  }
  each(c, "env", [](Json& e) {
    if (Json* from = object_at(e, "valueFrom")) default_field_refs(*from);
  });
}

void default_downward_items(Json& source) {
  each(source, "items", [](Json& item) { default_field_refs(item); });
}

void default_pvc_spec(Json& spec) { set_default_string(spec, "volumeMode", "Filesystem"); }

void default_volume(Json& v) {
  bool has_source = false;
  for (auto it = v.begin(); it != v.end(); ++it)
    if (it.key() != "name" && !it->is_null()) has_source = true;
  if (!has_source) {
    v["emptyDir"] = Json::object();
    return;
  }
  for (const char* k : {"secret", "configMap"})
    if (Json* s = object_at(v, k)) set_default(*s, "defaultMode", kDefaultFileMode);
  if (Json* d = object_at(v, "downwardAPI")) {
    set_default(*d, "defaultMode", kDefaultFileMode);
    default_downward_items(*d);
  }
  if (Json* p = object_at(v, "projected")) {
    set_default(*p, "defaultMode", kDefaultFileMode);
    each(*p, "sources", [](Json& src) {
      if (Json* t = object_at(src, "serviceAccountToken")) set_default(*t, "expirationSeconds", 3600);
      if (Json* d = object_at(src, "downwardAPI")) default_downward_items(*d);
    });
  }
  if (Json* h = object_at(v, "hostPath")) set_default(*h, "type", "");
  if (Json* i = object_at(v, "iscsi")) set_default_string(*i, "iscsiInterface", "default");
  if (Json* r = object_at(v, "rbd")) {
    set_default_string(*r, "pool", "rbd");
    set_default_string(*r, "user", "admin");
    set_default_string(*r, "keyring", "/etc/ceph/keyring");
  }
  if (Json* a = object_at(v, "azureDisk")) {
    set_default(*a, "cachingMode", "ReadWrite");
    set_default(*a, "kind", "Shared");
    set_default(*a, "fsType", "ext4");
    set_default(*a, "readOnly", false);
  }
  if (Json* s = object_at(v, "scaleIO")) {
    set_default_string(*s, "storageMode", "ThinProvisioned");
    set_default_string(*s, "fsType", "xfs");
  }
  if (Json* e = object_at(v, "ephemeral"))
    if (Json* t = object_at(*e, "volumeClaimTemplate"))
      if (Json* s = object_at(*t, "spec")) default_pvc_spec(*s);
}

// SetDefaults_PodSpec and what it reaches (containers, volumes), plus the conversion that keeps
// the deprecated serviceAccount in step with serviceAccountName. Shared by Pods and templates.
void default_pod_spec(Json& spec) {
  set_default_string(spec, "dnsPolicy", "ClusterFirst");
  set_default_string(spec, "restartPolicy", "Always");
  set_default(spec, "securityContext", Json::object());
  set_default(spec, "terminationGracePeriodSeconds", 30);
  set_default_string(spec, "schedulerName", "default-scheduler");
  for (const char* list : {"containers", "initContainers", "ephemeralContainers"}) each(spec, list, default_container);
  each(spec, "volumes", default_volume);
  std::string sa_name = string_at(spec, "serviceAccountName"), sa = string_at(spec, "serviceAccount");
  if (sa_name.empty() && !sa.empty()) spec["serviceAccountName"] = sa;
  else if (!sa_name.empty()) spec["serviceAccount"] = sa_name;
}

void default_template(Json& owner_spec) {
  if (Json* t = object_at(owner_spec, "template"))
    if (Json* s = ensure_object(*t, "spec")) default_pod_spec(*s);
}

// What only Pods get (SetDefaults_Pod): requests from limits, service links, host ports.
void default_pod(Json& pod, bool creating) {
  Json* spec = ensure_object(pod, "spec");
  if (!spec) return;
  default_pod_spec(*spec);
  for (const char* list : {"containers", "initContainers"}) {
    each(*spec, list, [](Json& c) {
      Json* res = object_at(c, "resources");
      if (!res || !non_empty_object(*res, "limits")) return;
      Json* req = ensure_object(*res, "requests");
      if (!req) return;
      for (auto it = (*res)["limits"].begin(); it != (*res)["limits"].end(); ++it)
        if (!req->contains(it.key())) (*req)[it.key()] = it.value();
    });
  }
  set_default(*spec, "enableServiceLinks", true);
  if (spec->value("hostNetwork", false) == true) {
    for (const char* list : {"containers", "initContainers"}) {
      each(*spec, list, [](Json& c) {
        each(c, "ports", [](Json& p) {
          auto hp = p.find("hostPort");
          if ((hp == p.end() || hp->is_null() || *hp == 0) && p.contains("containerPort")) p["hostPort"] = p["containerPort"];
        });
      });
    }
  }
  if (!creating) return;
  // Admission (ServiceAccount): pods run as the namespace's `default` account unless told.
  if (unset_string(*spec, "serviceAccountName")) {
    (*spec)["serviceAccountName"] = "default";
    (*spec)["serviceAccount"] = "default";
  }
  // Admission (Priority): without a class, priority 0 and the default preemption policy. A
  // named class is left as sent: its value lives in a PriorityClass this layer cannot read.
  if (unset_string(*spec, "priorityClassName")) {
    set_default(*spec, "priority", 0);
    set_default_string(*spec, "preemptionPolicy", "PreemptLowerPriority");
  }
  // Admission (DefaultTolerationSeconds): tolerate not-ready and unreachable nodes for 300s
  // unless the pod already tolerates them.
  Json& tolerations = (*spec)["tolerations"];
  if (tolerations.is_null()) tolerations = Json::array();
  if (!tolerations.is_array()) return;
  for (const char* key : {"node.kubernetes.io/not-ready", "node.kubernetes.io/unreachable"}) {
    bool tolerated = std::any_of(tolerations.begin(), tolerations.end(), [&](const Json& t) {
      if (!t.is_object()) return false;
      std::string effect = string_at(t, "effect"), k = string_at(t, "key"), op = string_at(t, "operator");
      if (!effect.empty() && effect != "NoExecute") return false;
      return k == key || (k.empty() && op == "Exists");
    });
    if (!tolerated)
      tolerations.push_back({{"key", key}, {"operator", "Exists"}, {"effect", "NoExecute"}, {"tolerationSeconds", 300}});
  }
  if (tolerations.empty()) spec->erase("tolerations");
}

bool externally_accessible(const Json& spec) {
  std::string type = string_at(spec, "type");
  if (type == "LoadBalancer" || type == "NodePort") return true;
  auto ext = spec.find("externalIPs");
  return type == "ClusterIP" && ext != spec.end() && ext->is_array() && !ext->empty();
}

void default_service(Json& svc) {
  Json* spec = ensure_object(svc, "spec");
  if (!spec) return;
  set_default_string(*spec, "sessionAffinity", "None");
  std::string affinity = string_at(*spec, "sessionAffinity");
  if (affinity == "None") {
    spec->erase("sessionAffinityConfig");
  } else if (affinity == "ClientIP") {
    if (Json* cfg = ensure_object(*spec, "sessionAffinityConfig"))
      if (Json* ip = ensure_object(*cfg, "clientIP")) set_default(*ip, "timeoutSeconds", 10800);
  }
  set_default_string(*spec, "type", "ClusterIP");
  each(*spec, "ports", [](Json& p) {
    set_default_string(p, "protocol", "TCP");
    auto tp = p.find("targetPort");
    if (tp == p.end() || tp->is_null() || *tp == 0 || *tp == "") {
      if (p.contains("port")) p["targetPort"] = p["port"];
    }
  });
  std::string type = string_at(*spec, "type");
  if (externally_accessible(*spec)) set_default_string(*spec, "externalTrafficPolicy", "Cluster");
  if (type == "ClusterIP" || type == "NodePort" || type == "LoadBalancer") set_default(*spec, "internalTrafficPolicy", "Cluster");
  if (type == "LoadBalancer") {
    set_default(*spec, "allocateLoadBalancerNodePorts", true);
    if (Json* st = object_at(svc, "status"))
      if (Json* lb = object_at(*st, "loadBalancer"))
        each(*lb, "ingress", [](Json& ing) {
          if (!string_at(ing, "ip").empty()) set_default(ing, "ipMode", "VIP");
        });
  }
  // LoadBalancerStatus is a non-pointer struct upstream: always serialized.
  if (Json* st = ensure_object(svc, "status")) set_default(*st, "loadBalancer", Json::object());
}

void default_limit_range(Json& lr) {
  Json* spec = object_at(lr, "spec");
  if (!spec) return;
  each(*spec, "limits", [](Json& item) {
    if (string_at(item, "type") != "Container") return;
    auto fill = [&](const char* to, const char* from) {
      if (!non_empty_object(item, from)) return;
      Json* dst = ensure_object(item, to);
      if (!dst) return;
      for (auto it = item[from].begin(); it != item[from].end(); ++it)
        if (!dst->contains(it.key())) (*dst)[it.key()] = it.value();
    };
    fill("default", "max");
    fill("defaultRequest", "default");
    fill("defaultRequest", "min");
  });
}

// --- apps/v1 and batch/v1 -------------------------------------------------------------------

void default_deployment(Json& spec) {
  set_default(spec, "replicas", 1);
  if (Json* s = ensure_object(spec, "strategy")) {
    set_default_string(*s, "type", "RollingUpdate");
    if (string_at(*s, "type") == "RollingUpdate")
      if (Json* ru = ensure_object(*s, "rollingUpdate")) {
        set_default(*ru, "maxUnavailable", "25%");
        set_default(*ru, "maxSurge", "25%");
      }
  }
  set_default(spec, "revisionHistoryLimit", 10);
  set_default(spec, "progressDeadlineSeconds", 600);
  default_template(spec);
}

void default_replica_set(Json& spec) {
  set_default(spec, "replicas", 1);
  default_template(spec);
}

void default_daemon_set(Json& spec) {
  if (Json* s = ensure_object(spec, "updateStrategy")) {
    set_default_string(*s, "type", "RollingUpdate");
    if (string_at(*s, "type") == "RollingUpdate")
      if (Json* ru = ensure_object(*s, "rollingUpdate")) {
        set_default(*ru, "maxUnavailable", 1);
        set_default(*ru, "maxSurge", 0);
      }
  }
  set_default(spec, "revisionHistoryLimit", 10);
  default_template(spec);
}

void default_stateful_set(Json& spec) {
  set_default_string(spec, "podManagementPolicy", "OrderedReady");
  if (Json* s = ensure_object(spec, "updateStrategy")) {
    if (unset_string(*s, "type")) {
      (*s)["type"] = "RollingUpdate";
      set_default(*s, "rollingUpdate", Json::object());
    }
    if (string_at(*s, "type") == "RollingUpdate")
      if (Json* ru = object_at(*s, "rollingUpdate")) set_default(*ru, "partition", 0);
  }
  if (Json* p = ensure_object(spec, "persistentVolumeClaimRetentionPolicy")) {
    set_default_string(*p, "whenDeleted", "Retain");
    set_default_string(*p, "whenScaled", "Retain");
  }
  set_default(spec, "replicas", 1);
  set_default(spec, "revisionHistoryLimit", 10);
  each(spec, "volumeClaimTemplates", [](Json& pvc) {
    if (Json* s = ensure_object(pvc, "spec")) default_pvc_spec(*s);
    if (Json* st = ensure_object(pvc, "status")) set_default_string(*st, "phase", "Pending");
  });
  default_template(spec);
}

// The Job strategy's selector (unless spec.manualSelector): the template is labelled with the
// job's name and uid, and the selector matches the uid.
void generate_job_selector(Json& job) {
  Json* spec = ensure_object(job, "spec");
  if (!spec) return;
  set_default(*spec, "manualSelector", false);
  if ((*spec)["manualSelector"] == true) return;
  const Json& meta = job.value("metadata", Json::object());
  std::string name = string_at(meta, "name"), uid = string_at(meta, "uid");
  Json* tmpl = ensure_object(*spec, "template");
  Json* tmeta = tmpl ? ensure_object(*tmpl, "metadata") : nullptr;
  Json* labels = tmeta ? ensure_object(*tmeta, "labels") : nullptr;
  if (labels) {
    for (const char* k : {"job-name", "batch.kubernetes.io/job-name"})
      if (!labels->contains(k)) (*labels)[k] = name;
    for (const char* k : {"controller-uid", "batch.kubernetes.io/controller-uid"})
      if (!labels->contains(k)) (*labels)[k] = uid;
  }
  Json* sel = ensure_object(*spec, "selector");
  Json* ml = sel ? ensure_object(*sel, "matchLabels") : nullptr;
  if (ml && !ml->contains("batch.kubernetes.io/controller-uid")) (*ml)["batch.kubernetes.io/controller-uid"] = uid;
}

void default_job_spec(Json& spec) {
  if (unset(spec, "completions") && unset(spec, "parallelism")) {
    spec["completions"] = 1;
    spec["parallelism"] = 1;
  }
  set_default(spec, "parallelism", 1);
  set_default(spec, "backoffLimit", unset(spec, "backoffLimitPerIndex") ? 6 : 2147483647);
  set_default_string(spec, "completionMode", "NonIndexed");
  set_default(spec, "suspend", false);
  bool failure_policy = object_at(spec, "podFailurePolicy") != nullptr;
  if (Json* pfp = object_at(spec, "podFailurePolicy"))
    each(*pfp, "rules", [](Json& rule) {
      each(rule, "onPodConditions", [](Json& c) { set_default_string(c, "status", "True"); });
    });
  set_default(spec, "podReplacementPolicy", failure_policy ? "Failed" : "TerminatingOrFailed");
  set_default(spec, "manualSelector", false);
  default_template(spec);
}

void default_job(Json& job, bool creating) {
  if (creating) generate_job_selector(job);
  Json* spec = ensure_object(job, "spec");
  if (!spec) return;
  default_job_spec(*spec);
  // A job without labels takes its template's (upstream re-defaults on every read, so the
  // generated ones show up on the Job too).
  Json* meta = ensure_object(job, "metadata");
  if (!meta) return;
  const Json* tmpl = object_at(*spec, "template");
  if (tmpl && non_empty_object(tmpl->value("metadata", Json::object()), "labels") && !non_empty_object(*meta, "labels"))
    (*meta)["labels"] = (*tmpl)["metadata"]["labels"];
}

void default_cron_job(Json& spec) {
  set_default_string(spec, "concurrencyPolicy", "Allow");
  set_default(spec, "suspend", false);
  set_default(spec, "successfulJobsHistoryLimit", 3);
  set_default(spec, "failedJobsHistoryLimit", 1);
  if (Json* jt = object_at(spec, "jobTemplate"))
    if (Json* js = object_at(*jt, "spec")) default_template(*js);
}

// --- other groups ---------------------------------------------------------------------------

void default_role_binding(Json& rb) {
  if (Json* ref = object_at(rb, "roleRef")) set_default_string(*ref, "apiGroup", "rbac.authorization.k8s.io");
  each(rb, "subjects", [](Json& s) {
    if (!unset_string(s, "apiGroup")) return;
    std::string kind = string_at(s, "kind");
    if (kind == "ServiceAccount") s["apiGroup"] = "";
    else if (kind == "User" || kind == "Group") s["apiGroup"] = "rbac.authorization.k8s.io";
  });
}

void default_network_policy(Json& np) {
  Json* spec = ensure_object(np, "spec");
  if (!spec) return;
  auto pt = spec->find("policyTypes");
  if (pt == spec->end() || pt->is_null() || (pt->is_array() && pt->empty())) {
    Json types = Json::array({"Ingress"});
    auto eg = spec->find("egress");
    if (eg != spec->end() && eg->is_array() && !eg->empty()) types.push_back("Egress");
    (*spec)["policyTypes"] = std::move(types);
  }
  for (const char* dir : {"ingress", "egress"})
    each(*spec, dir, [](Json& rule) { each(rule, "ports", [](Json& p) { set_default_string(p, "protocol", "TCP"); }); });
}

}  // namespace

std::string default_pull_policy(const std::string& image) {
  // What upstream's ParseImageName reports as the tag: "latest" when there is neither a tag
  // nor a digest; a reference it cannot parse has no tag.
  if (image.empty()) return "IfNotPresent";
  std::string name = image;
  bool digest = false;
  if (auto at = name.find('@'); at != std::string::npos) {
    name.resize(at);
    digest = true;
  }
  std::string tag;
  auto slash = name.rfind('/');
  auto colon = name.rfind(':');
  if (colon != std::string::npos && (slash == std::string::npos || colon > slash)) {
    tag = name.substr(colon + 1);
    name.resize(colon);
  }
  // Repository paths are lower case; a registry host (a first component with a dot or a port,
  // or localhost) may not be.
  std::string path = name;
  if (auto first = name.find('/'); first != std::string::npos) {
    std::string host = name.substr(0, first);
    if (host.find_first_of(".:") != std::string::npos || host == "localhost") path = name.substr(first + 1);
  }
  if (std::any_of(path.begin(), path.end(), [](unsigned char c) { return std::isupper(c); })) return "IfNotPresent";
  if (tag.empty() && !digest) tag = "latest";
  return tag == "latest" ? "Always" : "IfNotPresent";
}

void apply_builtin_defaults(Json& obj, const std::string& group, const std::string& kind, bool creating) {
  if (!obj.is_object()) return;
  if (group.empty()) {
    if (kind == "Pod") {
      default_pod(obj, creating);
    } else if (kind == "PodTemplate") {
      if (Json* t = object_at(obj, "template"))
        if (Json* s = ensure_object(*t, "spec")) default_pod_spec(*s);
    } else if (kind == "ReplicationController") {
      Json* spec = ensure_object(obj, "spec");
      if (!spec) return;
      set_default(*spec, "replicas", 1);
      const Json* tmpl = object_at(*spec, "template");
      const Json tlabels = tmpl ? tmpl->value("metadata", Json::object()).value("labels", Json()) : Json();
      if (tlabels.is_object() && !tlabels.empty()) {
        if (!non_empty_object(*spec, "selector")) (*spec)["selector"] = tlabels;
        if (Json* meta = ensure_object(obj, "metadata"); meta && !non_empty_object(*meta, "labels")) (*meta)["labels"] = tlabels;
      }
      default_template(*spec);
    } else if (kind == "Service") {
      default_service(obj);
    } else if (kind == "Secret") {
      set_default_string(obj, "type", "Opaque");
    } else if (kind == "PersistentVolumeClaim") {
      if (Json* spec = ensure_object(obj, "spec")) default_pvc_spec(*spec);
      if (Json* st = ensure_object(obj, "status")) set_default_string(*st, "phase", "Pending");
    } else if (kind == "PersistentVolume") {
      if (Json* spec = ensure_object(obj, "spec")) {
        set_default_string(*spec, "persistentVolumeReclaimPolicy", "Retain");
        set_default_string(*spec, "volumeMode", "Filesystem");
        if (Json* h = object_at(*spec, "hostPath")) set_default(*h, "type", "");
      }
      if (Json* st = ensure_object(obj, "status")) set_default_string(*st, "phase", "Pending");
    } else if (kind == "Endpoints") {
      each(obj, "subsets", [](Json& s) { each(s, "ports", [](Json& p) { set_default_string(p, "protocol", "TCP"); }); });
    } else if (kind == "Node") {
      if (Json* st = object_at(obj, "status"); st && unset(*st, "allocatable") && non_empty_object(*st, "capacity"))
        (*st)["allocatable"] = (*st)["capacity"];
    } else if (kind == "LimitRange") {
      default_limit_range(obj);
    }
  } else if (group == "apps") {
    Json* spec = ensure_object(obj, "spec");
    if (!spec) return;
    if (kind == "Deployment") default_deployment(*spec);
    else if (kind == "ReplicaSet") default_replica_set(*spec);
    else if (kind == "StatefulSet") default_stateful_set(*spec);
    else if (kind == "DaemonSet") default_daemon_set(*spec);
  } else if (group == "batch") {
    if (kind == "Job") default_job(obj, creating);
    else if (kind == "CronJob")
      if (Json* spec = ensure_object(obj, "spec")) default_cron_job(*spec);
  } else if (group == "rbac.authorization.k8s.io") {
    if (kind == "RoleBinding" || kind == "ClusterRoleBinding") default_role_binding(obj);
  } else if (group == "networking.k8s.io") {
    if (kind == "NetworkPolicy") default_network_policy(obj);
    else if (kind == "IngressClass")
      if (Json* spec = object_at(obj, "spec"))
        if (Json* p = object_at(*spec, "parameters")) set_default_string(*p, "scope", "Cluster");
  } else if (group == "storage.k8s.io") {
    if (kind == "StorageClass") {
      set_default_string(obj, "reclaimPolicy", "Delete");
      set_default_string(obj, "volumeBindingMode", "Immediate");
    }
  } else if (group == "scheduling.k8s.io") {
    if (kind == "PriorityClass") set_default_string(obj, "preemptionPolicy", "PreemptLowerPriority");
  } else if (group == "discovery.k8s.io") {
    if (kind == "EndpointSlice")
      each(obj, "ports", [](Json& p) {
        set_default(p, "name", "");
        set_default(p, "protocol", "TCP");
      });
  }
}

}  // namespace windlass::apiserver
