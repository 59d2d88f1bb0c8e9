#include "rest/table.h"

#include "rest/common.h"

#include <windlass/core/label_selector.h>

#include <functional>
#include <strings.h>

namespace windlass::apiserver {

namespace {

struct Column {
  std::string name;
  std::string type = "string";
  std::string format;
  std::string description;
  int priority = 0;
};

using CellsFn = std::function<Json(const Json& obj, TimePoint now)>;  // an array of cells

struct Printer {
  std::vector<Column> columns;
  CellsFn cells;
};

const Json& at(const Json& obj, std::initializer_list<const char*> path) {
  static const Json kNull;
  const Json* cur = &obj;
  for (const char* k : path) {
    if (!cur->is_object() || !cur->contains(k)) return kNull;
    cur = &(*cur)[k];
  }
  return *cur;
}

std::string name_of(const Json& o) { return at(o, {"metadata", "name"}).is_string() ? at(o, {"metadata", "name"}).get<std::string>() : ""; }

std::string age(const Json& o, TimePoint now) {
  const Json& ts = at(o, {"metadata", "creationTimestamp"});
  if (!ts.is_string()) return "<unknown>";
  auto t = parse_rfc3339(ts.get<std::string>());
  return t ? human_age(*t, now) : "<unknown>";
}

std::int64_t num(const Json& v) { return v.is_number_integer() ? v.get<std::int64_t>() : 0; }

std::string joined(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : ",") + x;
  return s.empty() ? "<none>" : s;
}

const Column kName{"Name", "string", "name", "The object's name."};
const Column kAge{"Age", "date", "", "The time since the object was created."};


// Containers, images and selector of a workload's pod template (the -o wide columns).
Json template_wide(const Json& o) {
  std::vector<std::string> names, images;
  const Json& cs = at(o, {"spec", "template", "spec", "containers"});
  for (const auto& c : cs.is_array() ? cs : Json::array()) {
    names.push_back(c.value("name", ""));
    images.push_back(c.value("image", ""));
  }
  std::string selector = "<none>";
  if (at(o, {"spec", "selector"}).is_object()) {
    try {
      selector = format_label_selector(at(o, {"spec", "selector"}).get<LabelSelector>());
    } catch (const Json::exception&) {
    }
  }
  return Json::array({joined(names), joined(images), selector});
}

const Column kContainers{"Containers", "string", "", "The template's container names.", 1};
const Column kImages{"Images", "string", "", "The template's container images.", 1};
const Column kSelector{"Selector", "string", "", "The pod selector.", 1};

Json concat(Json a, const Json& b) {
  for (const auto& x : b) a.push_back(x);
  return a;
}

std::string str_or(const Json& v, const char* fallback) {
  return v.is_string() && !v.get<std::string>().empty() ? v.get<std::string>() : fallback;
}

std::string access_modes(const Json& modes) {
  std::string out;
  for (const auto& m : modes.is_array() ? modes : Json::array()) {
    std::string s = m.is_string() ? m.get<std::string>() : "";
    std::string a = s == "ReadWriteOnce" ? "RWO" : s == "ReadOnlyMany" ? "ROX" : s == "ReadWriteMany" ? "RWX"
                  : s == "ReadWriteOncePod" ? "RWOP" : s;
    out += (out.empty() ? "" : ",") + a;
  }
  return out;
}

void add_more_printers(std::map<std::string, Printer>& p) {
  p["apps/replicasets"] = {{kName, {"Desired", "integer", "", "Number of desired pods."},
                            {"Current", "integer", "", "Number of actually running pods."},
                            {"Ready", "integer", "", "Number of ready pods."}, kAge, kContainers, kImages, kSelector},
                           [](const Json& o, TimePoint now) {
                             std::int64_t want = at(o, {"spec", "replicas"}).is_number() ? num(at(o, {"spec", "replicas"})) : 1;
                             return concat(Json::array({name_of(o), want, num(at(o, {"status", "replicas"})),
                                                        num(at(o, {"status", "readyReplicas"})), age(o, now)}),
                                           template_wide(o));
                           }};
  p["apps/statefulsets"] = {{kName, {"Ready", "string", "", "Ready pods of the desired number."}, kAge, kContainers, kImages},
                            [](const Json& o, TimePoint now) {
                              std::int64_t want = at(o, {"spec", "replicas"}).is_number() ? num(at(o, {"spec", "replicas"})) : 1;
                              Json wide = template_wide(o);
                              return Json::array({name_of(o), std::to_string(num(at(o, {"status", "readyReplicas"}))) + "/" + std::to_string(want),
                                                  age(o, now), wide[0], wide[1]});
                            }};
  p["apps/daemonsets"] = {{kName, {"Desired", "integer", "", "The desired number of daemon pods."},
                           {"Current", "integer", "", "The current number of daemon pods."},
                           {"Ready", "integer", "", "The number of daemon pods that are ready."},
                           {"Up-to-date", "integer", "", "The number of daemon pods that are up to date."},
                           {"Available", "integer", "", "The number of daemon pods that are available."},
                           {"Node Selector", "string", "", "The node selector of the daemon pods."}, kAge, kContainers, kImages, kSelector},
                          [](const Json& o, TimePoint now) {
                            std::vector<std::string> sel;
                            const Json& ns = at(o, {"spec", "template", "spec", "nodeSelector"});
                            if (ns.is_object())
                              for (auto it = ns.begin(); it != ns.end(); ++it)
                                sel.push_back(it.key() + "=" + (it.value().is_string() ? it.value().get<std::string>() : ""));
                            return concat(Json::array({name_of(o), num(at(o, {"status", "desiredNumberScheduled"})),
                                                       num(at(o, {"status", "currentNumberScheduled"})), num(at(o, {"status", "numberReady"})),
                                                       num(at(o, {"status", "updatedNumberScheduled"})), num(at(o, {"status", "numberAvailable"})),
                                                       joined(sel), age(o, now)}),
                                          template_wide(o));
                          }};
  p["batch/jobs"] = {{kName, {"Status", "string", "", "Status of the job."},
                      {"Completions", "string", "", "The completed and the desired completions."},
                      {"Duration", "string", "", "Time the job ran for."}, kAge, kContainers, kImages, kSelector},
                     [](const Json& o, TimePoint now) {
                       std::string status = "Running";
                       for (const auto& c : at(o, {"status", "conditions"}).is_array() ? at(o, {"status", "conditions"}) : Json::array())
                         if (c.value("status", "") == "True") {
                           std::string t = c.value("type", "");
                           if (t == "Complete") status = "Complete";
                           else if (t == "Failed") status = "Failed";
                           else if (t == "Suspended") status = "Suspended";
                           else if (t == "FailureTarget") status = "FailureTarget";
                           else if (t == "SuccessCriteriaMet") status = "SuccessCriteriaMet";
                         }
                       std::string completions = std::to_string(num(at(o, {"status", "succeeded"}))) + "/" +
                                                 (at(o, {"spec", "completions"}).is_number() ? std::to_string(num(at(o, {"spec", "completions"}))) : std::string("1"));
                       std::string duration;
                       auto start = at(o, {"status", "startTime"});
                       if (start.is_string()) {
                         auto s0 = parse_rfc3339(start.get<std::string>());
                         auto done = at(o, {"status", "completionTime"});
                         auto s1 = done.is_string() ? parse_rfc3339(done.get<std::string>()) : Result<TimePoint>(now);
                         if (s0 && s1) duration = human_age(*s0, *s1);
                       }
                       return concat(Json::array({name_of(o), status, completions, duration, age(o, now)}), template_wide(o));
                     }};
  p["batch/cronjobs"] = {{kName, {"Schedule", "string", "", "The schedule in cron format."},
                          {"Timezone", "string", "", "The time zone of the schedule."},
                          {"Suspend", "boolean", "", "Whether the cron job is suspended."},
                          {"Active", "integer", "", "Number of running jobs."},
                          {"Last Schedule", "date", "", "When the job was last scheduled."}, kAge,
                          kContainers, kImages, kSelector},
                         [](const Json& o, TimePoint now) {
                           std::string last = "<none>";
                           const Json& ls = at(o, {"status", "lastScheduleTime"});
                           if (ls.is_string())
                             if (auto t = parse_rfc3339(ls.get<std::string>())) last = human_age(*t, now);
                           Json jt = at(o, {"spec", "jobTemplate"});
                           Json wide = template_wide(Json{{"spec", jt.is_object() ? jt.value("spec", Json::object()) : Json::object()}});
                           return concat(Json::array({name_of(o), str_or(at(o, {"spec", "schedule"}), ""),
                                                      str_or(at(o, {"spec", "timeZone"}), "<none>"),
                                                      at(o, {"spec", "suspend"}).is_boolean() ? at(o, {"spec", "suspend"}) : Json(false),
                                                      at(o, {"status", "active"}).is_array() ? at(o, {"status", "active"}).size() : 0,
                                                      last, age(o, now)}),
                                         wide);
                         }};
  p["/nodes"] = {{kName, {"Status", "string", "", "The status of the node."}, {"Roles", "string", "", "The roles of the node."},
                  kAge, {"Version", "string", "", "Kubelet version."},
                  {"Internal-IP", "string", "", "The node's internal address.", 1},
                  {"External-IP", "string", "", "The node's external address.", 1},
                  {"OS-Image", "string", "", "The node's operating system.", 1},
                  {"Kernel-Version", "string", "", "The node's kernel version.", 1},
                  {"Container-Runtime", "string", "", "The node's container runtime.", 1}},
                 [](const Json& o, TimePoint now) {
                   std::string status = "Unknown";
                   for (const auto& c : at(o, {"status", "conditions"}).is_array() ? at(o, {"status", "conditions"}) : Json::array())
                     if (c.value("type", "") == "Ready") status = c.value("status", "") == "True" ? "Ready" : "NotReady";
                   if (at(o, {"spec", "unschedulable"}) == true) status += ",SchedulingDisabled";
                   std::vector<std::string> roles;
                   const Json& labels = at(o, {"metadata", "labels"});
                   if (labels.is_object())
                     for (auto it = labels.begin(); it != labels.end(); ++it)
                       if (it.key().rfind("node-role.kubernetes.io/", 0) == 0) roles.push_back(it.key().substr(24));
                   std::string internal = "<none>", external = "<none>";
                   for (const auto& a : at(o, {"status", "addresses"}).is_array() ? at(o, {"status", "addresses"}) : Json::array()) {
                     if (a.value("type", "") == "InternalIP" && internal == "<none>") internal = a.value("address", "");
                     if (a.value("type", "") == "ExternalIP" && external == "<none>") external = a.value("address", "");
                   }
                   const Json& info = at(o, {"status", "nodeInfo"});
                   return Json::array({name_of(o), status, joined(roles), age(o, now), str_or(at(info, {"kubeletVersion"}), ""),
                                       internal, external, str_or(at(info, {"osImage"}), "<unknown>"),
                                       str_or(at(info, {"kernelVersion"}), "<unknown>"), str_or(at(info, {"containerRuntimeVersion"}), "<unknown>")});
                 }};
  p["/endpoints"] = {{kName, {"Endpoints", "string", "", "Endpoints of the service."}, kAge},
                     [](const Json& o, TimePoint now) {
                       std::string eps;
                       for (const auto& ss : at(o, {"subsets"}).is_array() ? at(o, {"subsets"}) : Json::array())
                         for (const auto& a : ss.value("addresses", Json::array()))
                           for (const auto& pt : ss.value("ports", Json::array()))
                             eps += (eps.empty() ? "" : ",") + a.value("ip", "") + ":" + std::to_string(pt.value("port", 0));
                       return Json::array({name_of(o), eps.empty() ? "<none>" : eps, age(o, now)});
                     }};
  p["/persistentvolumeclaims"] = {{kName, {"Status", "string", "", "The phase of the claim."},
                                   {"Volume", "string", "", "The volume bound to the claim."},
                                   {"Capacity", "string", "", "The capacity of the bound volume."},
                                   {"Access Modes", "string", "", "The access modes of the bound volume."},
                                   {"StorageClass", "string", "", "The storage class of the claim."},
                                   {"VolumeAttributesClass", "string", "", "The volume attributes class of the claim."}, kAge,
                                   {"VolumeMode", "string", "", "The volume mode of the claim.", 1}},
                                  [](const Json& o, TimePoint now) {
                                    const Json& cap = at(o, {"status", "capacity", "storage"});
                                    return Json::array({name_of(o), str_or(at(o, {"status", "phase"}), "Pending"), str_or(at(o, {"spec", "volumeName"}), ""),
                                                        cap.is_string() ? cap.get<std::string>() : "", access_modes(at(o, {"status", "accessModes"})),
                                                        str_or(at(o, {"spec", "storageClassName"}), ""),
                                                        str_or(at(o, {"spec", "volumeAttributesClassName"}), "<unset>"), age(o, now),
                                                        str_or(at(o, {"spec", "volumeMode"}), "Filesystem")});
                                  }};
  p["/persistentvolumes"] = {{kName, {"Capacity", "string", "", "The storage capacity of the volume."},
                              {"Access Modes", "string", "", "The ways the volume can be mounted."},
                              {"Reclaim Policy", "string", "", "What happens to the volume when its claim is released."},
                              {"Status", "string", "", "The phase of the volume."},
                              {"Claim", "string", "", "The claim bound to the volume."},
                              {"StorageClass", "string", "", "The storage class of the volume."},
                              {"VolumeAttributesClass", "string", "", "The volume attributes class of the volume."},
                              {"Reason", "string", "", "Why the volume is in its phase."}, kAge,
                              {"VolumeMode", "string", "", "The volume mode of the volume.", 1}},
                             [](const Json& o, TimePoint now) {
                               const Json& cap = at(o, {"spec", "capacity", "storage"});
                               const Json& claim = at(o, {"spec", "claimRef"});
                               std::string claimed = claim.is_object() ? str_or(at(claim, {"namespace"}), "") + "/" + str_or(at(claim, {"name"}), "") : "";
                               std::string phase = at(o, {"metadata", "deletionTimestamp"}).is_string() ? "Terminating" : str_or(at(o, {"status", "phase"}), "");
                               const Json& legacy_class = at(o, {"metadata", "annotations", "volume.beta.kubernetes.io/storage-class"});
                               return Json::array({name_of(o), cap.is_string() ? cap.get<std::string>() : cap.is_number() ? cap.dump() : "0",
                                                   access_modes(at(o, {"spec", "accessModes"})),
                                                   str_or(at(o, {"spec", "persistentVolumeReclaimPolicy"}), ""), phase, claimed,
                                                   legacy_class.is_string() ? legacy_class.get<std::string>() : str_or(at(o, {"spec", "storageClassName"}), ""),
                                                   str_or(at(o, {"spec", "volumeAttributesClassName"}), "<unset>"),
                                                   str_or(at(o, {"status", "reason"}), ""), age(o, now),
                                                   str_or(at(o, {"spec", "volumeMode"}), "<unset>")});
                             }};
  // core/v1 and events.k8s.io/v1 Events print alike; the newer one names its fields differently.
  auto event_printer = [](bool core) -> Printer {
    return {{{"Last Seen", "string", "", "When the event was last observed."},
             {"Type", "string", "", "Normal or Warning."},
             {"Reason", "string", "", "A short, machine-understandable reason for the event."},
             {"Object", "string", "", "The object the event is about."},
             {"Subobject", "string", "", "The part of the object the event is about.", 1},
             {"Source", "string", "", "The component (and host) that reported the event.", 1},
             {"Message", "string", "", "A human-readable description of the event."},
             {"First Seen", "string", "", "When the event was first observed.", 1},
             {"Count", "string", "", "How many times the event happened.", 1},
             {"Name", "string", "name", "The event's name.", 1}},
            [core](const Json& o, TimePoint now) {
              auto since = [&](const Json& ts) -> std::string {
                auto t = ts.is_string() ? parse_rfc3339(ts.get<std::string>()) : Result<TimePoint>(Error(ErrorCode::kInvalid, ""));
                return t ? human_age(*t, now) : "<unknown>";
              };
              const Json& first_ts = at(o, {core ? "firstTimestamp" : "deprecatedFirstTimestamp"});
              const Json& last_ts = at(o, {core ? "lastTimestamp" : "deprecatedLastTimestamp"});
              std::string first = since(first_ts.is_string() ? first_ts : at(o, {"eventTime"}));
              std::string last = last_ts.is_string() ? since(last_ts) : first;
              std::int64_t count = num(at(o, {core ? "count" : "deprecatedCount"}));
              const Json& series = at(o, {"series"});
              if (series.is_object()) {
                last = since(at(series, {"lastObservedTime"}));
                count = num(at(series, {"count"}));
              } else if (count == 0) {
                count = 1;
              }
              const Json& about = at(o, {core ? "involvedObject" : "regarding"});
              std::string kind = str_or(at(about, {"kind"}), "");
              for (char& c : kind) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
              std::string name = str_or(at(about, {"name"}), "");
              const Json& source = at(o, {core ? "source" : "deprecatedSource"});
              std::string component = str_or(at(source, {"component"}), str_or(at(o, {"reportingController"}), "").c_str());
              std::string host = str_or(at(source, {"host"}), str_or(at(o, {"reportingInstance"}), "").c_str());
              std::string message = str_or(at(o, {core ? "message" : "note"}), "");
              while (!message.empty() && std::isspace(static_cast<unsigned char>(message.back()))) message.pop_back();
              std::size_t lead = 0;
              while (lead < message.size() && std::isspace(static_cast<unsigned char>(message[lead]))) ++lead;
              return Json::array({last, str_or(at(o, {"type"}), ""), str_or(at(o, {"reason"}), ""),
                                  name.empty() ? kind : kind + "/" + name, str_or(at(about, {"fieldPath"}), ""),
                                  host.empty() ? component : component + ", " + host, message.substr(lead), first, count,
                                  name_of(o)});
            }};
  };
  p["/events"] = event_printer(true);
  p["events.k8s.io/events"] = event_printer(true);  // printed from the stored core/v1 form
  p["storage.k8s.io/storageclasses"] = {{kName, {"Provisioner", "string", "", "The provisioner of the storage class."},
                                         {"ReclaimPolicy", "string", "", "What happens to a released volume."},
                                         {"VolumeBindingMode", "string", "", "When volumes are bound."},
                                         {"AllowVolumeExpansion", "string", "", "Whether volumes can be expanded."}, kAge},
                                        [](const Json& o, TimePoint now) {
                                          std::string name = name_of(o);
                                          if (at(o, {"metadata", "annotations", "storageclass.kubernetes.io/is-default-class"}) == "true") name += " (default)";
                                          return Json::array({name, str_or(at(o, {"provisioner"}), ""), str_or(at(o, {"reclaimPolicy"}), "Delete"),
                                                              str_or(at(o, {"volumeBindingMode"}), "Immediate"),
                                                              at(o, {"allowVolumeExpansion"}) == true ? "true" : "false", age(o, now)});
                                        }};
  auto binding = Printer{{kName, {"Role", "string", "", "The role of the binding."}, kAge,
                          {"Users", "string", "", "The users of the binding.", 1},
                          {"Groups", "string", "", "The groups of the binding.", 1},
                          {"ServiceAccounts", "string", "", "The service accounts of the binding.", 1}},
                         [](const Json& o, TimePoint now) {
                           std::vector<std::string> users, groups, sas;
                           for (const auto& s : at(o, {"subjects"}).is_array() ? at(o, {"subjects"}) : Json::array()) {
                             std::string kind = s.value("kind", "");
                             if (kind == "User") users.push_back(s.value("name", ""));
                             else if (kind == "Group") groups.push_back(s.value("name", ""));
                             else if (kind == "ServiceAccount") sas.push_back(s.value("namespace", "") + "/" + s.value("name", ""));
                           }
                           auto list = [](const std::vector<std::string>& v) {
                             std::string out;
                             for (const auto& x : v) out += (out.empty() ? "" : ", ") + x;
                             return out;
                           };
                           return Json::array({name_of(o), str_or(at(o, {"roleRef", "kind"}), "") + "/" + str_or(at(o, {"roleRef", "name"}), ""),
                                               age(o, now), list(users), list(groups), list(sas)});
                         }};
  p["rbac.authorization.k8s.io/rolebindings"] = binding;
  p["rbac.authorization.k8s.io/clusterrolebindings"] = binding;
  p["networking.k8s.io/ingresses"] = {{kName, {"Class", "string", "", "The ingress class."},
                                       {"Hosts", "string", "", "The hosts of the rules."},
                                       {"Address", "string", "", "The addresses the load balancer reports."},
                                       {"Ports", "string", "", "The ports served (443 when TLS is configured)."}, kAge},
                                      [](const Json& o, TimePoint now) {
                                        std::vector<std::string> hosts, addrs;
                                        for (const auto& r : at(o, {"spec", "rules"}).is_array() ? at(o, {"spec", "rules"}) : Json::array())
                                          if (r.contains("host")) hosts.push_back(r.value("host", ""));
                                        for (const auto& i : at(o, {"status", "loadBalancer", "ingress"}).is_array() ? at(o, {"status", "loadBalancer", "ingress"}) : Json::array())
                                          addrs.push_back(i.contains("ip") ? i.value("ip", "") : i.value("hostname", ""));
                                        bool tls = at(o, {"spec", "tls"}).is_array() && !at(o, {"spec", "tls"}).empty();
                                        std::string h = hosts.empty() ? "*" : joined(hosts);
                                        std::string a;
                                        for (const auto& x : addrs) a += (a.empty() ? "" : ",") + x;
                                        return Json::array({name_of(o), str_or(at(o, {"spec", "ingressClassName"}), "<none>"), h, a,
                                                            tls ? "80, 443" : "80", age(o, now)});
                                      }};
}

std::map<std::string, Printer> builtin_printers() {
  std::map<std::string, Printer> p;
  p["/configmaps"] = {{kName, {"Data", "integer", "", "Number of entries in data and binaryData."}, kAge},
                      [](const Json& o, TimePoint now) {
                        std::size_t n = at(o, {"data"}).is_object() ? at(o, {"data"}).size() : 0;
                        n += at(o, {"binaryData"}).is_object() ? at(o, {"binaryData"}).size() : 0;
                        return Json::array({name_of(o), n, age(o, now)});
                      }};
  p["/secrets"] = {{kName, {"Type", "string", "", "The type of the secret."},
                    {"Data", "integer", "", "Number of entries in data."}, kAge},
                   [](const Json& o, TimePoint now) {
                     std::size_t n = at(o, {"data"}).is_object() ? at(o, {"data"}).size() : 0;
                     return Json::array({name_of(o), at(o, {"type"}).is_string() ? at(o, {"type"}) : Json("Opaque"), n, age(o, now)});
                   }};
  p["/namespaces"] = {{kName, {"Status", "string", "", "The phase of the namespace."}, kAge},
                      [](const Json& o, TimePoint now) {
                        return Json::array({name_of(o), at(o, {"status", "phase"}).is_string() ? at(o, {"status", "phase"}) : Json("Active"), age(o, now)});
                      }};
  p["/serviceaccounts"] = {{kName, {"Secrets", "string", "", "Number of secrets."}, kAge},
                           [](const Json& o, TimePoint now) {
                             return Json::array({name_of(o), at(o, {"secrets"}).is_array() ? at(o, {"secrets"}).size() : 0, age(o, now)});
                           }};
  p["coordination.k8s.io/leases"] = {{kName, {"Holder", "string", "", "The holder of the lease."}, kAge},
                                     [](const Json& o, TimePoint now) {
                                       const Json& h = at(o, {"spec", "holderIdentity"});
                                       return Json::array({name_of(o), h.is_string() ? h : Json(""), age(o, now)});
                                     }};
  p["/pods"] = {{kName,
                 {"Ready", "string", "", "Ready containers of all containers."},
                 {"Status", "string", "", "The pod's phase, or why its containers are not running."},
                 {"Restarts", "string", "", "Container restarts, summed."},
                 kAge,
                 {"IP", "string", "", "The IP address assigned to this pod.", 1},
                 {"Node", "string", "", "The node the pod is scheduled on.", 1},
                 {"Nominated Node", "string", "", "The node the scheduler nominated.", 1},
                 {"Readiness Gates", "string", "", "The readiness gates of the pod.", 1}},
                [](const Json& o, TimePoint now) {
                  std::size_t total = at(o, {"spec", "containers"}).is_array() ? at(o, {"spec", "containers"}).size() : 0;
                  std::size_t ready = 0;
                  std::int64_t restarts = 0;
                  std::string reason = at(o, {"status", "phase"}).is_string() ? at(o, {"status", "phase"}).get<std::string>() : "";
                  if (at(o, {"status", "reason"}).is_string()) reason = at(o, {"status", "reason"}).get<std::string>();
                  for (const auto& cs : at(o, {"status", "containerStatuses"}).is_array() ? at(o, {"status", "containerStatuses"}) : Json::array()) {
                    if (cs.value("ready", false)) ++ready;
                    restarts += cs.value("restartCount", std::int64_t{0});
                    const Json& waiting = at(cs, {"state", "waiting", "reason"});
                    const Json& terminated = at(cs, {"state", "terminated", "reason"});
                    if (waiting.is_string() && !waiting.get<std::string>().empty()) reason = waiting;
                    else if (terminated.is_string() && !terminated.get<std::string>().empty()) reason = terminated;
                  }
                  if (at(o, {"metadata", "deletionTimestamp"}).is_string()) reason = "Terminating";
                  auto or_none = [](const Json& v) { return v.is_string() && !v.get<std::string>().empty() ? v : Json("<none>"); };
                  std::size_t gates = at(o, {"spec", "readinessGates"}).is_array() ? at(o, {"spec", "readinessGates"}).size() : 0;
                  return Json::array({name_of(o), std::to_string(ready) + "/" + std::to_string(total), reason,
                                      std::to_string(restarts), age(o, now), or_none(at(o, {"status", "podIP"})),
                                      or_none(at(o, {"spec", "nodeName"})), or_none(at(o, {"status", "nominatedNodeName"})),
                                      gates ? Json("0/" + std::to_string(gates)) : Json("<none>")});
                }};
  p["apps/deployments"] = {{kName,
                            {"Ready", "string", "", "Ready pods of the desired number."},
                            {"Up-to-date", "string", "", "Pods running the current template."},
                            {"Available", "string", "", "Pods that have been ready for minReadySeconds."},
                            kAge, kContainers, kImages, kSelector},
                           [](const Json& o, TimePoint now) {
                             std::int64_t want = at(o, {"spec", "replicas"}).is_number() ? num(at(o, {"spec", "replicas"})) : 1;
                             return concat(Json::array({name_of(o), std::to_string(num(at(o, {"status", "readyReplicas"}))) + "/" + std::to_string(want),
                                                        num(at(o, {"status", "updatedReplicas"})), num(at(o, {"status", "availableReplicas"})),
                                                        age(o, now)}),
                                           template_wide(o));
                           }};
  p["/services"] = {{kName,
                     {"Type", "string", "", "The type of service."},
                     {"Cluster-IP", "string", "", "The cluster IP of the service."},
                     {"External-IP", "string", "", "The external IPs of the service."},
                     {"Port(s)", "string", "", "The ports of the service."},
                     kAge,
                     {"Selector", "string", "", "The label selector of the service.", 1}},
                    [](const Json& o, TimePoint now) {
                      std::string ports;
                      for (const auto& pt : at(o, {"spec", "ports"}).is_array() ? at(o, {"spec", "ports"}) : Json::array()) {
                        std::string one = std::to_string(pt.value("port", 0));
                        if (pt.contains("nodePort")) one += ":" + std::to_string(pt.value("nodePort", 0));
                        one += "/" + pt.value("protocol", std::string("TCP"));
                        ports += (ports.empty() ? "" : ",") + one;
                      }
                      std::vector<std::string> sel;
                      if (at(o, {"spec", "selector"}).is_object())
                        for (auto it = at(o, {"spec", "selector"}).begin(); it != at(o, {"spec", "selector"}).end(); ++it)
                          sel.push_back(it.key() + "=" + (it.value().is_string() ? it.value().get<std::string>() : ""));
                      const Json& type = at(o, {"spec", "type"});
                      const Json& ip = at(o, {"spec", "clusterIP"});
                      return Json::array({name_of(o), type.is_string() ? type : Json("ClusterIP"),
                                          ip.is_string() && !ip.get<std::string>().empty() ? ip : Json("<none>"), "<none>",
                                          ports.empty() ? "<none>" : ports, age(o, now), joined(sel)});
                    }};
  add_more_printers(p);
  return p;
}

// The value at a CRD column's simple JSONPath (".spec.size", ".status.conditions[0].type").
Json column_value(const Json& obj, const std::string& path) {
  const Json* cur = &obj;
  std::size_t i = path.empty() || path[0] != '.' ? 0 : 1;
  while (i < path.size()) {
    std::size_t j = path.find_first_of(".[", i);
    std::string key = path.substr(i, j == std::string::npos ? std::string::npos : j - i);
    if (!key.empty()) {
      if (!cur->is_object() || !cur->contains(key)) return nullptr;
      cur = &(*cur)[key];
    }
    if (j == std::string::npos) break;
    if (path[j] == '[') {
      std::size_t close = path.find(']', j);
      if (close == std::string::npos || !cur->is_array()) return nullptr;
      std::size_t idx = 0;
      try {
        idx = std::stoul(path.substr(j + 1, close - j - 1));
      } catch (const std::exception&) {
        return nullptr;
      }
      if (idx >= cur->size()) return nullptr;
      cur = &(*cur)[idx];
      i = close + 1;
      if (i < path.size() && path[i] == '.') ++i;
    } else {
      i = j + 1;
    }
  }
  return *cur;
}

Printer printer_for(const ResourceType& type) {
  static const auto builtins = builtin_printers();
  if (!type.custom) {
    auto it = builtins.find(type.info.group + "/" + type.info.plural);
    if (it != builtins.end()) return it->second;
    return {{kName, {"Created At", "date", "", "The time the object was created."}},
            [](const Json& o, TimePoint) { return Json::array({name_of(o), at(o, {"metadata", "creationTimestamp"})}); }};
  }
  const auto& cols = type.info.printer_columns;
  if (cols.empty())
    return {{kName, kAge}, [](const Json& o, TimePoint now) { return Json::array({name_of(o), age(o, now)}); }};
  Printer p;
  p.columns.push_back(kName);
  for (const auto& c : cols)
    p.columns.push_back({c.name, c.type, c.format,
                         c.description.empty() ? "Custom resource definition column (in JSONPath format): " + c.json_path : c.description,
                         c.priority});
  p.cells = [cols](const Json& o, TimePoint now) {
    Json cells = Json::array({name_of(o)});
    for (const auto& c : cols) {
      Json v = column_value(o, c.json_path);
      if (v.is_null()) {
        cells.push_back(nullptr);
      } else if (c.type == "date" && v.is_string()) {
        auto t = parse_rfc3339(v.get<std::string>());
        cells.push_back(t ? Json(human_age(*t, now)) : v);
      } else if (c.type == "integer") {
        cells.push_back(v.is_number() ? Json(static_cast<std::int64_t>(v.get<double>())) : Json(nullptr));
      } else if (c.type == "number") {
        cells.push_back(v.is_number() ? Json(v.get<double>()) : Json(nullptr));
      } else if (c.type == "boolean") {
        cells.push_back(v.is_boolean() ? v : Json(nullptr));
      } else {
        cells.push_back(v.is_string() ? v : Json(to_json_string(v)));
      }
    }
    return cells;
  };
  return p;
}

}  // namespace

