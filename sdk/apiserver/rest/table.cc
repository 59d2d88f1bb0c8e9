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

const Column kName{"Name", "string", "name", "Name must be unique within a namespace."};
const Column kAge{"Age", "date", "", "The time since the object was created."};

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
                 {"Ready", "string", "", "The aggregate readiness state of this pod for accepting traffic."},
                 {"Status", "string", "", "The aggregate status of the containers in this pod."},
                 {"Restarts", "string", "", "The number of times the containers in this pod have been restarted."},
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
                            {"Ready", "string", "", "Number of the pod with ready state."},
                            {"Up-to-date", "string", "", "Total number of non-terminated pods targeted by this deployment that have the desired template spec."},
                            {"Available", "string", "", "Total number of available pods (ready for at least minReadySeconds) targeted by this deployment."},
                            kAge,
                            {"Containers", "string", "", "Names of each container in the template.", 1},
                            {"Images", "string", "", "Images referenced by each container in the template.", 1},
                            {"Selector", "string", "", "Label selector for pods.", 1}},
                           [](const Json& o, TimePoint now) {
                             std::vector<std::string> names, images;
                             for (const auto& c : at(o, {"spec", "template", "spec", "containers"}).is_array() ? at(o, {"spec", "template", "spec", "containers"}) : Json::array()) {
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
                             std::int64_t want = at(o, {"spec", "replicas"}).is_number() ? num(at(o, {"spec", "replicas"})) : 1;
                             return Json::array({name_of(o), std::to_string(num(at(o, {"status", "readyReplicas"}))) + "/" + std::to_string(want),
                                                 num(at(o, {"status", "updatedReplicas"})), num(at(o, {"status", "availableReplicas"})),
                                                 age(o, now), joined(names), joined(images), selector});
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
  std::string accept = req.header("Accept").value_or("");
  std::size_t pos = 0;
  while (pos <= accept.size()) {
    std::size_t end = accept.find(',', pos);
    if (end == std::string::npos) end = accept.size();
    std::string range = accept.substr(pos, end - pos);
    pos = end + 1;
    std::string g, v, as;
    std::size_t p = range.find(';');
    std::string type = range.substr(0, p);
    while (!type.empty() && type.front() == ' ') type.erase(type.begin());
    while (p != std::string::npos) {
      std::size_t next = range.find(';', p + 1);
      std::string param = range.substr(p + 1, next == std::string::npos ? std::string::npos : next - p - 1);
      while (!param.empty() && param.front() == ' ') param.erase(param.begin());
      auto eq = param.find('=');
      if (eq != std::string::npos) {
        std::string k = param.substr(0, eq), val = param.substr(eq + 1);
        if (k == "g") g = val;
        else if (k == "v") v = val;
        else if (k == "as") as = val;
      }
      p = next;
    }
    if (as == "Table" && g == "meta.k8s.io" && (v == "v1" || v == "v1beta1")) {
      std::string include = req.param("includeObject").value_or("Metadata");
      if (include != "None" && include != "Metadata" && include != "Object")
        return make_bad_request("includeObject: Unsupported value: \"" + include +
                                "\": supported values: \"Metadata\", \"None\", \"Object\"");
      return std::optional<TableRequest>(TableRequest{v, include});
    }
    if (as.empty() && (type == "application/json" || type == "*/*" || type == "application/*")) break;
  }
  return std::optional<TableRequest>();
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
