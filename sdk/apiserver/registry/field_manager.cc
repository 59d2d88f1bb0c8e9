#include "registry/field_manager.h"

#include <windlass/core/field_error.h>

#include <algorithm>
#include <set>

namespace windlass::apiserver {

namespace {

constexpr const char* kLastApplied = "kubectl.kubernetes.io/last-applied-configuration";

std::string string_at(const Json& obj, const char* key) {
  auto it = obj.find(key);
  return it != obj.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// --- schema navigation --------------------------------------------------------------------

// The schema of `key` inside an object schema (nullptr: none, i.e. deduced); `declared` tells
// a named property from an entry of a map (additionalProperties or no schema).
const Json* child_schema(const Json* s, const std::string& key, bool* declared = nullptr) {
  if (declared) *declared = false;
  if (!s || !s->is_object()) return nullptr;
  auto p = s->find("properties");
  if (p != s->end() && p->is_object()) {
    auto f = p->find(key);
    if (f != p->end()) {
      if (declared) *declared = true;
      return f->is_object() ? &*f : nullptr;
    }
  }
  auto a = s->find("additionalProperties");
  if (a != s->end() && a->is_object()) return &*a;
  return nullptr;
}

bool atomic_map(const Json* s) {
  return s && s->is_object() && string_at(*s, "x-kubernetes-map-type") == "atomic";
}

enum class ListKind { kAtomic, kSet, kMap };

struct ListShape {
  ListKind kind = ListKind::kAtomic;
  std::vector<std::string> keys;
  const Json* items = nullptr;
};

ListShape list_shape(const Json* s) {
  ListShape out;
  if (!s || !s->is_object()) return out;  // deduced lists are atomic
  auto items = s->find("items");
  if (items != s->end() && items->is_object()) out.items = &*items;
  std::string type = string_at(*s, "x-kubernetes-list-type");
  if (type == "map") {
    auto keys = s->find("x-kubernetes-list-map-keys");
    if (keys != s->end() && keys->is_array())
      for (const auto& k : *keys)
        if (k.is_string()) out.keys.push_back(k.get<std::string>());
    if (!out.keys.empty()) out.kind = ListKind::kMap;
    return out;
  }
  if (type == "set") {
    out.kind = ListKind::kSet;
    return out;
  }
  if (type == "atomic") return out;
  // Built-ins without a list type: the strategic-merge markers say the same thing.
  std::string strategy = string_at(*s, "x-kubernetes-patch-strategy");
  bool merge = false;
  for (std::size_t i = 0; i <= strategy.size();) {
    std::size_t j = strategy.find(',', i);
    if (j == std::string::npos) j = strategy.size();
    if (strategy.compare(i, j - i, "merge") == 0) merge = true;
    i = j + 1;
  }
  if (merge) {
    std::string key = string_at(*s, "x-kubernetes-patch-merge-key");
    if (!key.empty()) {
      out.kind = ListKind::kMap;
      out.keys = {key};
    } else {
      out.kind = ListKind::kSet;
    }
  }
  return out;
}

// The path element of a list item: k:{keys} for map lists, v:value for sets, else i:index.
std::string element_of(const Json& item, std::size_t index, const ListShape& shape) {
  if (shape.kind == ListKind::kSet) return "v:" + to_json_string(item);
  if (shape.kind == ListKind::kMap && item.is_object()) {
    Json key = Json::object();
    for (const auto& k : shape.keys) {
      auto it = item.find(k);
      if (it != item.end() && !it->is_null()) {
        key[k] = *it;
      } else if (const Json* ks = child_schema(shape.items, k); ks && ks->contains("default")) {
        key[k] = (*ks)["default"];  // a missing key field counts with its default, as upstream
      }
    }
    if (!key.empty()) return "k:" + to_json_string(key);
  }
  return "i:" + std::to_string(index);
}

// --- field sets of values -------------------------------------------------------------------

// metadata.managedFields is bookkeeping, never a field anyone owns: walks skip it rather than
// working on copies of objects without it.
bool bookkeeping(const FieldSet::Path& path, const std::string& key) {
  return path.size() == 1 && key == "managedFields" && path[0] == "f:metadata";
}

void collect(const Json& v, const Json* s, FieldSet::Path& path, FieldSet& out, std::string* duplicate) {
  if (v.is_object()) {
    if (atomic_map(s)) {
      out.insert(path);
      return;
    }
    for (auto it = v.begin(); it != v.end(); ++it) {
      if (bookkeeping(path, it.key())) continue;
      bool declared = false;
      const Json* cs = child_schema(s, it.key(), &declared);
      path.push_back("f:" + it.key());
      collect(it.value(), cs, path, out, duplicate);
      const Json& cv = it.value();
      if (!declared || cv.is_null() || (cv.is_object() && cv.empty())) out.insert(path);
      path.pop_back();
    }
  } else if (v.is_array()) {
    ListShape shape = list_shape(s);
    if (shape.kind == ListKind::kAtomic) {
      out.insert(path);
      return;
    }
    std::set<std::string> seen;
    for (std::size_t i = 0; i < v.size(); ++i) {
      std::string pe = element_of(v[i], i, shape);
      if (duplicate && duplicate->empty() && !seen.insert(pe).second)
        *duplicate = FieldSet::path_string(path) + ": duplicate entries for key " + FieldSet::path_string({pe});
      path.push_back(pe);
      collect(v[i], shape.items, path, out, duplicate);
      out.insert(path);
      path.pop_back();
    }
  } else {
    out.insert(path);
  }
}

// Every node of a value that exists on one side only.
void add_all(const Json& v, const Json* s, FieldSet::Path& path, FieldSet& out) {
  out.insert(path);
  if (v.is_object() && !atomic_map(s)) {
    for (auto it = v.begin(); it != v.end(); ++it) {
      if (bookkeeping(path, it.key())) continue;
      path.push_back("f:" + it.key());
      add_all(it.value(), child_schema(s, it.key()), path, out);
      path.pop_back();
    }
  } else if (v.is_array()) {
    ListShape shape = list_shape(s);
    if (shape.kind == ListKind::kAtomic) return;
    for (std::size_t i = 0; i < v.size(); ++i) {
      path.push_back(element_of(v[i], i, shape));
      add_all(v[i], shape.items, path, out);
      path.pop_back();
    }
  }
}

void diff(const Json& b, const Json& a, const Json* s, FieldSet::Path& path, Comparison& c) {
  if (b.is_object() && a.is_object() && !atomic_map(s)) {
    for (auto it = b.begin(); it != b.end(); ++it) {
      if (bookkeeping(path, it.key())) continue;
      path.push_back("f:" + it.key());
      const Json* cs = child_schema(s, it.key());
      auto other = a.find(it.key());
      if (other == a.end()) add_all(it.value(), cs, path, c.removed);
      else diff(it.value(), *other, cs, path, c);
      path.pop_back();
    }
    for (auto it = a.begin(); it != a.end(); ++it) {
      if (b.contains(it.key()) || bookkeeping(path, it.key())) continue;
      path.push_back("f:" + it.key());
      add_all(it.value(), child_schema(s, it.key()), path, c.added);
      path.pop_back();
    }
    return;
  }
  if (b.is_array() && a.is_array()) {
    ListShape shape = list_shape(s);
    if (shape.kind != ListKind::kAtomic) {
      std::map<std::string, const Json*> before, after;
      for (std::size_t i = 0; i < b.size(); ++i) before.emplace(element_of(b[i], i, shape), &b[i]);
      for (std::size_t i = 0; i < a.size(); ++i) after.emplace(element_of(a[i], i, shape), &a[i]);
      for (const auto& [pe, bv] : before) {
        path.push_back(pe);
        auto other = after.find(pe);
        if (other == after.end()) add_all(*bv, shape.items, path, c.removed);
        else diff(*bv, *other->second, shape.items, path, c);
        path.pop_back();
      }
      for (const auto& [pe, av] : after) {
        if (before.count(pe)) continue;
        path.push_back(pe);
        add_all(*av, shape.items, path, c.added);
        path.pop_back();
      }
      return;
    }
  }
  if (b != a) c.modified.insert(path);
}

// The fields the server owns, never recorded for anyone.
const FieldSet& server_fields() {
  static const FieldSet set = [] {
    FieldSet s;
    s.insert({"f:apiVersion"});
    s.insert({"f:kind"});
    s.insert({"f:metadata"});
    for (const char* f : {"name", "namespace", "creationTimestamp", "selfLink", "uid", "clusterName",
                          "generation", "managedFields", "resourceVersion"})
      s.insert({"f:metadata", std::string("f:") + f});
    return s;
  }();
  return set;
}

// --- merging ------------------------------------------------------------------------------

Json merge_value(const Json& live, const Json& config, const Json* s);

// Associative lists: live items keep their places, applied items follow the applied order,
// items in both are merged (structured-merge-diff's interleaving).
Json merge_list(const Json& live, const Json& config, const ListShape& shape) {
  std::vector<std::string> lk, rk;
  std::map<std::string, std::size_t> lidx, ridx;
  for (std::size_t i = 0; i < live.size(); ++i) {
    lk.push_back(element_of(live[i], i, shape));
    lidx.emplace(lk.back(), i);
  }
  for (std::size_t i = 0; i < config.size(); ++i) {
    rk.push_back(element_of(config[i], i, shape));
    ridx.emplace(rk.back(), i);
  }
  std::vector<std::string> shared;
  for (const auto& k : rk)
    if (lidx.count(k)) shared.push_back(k);
  std::size_t next_shared = 0;
  auto advance = [&](const std::string& k) {
    if (next_shared < shared.size() && shared[next_shared] == k) ++next_shared;
  };
  std::set<std::string> done;
  auto merged_item = [&](const std::string& k) {
    const Json& r = config[ridx.at(k)];
    auto l = lidx.find(k);
    return l == lidx.end() ? r : merge_value(live[l->second], r, shape.items);
  };
  Json out = Json::array();
  std::size_t li = 0, ri = 0;
  while (li < lk.size() || ri < rk.size()) {
    if (li < lk.size() && ri < rk.size()) {
      if (lk[li] == rk[ri]) {
        if (done.insert(lk[li]).second) out.push_back(merged_item(lk[li]));
        advance(lk[li]);
        ++li;
        ++ri;
        continue;
      }
      if (ridx.count(lk[li]) && next_shared < shared.size() && shared[next_shared] != lk[li]) {
        ++li;  // shared, but not the one whose turn it is
        continue;
      }
    }
    if (li < lk.size()) {
      if (!ridx.count(lk[li])) {
        out.push_back(live[li]);
        ++li;
        continue;
      }
      if (done.count(lk[li])) {
        ++li;
        continue;
      }
    }
    if (ri < rk.size()) {
      if (done.insert(rk[ri]).second) out.push_back(merged_item(rk[ri]));
      advance(rk[ri]);
      ++ri;
    }
  }
  return out;
}

Json merge_value(const Json& live, const Json& config, const Json* s) {
  if (live.is_object() && config.is_object() && !atomic_map(s)) {
    Json out = live;
    for (auto it = config.begin(); it != config.end(); ++it) {
      auto l = live.find(it.key());
      out[it.key()] = l == live.end() ? it.value() : merge_value(*l, it.value(), child_schema(s, it.key()));
    }
    return out;
  }
  if (live.is_array() && config.is_array()) {
    ListShape shape = list_shape(s);
    if (shape.kind != ListKind::kAtomic) return merge_list(live, config, shape);
  }
  return config;
}

// Removes `path` from `obj`. Intermediate nodes go only when empty; the key fields of a list
// item stay as long as the item does.
void erase_path(Json& obj, const FieldSet::Path& path, const Json* schema, bool only_if_empty) {
  Json* node = &obj;
  const Json* s = schema;
  const ListShape* item_shape = nullptr;  // set when `node` is a map-list item
  ListShape shape;
  for (std::size_t i = 0; i < path.size(); ++i) {
    const std::string& e = path[i];
    bool last = i + 1 == path.size();
    if (e.rfind("f:", 0) == 0) {
      std::string key = e.substr(2);
      if (!node->is_object()) return;
      auto it = node->find(key);
      if (it == node->end()) return;
      if (last) {
        if (item_shape && std::find(item_shape->keys.begin(), item_shape->keys.end(), key) != item_shape->keys.end())
          return;
        if (only_if_empty && !((it->is_object() || it->is_array()) && it->empty())) return;
        node->erase(it);
        return;
      }
      s = child_schema(s, key);
      node = &*it;
      item_shape = nullptr;
    } else {
      if (!node->is_array()) return;
      shape = list_shape(s);
      std::size_t j = 0;
      for (; j < node->size(); ++j)
        if (element_of((*node)[j], j, shape) == e) break;
      if (j == node->size()) return;
      if (last) {
        if (only_if_empty && !(((*node)[j].is_object() || (*node)[j].is_array()) && (*node)[j].empty())) return;
        node->erase(j);
        return;
      }
      node = &(*node)[j];
      s = shape.items;
      item_shape = shape.kind == ListKind::kMap ? &shape : nullptr;
    }
  }
}

std::string print_manager(const ManagedFieldsEntry& e) {
  std::string out = go_quote(e.manager);
  if (!e.subresource.empty()) out += " with subresource " + go_quote(e.subresource);
  if (e.operation == "Update") out += " using " + e.api_version;
  return out;
}

Error conflict_error(std::vector<std::pair<ManagedFieldsEntry, FieldSet>> conflicts) {
  std::sort(conflicts.begin(), conflicts.end(), [](const auto& a, const auto& b) {
    return std::tie(a.first.manager, a.first.operation, a.first.api_version, a.first.subresource) <
           std::tie(b.first.manager, b.first.operation, b.first.api_version, b.first.subresource);
  });
  std::vector<StatusCause> causes;
  std::string lines;
  for (const auto& [entry, set] : conflicts) {
    std::string who = print_manager(entry);
    lines += std::string(lines.empty() ? "" : "\n") + "conflicts with " + who + ":";
    for (const auto& p : set.paths()) {
      causes.push_back({"FieldManagerConflict", "conflict with " + who, FieldSet::path_string(p)});
      lines += "\n- " + FieldSet::path_string(p);
    }
  }
  Status st;
  st.code = 409;
  st.reason = "Conflict";
  if (causes.size() == 1) {
    st.message = "Apply failed with 1 conflict: " + causes[0].message + ": " + causes[0].field;
  } else {
    st.message = "Apply failed with " + std::to_string(causes.size()) + " conflicts: " + lines;
  }
  st.details = StatusDetails{.causes = std::move(causes)};
  return Error::from_status(std::move(st));
}

void drop_empty(ManagedFields& managed) {
  managed.erase(std::remove_if(managed.begin(), managed.end(), [](const auto& e) { return e.fields.empty(); }),
                managed.end());
}


}  // namespace

// --- FieldSet -----------------------------------------------------------------------------

Result<FieldSet> FieldSet::from_fields_v1(const Json& fields) {
  if (!fields.is_object()) return Error(ErrorCode::kBadRequest, "fieldsV1: expected an object");
  struct Parser {
    static Result<void> parse(const Json& j, Node& n, int depth) {
      if (depth > 256) return Error(ErrorCode::kBadRequest, "fieldsV1: nested too deeply");
      for (auto it = j.begin(); it != j.end(); ++it) {
        const std::string& k = it.key();
        if (k == ".") {
          n.member = true;
          continue;
        }
        if (!it->is_object()) return Error(ErrorCode::kBadRequest, "fieldsV1: " + k + ": expected an object");
        std::string key = k;
        if (k.rfind("k:", 0) == 0 || k.rfind("v:", 0) == 0) {
          // Canonical spelling, so keys written by other encoders match ours.
          auto v = parse_json(std::string_view(k).substr(2));
          if (!v) return Error(ErrorCode::kBadRequest, "fieldsV1: " + k + ": " + v.error().message());
          if (k[0] == 'k' && !v->is_object()) return Error(ErrorCode::kBadRequest, "fieldsV1: " + k + ": key is not an object");
          key = k.substr(0, 2) + to_json_string(*v);
        } else if (k.rfind("f:", 0) != 0 && k.rfind("i:", 0) != 0) {
          return Error(ErrorCode::kBadRequest, "fieldsV1: unknown path element " + go_quote(k));
        }
        Node& child = n.children[key];
        if (it->empty()) child.member = true;
        WINDLASS_RETURN_IF_ERROR(parse(*it, child, depth + 1));
      }
      return ok();
    }
  };
  FieldSet out;
  WINDLASS_RETURN_IF_ERROR(Parser::parse(fields, out.root_, 0));
  out.root_.member = false;
  prune(out.root_);
  return out;
}

Json FieldSet::to_fields_v1() const {
  struct Writer {
    static Json write(const Node& n) {
      Json j = Json::object();
      if (n.member && !n.children.empty()) j["."] = Json::object();
      for (const auto& [k, c] : n.children) j[k] = write(c);
      return j;
    }
  };
  return Writer::write(root_);
}

void FieldSet::insert(const Path& path) {
  if (path.empty()) return;
  Node* n = &root_;
  for (const auto& e : path) n = &n->children[e];
  n->member = true;
}

bool FieldSet::has(const Path& path) const {
  const Node* n = &root_;
  for (const auto& e : path) {
    auto it = n->children.find(e);
    if (it == n->children.end()) return false;
    n = &it->second;
  }
  return !path.empty() && n->member;
}

bool FieldSet::empty() const { return root_.children.empty(); }

bool FieldSet::prune(Node& n) {
  for (auto it = n.children.begin(); it != n.children.end();) {
    if (prune(it->second)) it = n.children.erase(it);
    else ++it;
  }
  return !n.member && n.children.empty();
}

FieldSet FieldSet::union_with(const FieldSet& other) const& { return FieldSet(*this).union_with(other); }

FieldSet FieldSet::union_with(const FieldSet& other) && {
  struct U {
    static void add(Node& a, const Node& b) {
      a.member = a.member || b.member;
      for (const auto& [k, c] : b.children) add(a.children[k], c);
    }
  };
  U::add(root_, other.root_);
  return std::move(*this);
}

FieldSet FieldSet::difference(const FieldSet& other) const& { return FieldSet(*this).difference(other); }

FieldSet FieldSet::difference(const FieldSet& other) && {
  struct D {
    static void sub(Node& a, const Node& b) {
      if (b.member) a.member = false;
      for (auto& [k, c] : a.children) {
        auto it = b.children.find(k);
        if (it != b.children.end()) sub(c, it->second);
      }
    }
  };
  if (other.empty()) return std::move(*this);
  D::sub(root_, other.root_);
  prune(root_);
  return std::move(*this);
}

FieldSet FieldSet::intersection(const FieldSet& other) const {
  struct I {
    static Node meet(const Node& a, const Node& b) {
      Node n;
      n.member = a.member && b.member;
      for (const auto& [k, c] : a.children) {
        auto it = b.children.find(k);
        if (it != b.children.end()) n.children.emplace(k, meet(c, it->second));
      }
      return n;
    }
  };
  FieldSet out;
  out.root_ = I::meet(root_, other.root_);
  out.root_.member = false;
  prune(out.root_);
  return out;
}

FieldSet FieldSet::with_prefixes() const {
  struct W {
    static void mark(Node& n) {
      for (auto& [k, c] : n.children) {
        c.member = true;
        mark(c);
      }
    }
  };
  FieldSet out = *this;
  W::mark(out.root_);
  return out;
}

std::vector<FieldSet::Path> FieldSet::paths() const {
  struct P {
    static void walk(const Node& n, Path& prefix, std::vector<Path>& out) {
      for (const auto& [k, c] : n.children) {
        if (!c.member) continue;
        prefix.push_back(k);
        out.push_back(prefix);
        prefix.pop_back();
      }
      for (const auto& [k, c] : n.children) {
        prefix.push_back(k);
        walk(c, prefix, out);
        prefix.pop_back();
      }
    }
  };
  std::vector<Path> out;
  Path prefix;
  P::walk(root_, prefix, out);
  return out;
}

std::string FieldSet::path_string(const Path& path) {
  auto value = [](const Json& v) { return v.is_string() ? go_quote(v.get<std::string>()) : to_json_string(v); };
  std::string out;
  for (const auto& e : path) {
    std::string rest = e.size() >= 2 ? e.substr(2) : std::string();
    if (e.rfind("f:", 0) == 0) {
      out += "." + rest;
    } else if (e.rfind("k:", 0) == 0) {
      auto key = parse_json(rest);
      out += "[";
      if (key && key->is_object()) {
        bool first = true;
        for (auto it = key->begin(); it != key->end(); ++it) {
          out += std::string(first ? "" : ",") + it.key() + "=" + value(it.value());
          first = false;
        }
      }
      out += "]";
    } else if (e.rfind("v:", 0) == 0) {
      auto v = parse_json(rest);
      out += "[=" + (v ? value(*v) : rest) + "]";
    } else {
      out += "[" + rest + "]";
    }
  }
  return out;
}

// --- managedFields ------------------------------------------------------------------------

bool ManagedFieldsEntry::same_owner(const ManagedFieldsEntry& o) const {
  if (manager != o.manager || operation != o.operation || subresource != o.subresource) return false;
  return operation == "Apply" || api_version == o.api_version;
}

Result<ManagedFields> decode_managed_fields(const Json& list) {
  if (!list.is_array()) return Error(ErrorCode::kBadRequest, "managedFields: expected a list");
  ManagedFields out;
  for (const auto& j : list) {
    if (!j.is_object()) return Error(ErrorCode::kBadRequest, "managedFields: expected an object");
    ManagedFieldsEntry e;
    for (const char* k : {"manager", "operation", "apiVersion", "time", "subresource", "fieldsType"})
      if (j.contains(k) && !j[k].is_string() && !j[k].is_null())
        return Error(ErrorCode::kBadRequest, std::string("managedFields: ") + k + ": expected a string");
    e.manager = string_at(j, "manager");
    e.operation = string_at(j, "operation");
    e.api_version = string_at(j, "apiVersion");
    e.time = string_at(j, "time");
    e.subresource = string_at(j, "subresource");
    if (e.operation != "Apply" && e.operation != "Update")
      return Error(ErrorCode::kBadRequest, "managedFields: operation: unknown operation " + go_quote(e.operation));
    std::string type = string_at(j, "fieldsType");
    if (!type.empty() && type != "FieldsV1")
      return Error(ErrorCode::kBadRequest, "managedFields: fieldsType: only FieldsV1 is supported");
    if (j.contains("fieldsV1") && !j["fieldsV1"].is_null()) {
      WINDLASS_TRY(e.fields, FieldSet::from_fields_v1(j["fieldsV1"]));
    }
    out.push_back(std::move(e));
  }
  return out;
}

Json encode_managed_fields(const ManagedFields& managed) {
  std::vector<const ManagedFieldsEntry*> entries;
  entries.reserve(managed.size());
  for (const auto& e : managed) entries.push_back(&e);
  std::stable_sort(entries.begin(), entries.end(), [](const ManagedFieldsEntry* a, const ManagedFieldsEntry* b) {
    if (a->operation != b->operation) return a->operation < b->operation;
    if (a->time != b->time) return a->time < b->time;  // RFC 3339 UTC sorts as text
    if (a->manager != b->manager) return a->manager < b->manager;
    if (a->api_version != b->api_version) return a->api_version < b->api_version;
    return a->subresource < b->subresource;
  });
  Json out = Json::array();
  for (const ManagedFieldsEntry* p : entries) {
    const ManagedFieldsEntry& e = *p;
    Json j = {{"manager", e.manager}, {"operation", e.operation}, {"apiVersion", e.api_version},
              {"fieldsType", "FieldsV1"}, {"fieldsV1", e.fields.to_fields_v1()}};
    if (!e.time.empty()) j["time"] = e.time;
    if (!e.subresource.empty()) j["subresource"] = e.subresource;
    out.push_back(std::move(j));
  }
  return out;
}

Result<FieldSet> fields_of(const Json& object, const Json& schema, bool strict) {
  FieldSet out;
  FieldSet::Path path;
  std::string duplicate;
  collect(object, schema.is_object() ? &schema : nullptr, path, out, strict ? &duplicate : nullptr);
  if (!duplicate.empty()) return Error(ErrorCode::kInvalid, duplicate);
  return out.difference(server_fields());
}

Comparison compare_objects(const Json& before, const Json& after, const Json& schema) {
  Comparison c;
  FieldSet::Path path;
  diff(before, after, schema.is_object() ? &schema : nullptr, path, c);
  c.added = std::move(c.added).difference(server_fields());
  c.modified = std::move(c.modified).difference(server_fields());
  c.removed = std::move(c.removed).difference(server_fields());
  return c;
}

Json merge_applied(const Json& live, const Json& config, const Json& schema) {
  return merge_value(live, config, schema.is_object() ? &schema : nullptr);
}

ManagedFields update_managed_fields(const Json& before, const Json& after, ManagedFields managed,
                                    const Json& schema, const WriteOptions& options) {
  Comparison c = compare_objects(before, after, schema);
  FieldSet changed = std::move(c.modified).union_with(c.added);
  ManagedFieldsEntry self{options.manager, "Update", options.api_version, options.time, options.subresource, {}};
  bool found = false;
  std::optional<FieldSet> lost;  // computed once, when another manager is there to lose fields
  for (auto& e : managed) {
    if (!found && e.same_owner(self)) {
      found = true;
      e.fields = std::move(e.fields).difference(c.removed).union_with(changed);
      if (!changed.empty()) e.time = options.time;
      continue;
    }
    if (!lost) lost = changed.union_with(c.removed);
    e.fields = std::move(e.fields).difference(*lost);
  }
  if (!found && !changed.empty()) {
    self.fields = std::move(changed);
    managed.push_back(std::move(self));
  }
  drop_empty(managed);
  return managed;
}

Result<ApplyResult> apply_configuration(const Json& live, const Json& config, ManagedFields managed,
                                        const Json& schema, const ApplyOptions& options) {
  const Json* s = schema.is_object() ? &schema : nullptr;
  WINDLASS_TRY(FieldSet applied, fields_of(config, schema, true));
  Json merged = merge_value(live, config, s);

  ManagedFieldsEntry self{options.manager, "Apply", options.api_version, "", options.subresource, {}};
  auto mine = std::find_if(managed.begin(), managed.end(), [&](const auto& e) { return e.same_owner(self); });
  FieldSet last;
  std::string last_time;
  if (mine != managed.end()) {
    last = mine->fields;
    last_time = mine->time;
    managed.erase(mine);
  }

  // Fields this manager applied before and left out now go, unless someone still owns them.
  if (!last.empty()) {
    FieldSet keep = applied.with_prefixes();
    for (const auto& e : managed) keep = keep.union_with(e.fields.with_prefixes());
    FieldSet gone = last.with_prefixes().difference(keep);
    auto paths = gone.paths();
    std::stable_sort(paths.begin(), paths.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
    for (const auto& p : paths) erase_path(merged, p, s, !last.has(p));
  }

  Comparison c = compare_objects(live, merged, schema);
  FieldSet changed = c.modified.union_with(c.added);
  std::vector<std::pair<ManagedFieldsEntry, FieldSet>> conflicts;
  bool all_allowed = true;
  for (const auto& e : managed) {
    FieldSet clash = e.fields.intersection(changed);
    if (clash.empty()) continue;
    FieldSet unexcused = clash.difference(options.allowed_conflicts);
    if (!unexcused.empty()) all_allowed = false;
    conflicts.emplace_back(e, std::move(unexcused));
  }
  if (!conflicts.empty() && !options.force && !all_allowed) {
    std::erase_if(conflicts, [](const auto& x) { return x.second.empty(); });
    return conflict_error(std::move(conflicts));
  }
  for (auto& e : managed) e.fields = e.fields.difference(changed).difference(c.removed);

  self.fields = std::move(applied);
  // The time moves only when the object changes, as upstream (a no-op keeps it, or has none).
  self.time = merged != live ? options.time : last_time;
  managed.push_back(std::move(self));
  drop_empty(managed);
  return ApplyResult{std::move(merged), std::move(managed)};
}

FieldSet last_applied_allowance(const Json& live, const Json& schema) {
  const Json* meta = live.is_object() && live.contains("metadata") ? &live["metadata"] : nullptr;
  if (!meta || !meta->is_object() || !meta->contains("annotations") || !(*meta)["annotations"].is_object()) return {};
  std::string text = string_at((*meta)["annotations"], kLastApplied);
  if (text.empty()) return {};
  auto last = parse_json(text);
  if (!last || !last->is_object()) return {};
  auto set = fields_of(*last, schema);
  if (!set) return {};
  // Only fields whose recorded values still match the live object can be trusted.
  Comparison c = compare_objects(*last, live, schema);
  return set->difference(c.modified);
}

void refresh_last_applied(Json& object, const Json& config) {
  if (!object.is_object() || !object.contains("metadata")) return;
  Json& meta = object["metadata"];
  if (!meta.is_object() || !meta.contains("annotations") || !meta["annotations"].is_object() ||
      !meta["annotations"].contains(kLastApplied))
    return;
  Json recorded = config;
  if (recorded.is_object() && recorded.contains("metadata") && recorded["metadata"].is_object()) {
    Json& m = recorded["metadata"];
    if (m.contains("annotations") && m["annotations"].is_object()) {
      m["annotations"].erase(kLastApplied);
      if (m["annotations"].empty()) m.erase("annotations");
    }
  }
  meta["annotations"][kLastApplied] = to_json_string(recorded) + "\n";
}

std::string manager_from_user_agent(const std::string& user_agent) {
  std::string head = user_agent.substr(0, user_agent.find('/'));
  std::string out;
  for (std::size_t i = 0; i < head.size();) {
    unsigned char c = static_cast<unsigned char>(head[i]);
    std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
    if (i + len > head.size()) break;
    bool printable = len > 1 ? (c >> 6) == 0x3 : (c >= 0x20 && c < 0x7F);
    if (printable) {
      if (out.size() + len > 128) break;
      out.append(head, i, len);
    }
    i += len;
  }
  return out;
}

}  // namespace windlass::apiserver
