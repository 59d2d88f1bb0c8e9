// Service cluster IP and node port allocation, after kube-apiserver's Service registry
// (pkg/registry/core/service/storage: alloc.go, storage.go's patchAllocatedValues and
// normalizeClusterIPs, the strategy's dropTypeDependentFields) for one IPv4 family.
#include "registry/service_ips.h"

#include "registry/catalog.h"

#include <windlass/core/field_error.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <optional>
#include <mutex>
#include <random>
#include <set>

namespace windlass::apiserver {

namespace {

std::optional<std::uint32_t> parse_ipv4(const std::string& s) {
  std::uint32_t out = 0;
  int parts = 0;
  std::size_t i = 0;
  while (parts < 4) {
    if (i >= s.size() || !std::isdigit(static_cast<unsigned char>(s[i]))) return std::nullopt;
    std::size_t start = i;
    unsigned v = 0;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])) && i - start < 3) v = v * 10 + (s[i++] - '0');
    if (v > 255 || (i - start > 1 && s[start] == '0')) return std::nullopt;
    out = (out << 8) | v;
    ++parts;
    if (parts < 4) {
      if (i >= s.size() || s[i] != '.') return std::nullopt;
      ++i;
    }
  }
  if (i != s.size()) return std::nullopt;
  return out;
}

std::string format_ipv4(std::uint32_t ip) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%u.%u.%u.%u", ip >> 24, (ip >> 16) & 255, (ip >> 8) & 255, ip & 255);
  return buf;
}

bool looks_ipv6(const std::string& s) { return s.find(':') != std::string::npos; }

struct IpRange {
  std::uint32_t first = 0;  // the first usable address (network + 1)
  std::uint32_t size = 0;   // usable addresses (network and broadcast excluded)
  std::string cidr;
  bool contains(std::uint32_t ip) const { return ip >= first && ip - first < size; }
};

struct PortRange {
  int base = 0;
  int size = 0;
  std::string text;
  bool contains(int p) const { return p >= base && p < base + size; }
};