Result<std::optional<TableRequest>> table_request(const Request& req) {
  for (const auto& m : accepted_media(req)) {
    std::string v = m.param("v"), as = m.param("as");
    if (as == "Table" && m.param("g") == "meta.k8s.io" && (v == "v1" || v == "v1beta1")) {
      std::string include = req.param("includeObject").value_or("Metadata");
      if (include != "None" && include != "Metadata" && include != "Object")
        return make_bad_request("includeObject: Unsupported value: \"" + include +
                                "\": supported values: \"Metadata\", \"None\", \"Object\"");
      return std::optional<TableRequest>(TableRequest{v, include});
    }
    // Plain JSON listed before any Table: the client prefers the object itself.
    if (as.empty() && (m.type == "application/json" || m.type == "*/*" || m.type == "application/*")) break;
  }
  return std::optional<TableRequest>();
}

std::optional<std::string> partial_metadata_request(const Request& req) {
  for (const auto& m : accepted_media(req)) {
    std::string v = m.param("v"), as = m.param("as");
    if ((as == "PartialObjectMetadata" || as == "PartialObjectMetadataList") && m.param("g") == "meta.k8s.io" &&
        (v == "v1" || v == "v1beta1"))
      return v;
    if (as.empty() && (m.type == "application/json" || m.type == "*/*" || m.type == "application/*")) break;
  }
  return std::nullopt;
}