std::optional<IpRange> parse_cidr(const std::string& s) {
  auto slash = s.find('/');
  if (slash == std::string::npos) return std::nullopt;
  auto ip = parse_ipv4(s.substr(0, slash));
  std::string bits = s.substr(slash + 1);
  if (!ip || bits.empty() || bits.size() > 2 || bits.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
  int prefix = std::stoi(bits);
  if (prefix < 1 || prefix > 30) return std::nullopt;
  std::uint32_t mask = prefix == 0 ? 0 : ~std::uint32_t{0} << (32 - prefix);
  std::uint32_t network = *ip & mask;
  IpRange r;
  r.first = network + 1;
  r.size = static_cast<std::uint32_t>((std::uint64_t{1} << (32 - prefix)) - 2);
  r.cidr = format_ipv4(network) + "/" + bits;
  return r;
}

std::optional<PortRange> parse_ports(const std::string& s) {
  auto dash = s.find('-');
  if (dash == std::string::npos || dash == 0 || dash + 1 == s.size()) return std::nullopt;
  std::string lo = s.substr(0, dash), hi = s.substr(dash + 1);
  for (const auto& p : {lo, hi})
    if (p.size() > 5 || p.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
  int l = std::stoi(lo), h = std::stoi(hi);
  if (l < 1 || h > 65535 || h < l) return std::nullopt;
  return PortRange{l, h - l + 1, s};
}

// The first indices of a range that dynamic allocation leaves for explicit requests, as
// upstream's bitmap allocators do: min(max(16, size/step), max).
std::uint32_t static_band(std::uint64_t size, std::uint64_t step, std::uint64_t max) {
  if (size <= 16) return 0;
  return static_cast<std::uint32_t>(std::min<std::uint64_t>(std::max<std::uint64_t>(16, size / step), max));
}

// --- Service field helpers ------------------------------------------------------------------

std::string str(const Json& o, const char* key) {
  if (!o.is_object()) return "";
  auto it = o.find(key);
  return it != o.end() && it->is_string() ? it->get<std::string>() : "";
}

std::vector<std::string> strings(const Json& o, const char* key) {
  std::vector<std::string> out;
  if (!o.is_object()) return out;
  auto it = o.find(key);
  if (it == o.end() || !it->is_array()) return out;
  for (const auto& v : *it) out.push_back(v.is_string() ? v.get<std::string>() : "");
  return out;
}

bool has_list(const Json& o, const char* key) {
  auto it = o.find(key);
  return it != o.end() && it->is_array() && !it->empty();
}

int node_port(const Json& port) {
  auto it = port.find("nodePort");
  return it != port.end() && it->is_number_integer() ? it->get<int>() : 0;
}

int health_check_port(const Json& spec) {
  auto it = spec.find("healthCheckNodePort");
  return it != spec.end() && it->is_number_integer() ? it->get<int>() : 0;
}

std::vector<int> node_ports_of(const Json& spec) {
  std::vector<int> out;
  auto it = spec.find("ports");
  if (it == spec.end() || !it->is_array()) return out;
  for (const auto& p : *it)
    if (p.is_object() && node_port(p) != 0) out.push_back(node_port(p));
  return out;
}

bool needs_cluster_ip(const Json& spec) { return str(spec, "type") != "ExternalName"; }
bool needs_node_port(const Json& spec) {
  std::string t = str(spec, "type");
  return t == "NodePort" || t == "LoadBalancer";
}
bool needs_health_check(const Json& spec) {
  return str(spec, "type") == "LoadBalancer" && str(spec, "externalTrafficPolicy") == "Local";
}
bool should_allocate_node_ports(const Json& spec) {
  std::string t = str(spec, "type");
  if (t == "NodePort") return true;
  if (t != "LoadBalancer") return false;
  auto it = spec.find("allocateLoadBalancerNodePorts");
  return it == spec.end() || !it->is_boolean() || it->get<bool>();
}
bool is_headless(const Json& spec) {
  auto ips = strings(spec, "clusterIPs");
  return (!ips.empty() && ips[0] == "None") || str(spec, "clusterIP") == "None";
}
bool selectorless(const Json& spec) {
  auto it = spec.find("selector");
  return it == spec.end() || !it->is_object() || it->empty();
}

// Go's %#v of a []string, as field errors print upstream's ClusterIPs.
std::string go_string_slice(const Json& spec) {
  auto it = spec.find("clusterIPs");
  if (it == spec.end() || it->is_null()) return "[]string(nil)";
  std::string out = "[]string{";
  bool first = true;
  for (const auto& v : strings(spec, "clusterIPs")) {
    out += (first ? "" : ", ") + go_quote(v);
    first = false;
  }
  return out + "}";
}

FieldError invalid_ips(std::string field, const Json& spec, std::string detail) {
  return FieldError(FieldErrorType::kInvalid, std::move(field), go_string_slice(spec), std::move(detail));
}

Error service_invalid(const Json& svc, const FieldErrors& errs) {
  return make_invalid("", "Service", str(svc.value("metadata", Json::object()), "name"), to_causes(errs));
}

// On update, what the client left out is taken from the stored Service (patchAllocatedValues).
void patch_allocated_values(Json& spec, const Json& old) {
  if (needs_cluster_ip(old) && needs_cluster_ip(spec)) {
    if (str(spec, "clusterIP").empty() && !str(old, "clusterIP").empty()) spec["clusterIP"] = old["clusterIP"];
    if (!has_list(spec, "clusterIPs") && has_list(old, "clusterIPs")) spec["clusterIPs"] = old["clusterIPs"];
  }
  if (needs_node_port(old) && needs_node_port(spec)) {
    std::set<int> used;
    auto new_ports = node_ports_of(spec);
    for (int p : node_ports_of(old))
      if (std::find(new_ports.begin(), new_ports.end(), p) != new_ports.end()) used.insert(p);
    std::map<std::string, int> by_name;
    if (old.contains("ports") && old["ports"].is_array())
      for (const auto& p : old["ports"])
        if (p.is_object()) by_name[str(p, "name")] = node_port(p);
    if (spec.contains("ports") && spec["ports"].is_array())
      for (auto& p : spec["ports"]) {
        if (!p.is_object() || node_port(p) != 0) continue;
        auto it = by_name.find(str(p, "name"));
        if (it != by_name.end() && it->second != 0 && !used.count(it->second)) p["nodePort"] = it->second;
      }
  }
  if (needs_health_check(old) && needs_health_check(spec) && health_check_port(spec) == 0 && health_check_port(old) != 0)
    spec["healthCheckNodePort"] = old["healthCheckNodePort"];
}

// clusterIP and clusterIPs[0] kept in step, whichever of the two the client wrote.
void normalize_cluster_ips(Json& spec, const Json* old) {
  std::string ip = str(spec, "clusterIP");
  if (!old) {
    if (!ip.empty() && !has_list(spec, "clusterIPs")) spec["clusterIPs"] = Json::array({ip});
    return;
  }
  bool same_ips = strings(spec, "clusterIPs") == strings(*old, "clusterIPs");
  bool same_ip = ip == str(*old, "clusterIP");
  if (!same_ip && same_ips) {
    if (ip.empty()) spec.erase("clusterIPs");
    else spec["clusterIPs"] = Json::array({ip});
  } else if (same_ip && !same_ips) {
    auto ips = strings(spec, "clusterIPs");
    if (ips.empty()) spec.erase("clusterIP");
    else spec["clusterIP"] = ips[0];
  }
}

// A type change clears what the new type does not use, unless the client changed it too.
void drop_type_dependent_fields(Json& svc, Json& spec, const Json& old) {
  auto same = [&](const char* k) { return spec.value(k, Json()) == old.value(k, Json()); };
  if (needs_cluster_ip(old) && !needs_cluster_ip(spec)) {
    if (same("clusterIPs")) {
      spec.erase("clusterIP");
      spec.erase("clusterIPs");
    }
    if (same("ipFamilies")) spec.erase("ipFamilies");
    if (same("ipFamilyPolicy")) spec.erase("ipFamilyPolicy");
    if (same("internalTrafficPolicy")) spec.erase("internalTrafficPolicy");
  }
  if (needs_node_port(old) && !needs_node_port(spec) && node_ports_of(spec) == node_ports_of(old) &&
      spec.contains("ports") && spec["ports"].is_array())
    for (auto& p : spec["ports"])
      if (p.is_object()) p.erase("nodePort");
  if (needs_health_check(old) && !needs_health_check(spec) && health_check_port(spec) == health_check_port(old))
    spec.erase("healthCheckNodePort");
  if (str(old, "type") == "LoadBalancer" && str(spec, "type") != "LoadBalancer") {
    if (same("allocateLoadBalancerNodePorts")) spec.erase("allocateLoadBalancerNodePorts");
    if (same("loadBalancerClass")) spec.erase("loadBalancerClass");
  }
  bool old_etp = needs_node_port(old) || has_list(old, "externalIPs");
  bool new_etp = needs_node_port(spec) || has_list(spec, "externalIPs");
  if (old_etp && !new_etp && same("externalTrafficPolicy")) spec.erase("externalTrafficPolicy");
  if (str(spec, "type") != "LoadBalancer" && svc.contains("status") && svc["status"].is_object())
    svc["status"]["loadBalancer"] = Json::object();
}

// A cluster IP never changes once set (validateUpgradeDowngradeClusterIPs).
FieldErrors check_cluster_ip_update(const Json& spec, const Json& old) {
  FieldErrors errs;
  if (!needs_cluster_ip(spec) || !needs_cluster_ip(old)) return errs;
  if (is_headless(spec) && is_headless(old)) return errs;
  auto before = strings(old, "clusterIPs"), after = strings(spec, "clusterIPs");
  if (before.size() == after.size()) {
    for (std::size_t i = 0; i < before.size(); ++i)
      if (before[i] != after[i])
        errs.push_back(invalid_ips("spec.clusterIPs[" + std::to_string(i) + "]", spec, "may not change once set"));
  } else if (before.size() > after.size()) {
    if (after.empty()) errs.push_back(invalid_ips("spec.clusterIPs[0]", spec, "primary clusterIP can not be unset"));
    else if (before[0] != after[0]) errs.push_back(invalid_ips("spec.clusterIPs[0]", spec, "may not change once set"));
  } else if (!before.empty() && before[0] != after[0]) {
    errs.push_back(invalid_ips("spec.clusterIPs[0]", spec, "may not change once set"));
  }
  return errs;
}

// ipFamilyPolicy and ipFamilies (initIPFamilyFields) for a cluster with only IPv4.
FieldErrors init_ip_families(Json& spec, const Json* old) {
  FieldErrors errs;
  if (!needs_cluster_ip(spec)) return errs;
  bool headless_selectorless = str(spec, "clusterIP") == "None" && selectorless(spec);
  if (str(spec, "ipFamilyPolicy").empty()) {
    if (old && !str(*old, "ipFamilyPolicy").empty()) spec["ipFamilyPolicy"] = (*old)["ipFamilyPolicy"];
    else spec["ipFamilyPolicy"] = headless_selectorless ? "RequireDualStack" : "SingleStack";
  }
  std::string policy = str(spec, "ipFamilyPolicy");
  auto ips = strings(spec, "clusterIPs");
  for (std::size_t i = 0; i < ips.size(); ++i) {
    if (ips[i] == "None" && i == 0) continue;
    if (!parse_ipv4(ips[i]) && !looks_ipv6(ips[i]))
      errs.push_back(FieldError::invalid("spec.clusterIPs[" + std::to_string(i) + "]", ips[i],
                                         "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)"));
  }
  if (!errs.empty()) return errs;
  if (policy == "SingleStack") {
    if (ips.size() == 2)
      errs.push_back(FieldError::invalid("spec.ipFamilyPolicy", policy, "must be 'RequireDualStack' or 'PreferDualStack' when multiple cluster IPs are specified"));
    if (strings(spec, "ipFamilies").size() == 2)
      errs.push_back(FieldError::invalid("spec.ipFamilyPolicy", policy, "must be 'RequireDualStack' or 'PreferDualStack' when multiple IP families are specified"));
  }
  Json families = spec.contains("ipFamilies") && spec["ipFamilies"].is_array() ? spec["ipFamilies"] : Json::array();
  for (std::size_t i = 0; i < ips.size() && ips[i] != "None"; ++i) {
    if (i < families.size()) continue;
    if (looks_ipv6(ips[i])) errs.push_back(invalid_ips("spec.clusterIPs[" + std::to_string(i) + "]", spec, "IPv6 is not configured on this cluster"));
    else families.push_back("IPv4");
  }
  if (!errs.empty()) return errs;
  if (headless_selectorless) {
    if (families.empty()) families.push_back("IPv4");
    if (families.size() < 2 && policy != "SingleStack") families.push_back(families[0] == "IPv4" ? "IPv6" : "IPv4");
    spec["ipFamilies"] = std::move(families);
    return errs;
  }
  if (policy == "RequireDualStack")
    errs.push_back(FieldError::invalid("spec.ipFamilyPolicy", policy, "this cluster is not configured for dual-stack services"));
  for (std::size_t i = 0; i < families.size(); ++i)
    if (families[i] != "IPv4")
      errs.push_back(FieldError::invalid("spec.ipFamilies[" + std::to_string(i) + "]",
                                         families[i].is_string() ? families[i].get<std::string>() : families[i].dump(),
                                         "not configured on this cluster"));
  if (!errs.empty()) return errs;
  if (families.empty()) families.push_back("IPv4");
  spec["ipFamilies"] = std::move(families);
  return errs;
}

}  // namespace

// --- the allocator --------------------------------------------------------------------------

struct ServiceAllocator::State {
  std::mutex mu;
  IpRange ips;
  PortRange ports;
  // Owners are the stored Services' keys.
  std::map<std::uint32_t, std::string> ip_owner;
  std::map<int, std::string> port_owner;
  struct Claims {
    std::vector<std::uint32_t> ips;
    std::vector<int> ports;
  };
  std::map<std::string, Claims> by_key;
  std::multiset<std::uint32_t> held_ips;
  std::multiset<int> held_ports;
  std::mt19937_64 rng{std::random_device{}()};

  bool ip_used(std::uint32_t ip) const { return ip_owner.count(ip) || held_ips.count(ip); }
  bool port_used(int p) const { return port_owner.count(p) || held_ports.count(p); }

  void observe(const Event& e) {
    auto it = by_key.find(e.key);
    if (it != by_key.end()) {
      for (auto ip : it->second.ips)
        if (auto o = ip_owner.find(ip); o != ip_owner.end() && o->second == e.key) ip_owner.erase(o);
      for (int p : it->second.ports)
        if (auto o = port_owner.find(p); o != port_owner.end() && o->second == e.key) port_owner.erase(o);
      by_key.erase(it);
    }
    if (e.type == EventType::kDeleted || !e.object) return;
    const Json& spec = e.object->value("spec", Json::object());
    if (!spec.is_object()) return;
    Claims c;
    auto listed = strings(spec, "clusterIPs");
    if (listed.empty() && !str(spec, "clusterIP").empty()) listed.push_back(str(spec, "clusterIP"));
    for (const auto& s : listed)
      if (auto ip = parse_ipv4(s)) c.ips.push_back(*ip);
    c.ports = node_ports_of(spec);
    if (int hc = health_check_port(spec)) c.ports.push_back(hc);
    for (auto ip : c.ips) ip_owner[ip] = e.key;
    for (int p : c.ports) port_owner[p] = e.key;
    if (!c.ips.empty() || !c.ports.empty()) by_key[e.key] = std::move(c);
  }

  // A free index in [0, size), random in the dynamic band first (upstream's
  // randomScanStrategyWithOffset), then in the static band.
  template <class Used>
  std::optional<std::uint64_t> pick(std::uint64_t size, std::uint64_t band, Used used) {
    auto scan = [&](std::uint64_t lo, std::uint64_t hi) -> std::optional<std::uint64_t> {
      if (hi <= lo) return std::nullopt;
      std::uint64_t start = std::uniform_int_distribution<std::uint64_t>(0, hi - lo - 1)(rng);
      for (std::uint64_t i = 0; i < hi - lo; ++i) {
        std::uint64_t idx = lo + (start + i) % (hi - lo);
        if (!used(idx)) return idx;
      }
      return std::nullopt;
    };
    if (auto i = scan(band, size)) return i;
    return scan(0, std::min(band, size));
  }
};

Result<void> check_service_ranges(const ServiceRanges& ranges) {
  if (!parse_cidr(ranges.cluster_ip_range))
    return Error(ErrorCode::kInvalid, "--service-cluster-ip-range: \"" + ranges.cluster_ip_range +
                                          "\" is not an IPv4 CIDR with a prefix between /1 and /30");
  if (!parse_ports(ranges.node_port_range))
    return Error(ErrorCode::kInvalid, "--service-node-port-range: \"" + ranges.node_port_range + "\" is not a port range like 30000-32767");
  return ok();
}

ServiceAllocator::ServiceAllocator(Storage& storage, const ServiceRanges& ranges) : state_(std::make_shared<State>()) {
  auto ips = parse_cidr(ranges.cluster_ip_range);
  auto ports = parse_ports(ranges.node_port_range);
  if (!ips || !ports) {
    std::fprintf(stderr, "ServiceAllocator: invalid service ranges (%s, %s)\n", ranges.cluster_ip_range.c_str(),
                 ranges.node_port_range.c_str());
    std::abort();
  }
  state_->ips = *ips;
  state_->ports = *ports;
  const ResourceType* services = builtin_catalog()->find("", "v1", "services");
  auto q = storage.watch(services->key_prefix(), 0, true);
  if (!q) {
    std::fprintf(stderr, "ServiceAllocator: cannot watch services: %s\n", q.error().message().c_str());
    std::abort();
  }
  queue_ = *q;
  // Runs on the writer's thread inside each commit (and once here for the initial list).
  // Draining under the state's lock keeps the events in commit order.
  queue_->set_notify([weak = std::weak_ptr<State>(state_), wq = std::weak_ptr<WatchQueue>(queue_)] {
    auto s = weak.lock();
    auto queue = wq.lock();
    if (!s || !queue) return;
    std::lock_guard lock(s->mu);
    for (const auto& e : queue->drain()) s->observe(e);
  });
}

ServiceAllocator::~ServiceAllocator() {
  if (queue_) queue_->stop();
}

ServiceAllocator::Hold::~Hold() {
  if (!state_) return;
  std::lock_guard lock(state_->mu);
  for (auto ip : ips_)
    if (auto it = state_->held_ips.find(ip); it != state_->held_ips.end()) state_->held_ips.erase(it);
  for (int p : ports_)
    if (auto it = state_->held_ports.find(p); it != state_->held_ports.end()) state_->held_ports.erase(it);
}

std::string ServiceAllocator::first_ip() const { return format_ipv4(state_->ips.first); }

Result<void> ServiceAllocator::allocate(Json& service, const Json* previous, Hold& hold) {
  if (!service.is_object()) return ok();
  Json& spec = service["spec"];
  if (!spec.is_object()) return ok();
  const Json empty = Json::object();
  const Json* old = nullptr;
  if (previous && previous->is_object() && previous->contains("spec") && (*previous)["spec"].is_object())
    old = &(*previous)["spec"];
  else if (previous)
    old = &empty;

  FieldErrors errs;
  if (old) {
    patch_allocated_values(spec, *old);
    normalize_cluster_ips(spec, old);
    drop_type_dependent_fields(service, spec, *old);
    errs = check_cluster_ip_update(spec, *old);
  } else {
    normalize_cluster_ips(spec, nullptr);
  }
  if (!errs.empty()) return service_invalid(service, errs);
  errs = init_ip_families(spec, old);
  if (!errs.empty()) return service_invalid(service, errs);

  State& s = *state_;
  std::lock_guard lock(s.mu);
  hold.state_ = state_;
  auto reserve_ip = [&](std::uint32_t ip) {
    s.held_ips.insert(ip);
    hold.ips_.push_back(ip);
  };
  auto reserve_port = [&](int p) {
    s.held_ports.insert(p);
    hold.ports_.push_back(p);
  };

  // Cluster IPs: on create, and when a Service stops being ExternalName.
  bool allocate_ips = needs_cluster_ip(spec) && !is_headless(spec) && (!old || !needs_cluster_ip(*old));
  if (allocate_ips) {
    Json listed = spec.contains("clusterIPs") && spec["clusterIPs"].is_array() ? spec["clusterIPs"] : Json::array();
    if (listed.empty()) listed.push_back("");
    spec["clusterIPs"] = listed;
    std::string want = listed[0].is_string() ? listed[0].get<std::string>() : "";
    std::uint32_t ip;
    if (want.empty()) {
      auto band = static_band(s.ips.size, 16, 256);
      auto idx = s.pick(s.ips.size, band, [&](std::uint64_t i) { return s.ip_used(s.ips.first + static_cast<std::uint32_t>(i)); });
      if (!idx) return make_internal("failed to allocate a serviceIP: range is full");
      ip = s.ips.first + static_cast<std::uint32_t>(*idx);
    } else {
      ip = *parse_ipv4(want);  // init_ip_families checked it is IPv4
      if (!s.ips.contains(ip))
        return service_invalid(service, {invalid_ips("spec.clusterIPs", spec, "failed to allocate IP " + want + ": the provided IP (" + want +
                                                                               ") is not in the valid range. The range of valid IPs is " + s.ips.cidr)});
      if (s.ip_used(ip))
        return service_invalid(service, {invalid_ips("spec.clusterIPs", spec, "failed to allocate IP " + want + ": provided IP is already allocated")});
    }
    reserve_ip(ip);
    spec["clusterIPs"][0] = format_ipv4(ip);
    spec["clusterIP"] = format_ipv4(ip);
  } else if (needs_cluster_ip(spec) && is_headless(spec)) {
    spec["clusterIP"] = "None";
    if (!has_list(spec, "clusterIPs")) spec["clusterIPs"] = Json::array({"None"});
  }

  // Node ports.
  auto port_error = [&](std::size_t i, int port) -> Error {
    std::string why = !s.ports.contains(port)
                          ? "provided port is not in the valid range. The range of valid ports is " + s.ports.text
                          : "provided port is already allocated";
    return service_invalid(service, {FieldError::invalid("spec.ports[" + std::to_string(i) + "].nodePort", static_cast<std::int64_t>(port), why)});
  };
  auto next_port = [&]() -> std::optional<int> {
    auto band = static_band(static_cast<std::uint64_t>(s.ports.size), 32, 128);
    auto idx = s.pick(static_cast<std::uint64_t>(s.ports.size), band, [&](std::uint64_t i) { return s.port_used(s.ports.base + static_cast<int>(i)); });
    if (!idx) return std::nullopt;
    return s.ports.base + static_cast<int>(*idx);
  };
  std::set<int> previously;
  if (old) {
    for (int p : node_ports_of(*old)) previously.insert(p);
  }
  if (needs_node_port(spec) && spec.contains("ports") && spec["ports"].is_array()) {
    Json& ports = spec["ports"];
    bool allocate_new = should_allocate_node_ports(spec);
    std::set<int> taken_here;
    std::map<std::int64_t, int> by_service_port;  // ports sharing a number share a node port
    for (std::size_t i = 0; i < ports.size(); ++i) {
      Json& p = ports[i];
      if (!p.is_object()) continue;
      int want = node_port(p);
      if (want == 0 && !allocate_new) continue;
      std::int64_t number = p.value("port", std::int64_t{0});
      if (want == 0 && !old) {
        if (auto it = by_service_port.find(number); it != by_service_port.end()) {
          p["nodePort"] = it->second;
          continue;
        }
        // A later entry with the same port number may name the node port to share.
        for (std::size_t j = i + 1; j < ports.size() && want == 0; ++j)
          if (ports[j].is_object() && ports[j].value("port", std::int64_t{0}) == number) want = node_port(ports[j]);
      }
      if (want != 0) {
        if (!previously.count(want) && !taken_here.count(want)) {
          if (!s.ports.contains(want) || s.port_used(want)) return port_error(i, want);
          reserve_port(want);
          taken_here.insert(want);
        }
      } else {
        auto np = next_port();
        if (!np) return make_internal("failed to allocate a nodePort: range is full");
        reserve_port(*np);
        taken_here.insert(*np);
        want = *np;
      }
      p["nodePort"] = want;
      by_service_port.emplace(number, want);
    }
  }

  // The health check node port of a LoadBalancer with externalTrafficPolicy Local.
  bool needed = old && needs_health_check(*old), needs = needs_health_check(spec);
  if (needs && !needed) {
    int want = health_check_port(spec);
    if (want != 0) {
      if (!s.ports.contains(want) || s.port_used(want)) {
        std::string why = !s.ports.contains(want) ? "provided port is not in the valid range. The range of valid ports is " + s.ports.text
                                                  : "provided port is already allocated";
        return make_internal("failed to allocate requested HealthCheck NodePort " + std::to_string(want) + ": " + why);
      }
      reserve_port(want);
    } else {
      auto np = next_port();
      if (!np) return make_internal("failed to allocate a HealthCheck NodePort 0: range is full");
      reserve_port(*np);
      spec["healthCheckNodePort"] = *np;
    }
  } else if (needed && !needs) {
    spec.erase("healthCheckNodePort");
  } else if (needed && needs && health_check_port(spec) != health_check_port(*old)) {
    return service_invalid(service, {FieldError::invalid("spec.healthCheckNodePort", static_cast<std::int64_t>(health_check_port(spec)),
                                                         "cannot change healthCheckNodePort on loadBalancer service with externalTraffic=Local during update")});
  }
  return ok();
}

}  // namespace windlass::apiserver