Json partial_metadata(const Json& object, const std::string& version) {
  return Json{{"kind", "PartialObjectMetadata"}, {"apiVersion", "meta.k8s.io/" + version},
              {"metadata", object.value("metadata", Json::object())}};
}

std::string partial_metadata_content_type(bool list, const std::string& version) {
  return std::string("application/json;as=PartialObjectMetadata") + (list ? "List" : "") + ";g=meta.k8s.io;v=" + version;
}

std::string table_content_type(const TableRequest& t) {
  return "application/json;as=Table;v=" + t.version + ";g=meta.k8s.io";
}

std::string human_age(TimePoint since, TimePoint now) {
  auto secs = std::chrono::duration_cast<std::chrono::seconds>(now - since).count();
  if (secs < -1) return "<invalid>";
  if (secs < 0) return "0s";
  auto fmt2 = [](long a, const char* ua, long b, const char* ub) {
    return std::to_string(a) + ua + (b ? std::to_string(b) + ub : "");
  };
  if (secs < 120) return std::to_string(secs) + "s";
  long minutes = secs / 60;
  if (minutes < 10) return fmt2(minutes, "m", secs % 60, "s");
  if (minutes < 180) return std::to_string(minutes) + "m";
  long hours = minutes / 60;
  if (hours < 8) return fmt2(hours, "h", minutes % 60, "m");
  if (hours < 48) return std::to_string(hours) + "h";
  if (hours < 24 * 8) return fmt2(hours / 24, "d", hours % 24, "h");
  if (hours < 24 * 365 * 2) return std::to_string(hours / 24) + "d";
  if (hours < 24 * 365 * 8) return fmt2(hours / 24 / 365, "y", (hours / 24) % 365, "d");
  return std::to_string(hours / 24 / 365) + "y";
}

Json make_table(const ResourceType& type, const std::vector<const Json*>& objects,
                const TableRequest& t, bool columns, Json list_meta, TimePoint now) {
  Printer p = printer_for(type);
  Json defs = Json::array();
  if (columns)
    for (const auto& c : p.columns)
      defs.push_back({{"name", c.name}, {"type", c.type}, {"format", c.format},
                      {"description", c.description}, {"priority", c.priority}});
  Json rows = Json::array();
  for (const Json* o : objects) {
    Json row = {{"cells", p.cells(*o, now)}};
    if (t.include_object == "Object") {
      row["object"] = present(type, *o);
    } else if (t.include_object == "Metadata") {
      row["object"] = {{"kind", "PartialObjectMetadata"}, {"apiVersion", "meta.k8s.io/" + t.version},
                       {"metadata", o->value("metadata", Json::object())}};
    }
    rows.push_back(std::move(row));
  }
  return Json{{"kind", "Table"}, {"apiVersion", "meta.k8s.io/" + t.version}, {"metadata", std::move(list_meta)},
              {"columnDefinitions", std::move(defs)}, {"rows", std::move(rows)}};
}

}  // namespace windlass::apiserver
