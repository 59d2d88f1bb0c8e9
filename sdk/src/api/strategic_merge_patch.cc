#include <windlass/api/strategic_merge_patch.h>

#include <algorithm>
#include <optional>

namespace windlass::api {

namespace {

constexpr std::string_view kPatch = "$patch";
constexpr std::string_view kRetainKeys = "$retainKeys";
constexpr std::string_view kSetElementOrder = "$setElementOrder/";
constexpr std::string_view kDeleteFromPrimitiveList = "$deleteFromPrimitiveList/";

// Internal failure signal; converted to an Error at the API boundary.
struct PatchError {
  ErrorCode code;
  std::string message;
};

struct FieldSchema {
  const TypeRef* type = nullptr;
  const FieldMarkers* markers = nullptr;
};

// Go's fmt of a map[string]interface{} as upstream prints it in merge-key errors.
std::string go_map(const Json& j) {
  if (j.is_object()) {
    std::string s = "map[";
    bool first = true;
    for (auto it = j.begin(); it != j.end(); ++it) {
      if (!first) s += ' ';
      first = false;
      s += it.key() + ":" + go_map(it.value());
    }
    return s + "]";
  }
  if (j.is_array()) {
    std::string s = "[";
    for (std::size_t i = 0; i < j.size(); ++i) s += (i ? " " : "") + go_map(j[i]);
    return s + "]";
  }
  if (j.is_string()) return j.get<std::string>();
  if (j.is_null()) return "<nil>";
  return j.dump();
}

const TypeRef* nested(const TypeRef* t) {
  if (!t) return nullptr;
  return (t->kind == ValueKind::kObject || t->kind == ValueKind::kMap) ? t : nullptr;
}

FieldSchema field_of(const TypeRef* type, const std::string& key) {
  if (!type) return {};
  if (type->kind == ValueKind::kObject) {
    if (const FieldBase* f = type->object().find(key)) return {&f->type(), &f->markers()};
    return {};
  }
  if (type->kind == ValueKind::kMap) return {&type->element(), nullptr};
  return {};
}

bool is_merge_list(const FieldSchema& f) {
  return f.markers && f.markers->patch_strategy.find("merge") != std::string::npos;
}

std::string merge_key_of(const FieldSchema& f) {
  if (!f.markers) return {};
  if (!f.markers->patch_merge_key.empty()) return f.markers->patch_merge_key;
  if (f.markers->list_map_keys.size() == 1) return f.markers->list_map_keys[0];
  return {};
}

std::string patch_directive(const Json& m) {
  auto it = m.find(kPatch);
  if (it == m.end()) return {};
  if (!it->is_string()) throw PatchError{ErrorCode::kInvalid, "Unknown patch type: " + it->dump()};
  std::string v = it->get<std::string>();
  if (v != "replace" && v != "delete" && v != "merge")
    throw PatchError{ErrorCode::kInvalid, "Unknown patch type: " + v};
  return v;
}

Json strip_directives(const Json& m) {
  if (!m.is_object()) return m;
  Json out = Json::object();
  for (auto it = m.begin(); it != m.end(); ++it)
    if (it.key().empty() || it.key()[0] != '$') out[it.key()] = strip_directives(it.value());
  return out;
}

std::optional<Json> merge_map(const Json& original, const Json& patch, const TypeRef* type);

Json merge_list(const Json& original, const Json& patch, const FieldSchema& field) {
  const TypeRef* elem = field.type && field.type->kind == ValueKind::kArray ? &field.type->element() : nullptr;
  // `{"$patch": "replace"}` anywhere in the list replaces the list with the other elements.
  for (const Json& p : patch) {
    if (p.is_object() && patch_directive(p) == "replace") {
      Json out = Json::array();
      for (const Json& q : patch)
        if (!(q.is_object() && q.contains(kPatch))) out.push_back(strip_directives(q));
      return out;
    }
  }
  Json result = original.is_array() ? original : Json::array();
  bool primitives = std::none_of(patch.begin(), patch.end(), [](const Json& p) { return p.is_object(); }) &&
                    std::none_of(result.begin(), result.end(), [](const Json& p) { return p.is_object(); });
  if (primitives) {
    for (const Json& p : patch)
      if (std::find(result.begin(), result.end(), p) == result.end()) result.push_back(p);
    return result;
  }
  std::string key = merge_key_of(field);
  if (key.empty()) return strip_directives(patch);  // no merge key: nothing to merge on
  for (const Json& p : patch) {
    if (!p.is_object())
      throw PatchError{ErrorCode::kInvalid, "merging list elements: " + p.dump() + " is not a map"};
    std::string directive = patch_directive(p);
    auto kv = p.find(key);
    if (kv == p.end())
      throw PatchError{ErrorCode::kInvalid,
                       "map: " + go_map(p) + " does not contain declared merge key: " + key};
    auto same = [&](const Json& e) { return e.is_object() && e.contains(key) && e[key] == *kv; };
    if (directive == "delete") {
      result.erase(std::remove_if(result.begin(), result.end(), same), result.end());
      continue;
    }
    auto it = std::find_if(result.begin(), result.end(), same);
    if (it != result.end()) {
      auto merged = merge_map(*it, p, elem && elem->kind == ValueKind::kObject ? elem : nullptr);
      if (merged) *it = std::move(*merged);
      else result.erase(it);
    } else if (auto added = merge_map(Json(nullptr), p, elem && elem->kind == ValueKind::kObject ? elem : nullptr)) {
      result.push_back(std::move(*added));
    }
  }
  return result;
}

// Orders `list` as `order` says; elements the order does not name keep their place relative
// to the ones it does (upstream's normalizeElementOrder), judged by their index in `before`.
Json apply_element_order(const Json& list, const Json& order, const Json& before,
                         const std::string& key) {
  if (!list.is_array() || !order.is_array()) return list;
  auto id = [&](const Json& e) -> Json { return key.empty() || !e.is_object() ? e : e.value(key, Json()); };
  auto index_in = [&](const Json& arr, const Json& ident) -> long {
    if (!arr.is_array()) return -1;
    for (std::size_t i = 0; i < arr.size(); ++i)
      if (id(arr[i]) == ident) return static_cast<long>(i);
    return -1;
  };
  std::vector<Json> ordered;
  std::vector<Json> rest;
  for (const Json& e : list) (index_in(order, id(e)) >= 0 ? ordered : rest).push_back(e);
  std::stable_sort(ordered.begin(), ordered.end(), [&](const Json& a, const Json& b) {
    return index_in(order, id(a)) < index_in(order, id(b));
  });
  Json out = Json::array();
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < ordered.size() || j < rest.size()) {
    if (j == rest.size()) {
      out.push_back(ordered[i++]);
    } else if (i == ordered.size()) {
      out.push_back(rest[j++]);
    } else {
      long oi = index_in(before, id(ordered[i]));
      long rj = index_in(before, id(rest[j]));
      if (oi >= 0 && rj >= 0 && rj < oi) out.push_back(rest[j++]);
      else out.push_back(ordered[i++]);
    }
  }
  return out;
}

std::optional<Json> merge_map(const Json& original, const Json& patch, const TypeRef* type) {
  std::string directive = patch_directive(patch);
  if (directive == "delete") return std::nullopt;
  if (directive == "replace") return strip_directives(patch);
  Json result = original.is_object() ? original : Json::object();
  Json before = result;
  for (auto it = patch.begin(); it != patch.end(); ++it) {
    const std::string& k = it.key();
    const Json& v = it.value();
    if (!k.empty() && k[0] == '$') continue;
    if (v.is_null()) {
      result.erase(k);
      continue;
    }
    FieldSchema f = field_of(type, k);
    if (v.is_object()) {
      auto cur = result.find(k);
      Json base = cur != result.end() && cur->is_object() ? *cur : Json(nullptr);
      auto merged = merge_map(base, v, nested(f.type));
      if (merged) result[k] = std::move(*merged);
      else result.erase(k);
    } else if (v.is_array() && is_merge_list(f)) {
      auto cur = result.find(k);
      result[k] = merge_list(cur != result.end() ? *cur : Json::array(), v, f);
    } else {
      result[k] = strip_directives(v);
    }
  }
  for (auto it = patch.begin(); it != patch.end(); ++it) {
    const std::string& k = it.key();
    if (k.rfind(kDeleteFromPrimitiveList, 0) == 0) {
      std::string field = k.substr(kDeleteFromPrimitiveList.size());
      if (!it->is_array())
        throw PatchError{ErrorCode::kInvalid, "invalid value for " + k + ": must be a list"};
      auto cur = result.find(field);
      if (cur != result.end() && cur->is_array()) {
        Json kept = Json::array();
        for (const Json& e : *cur)
          if (std::find(it->begin(), it->end(), e) == it->end()) kept.push_back(e);
        *cur = std::move(kept);
      }
    } else if (k.rfind(kSetElementOrder, 0) == 0) {
      std::string field = k.substr(kSetElementOrder.size());
      auto cur = result.find(field);
      if (cur != result.end())
        *cur = apply_element_order(*cur, *it, before.value(field, Json::array()),
                                   merge_key_of(field_of(type, field)));
    }
  }
  if (auto rk = patch.find(kRetainKeys); rk != patch.end()) {
    if (!rk->is_array())
      throw PatchError{ErrorCode::kInvalid, "invalid value for $retainKeys: must be a list"};
    for (auto it = result.begin(); it != result.end();) {
      if (std::find(rk->begin(), rk->end(), Json(it.key())) == rk->end()) it = result.erase(it);
      else ++it;
    }
  }
  return result;
}

}  // namespace

Result<Json> apply_strategic_merge_patch(const Json& original, const Json& patch,
                                         const TypeRef& type) {
  if (!patch.is_object())
    return Error(ErrorCode::kBadRequest, "a strategic merge patch must be a JSON object, got " +
                                             std::string(json_type_name(patch)));
  try {
    auto merged = merge_map(original, patch, &type);
    if (!merged) return Json::object();
    return std::move(*merged);
  } catch (const PatchError& e) {
    return Error(e.code, e.message);
  }
}

// ---- computing patches ------------------------------------------------------------------

namespace {

struct DiffOptions {
  bool ignore_deletions = false;
  bool ignore_changes_and_additions = false;
};

Json diff_maps(const Json& original, const Json& modified, const TypeRef* type,
               const DiffOptions& opt);

Json element_order(const Json& list, const std::string& key) {
  Json order = Json::array();
  for (const Json& e : list) {
    if (key.empty() || !e.is_object()) order.push_back(e);
    else if (e.contains(key)) order.push_back(Json{{key, e[key]}});
  }
  return order;
}

// Diffs two lists of a merge-strategy field into `patch` (which receives the list and the
// directives that go beside it).
void diff_merge_list(const std::string& name, const Json& original, const Json& modified,
                     const FieldSchema& field, const DiffOptions& opt, Json& patch) {
  bool objects = std::any_of(modified.begin(), modified.end(), [](const Json& e) { return e.is_object(); }) ||
                 std::any_of(original.begin(), original.end(), [](const Json& e) { return e.is_object(); });
  if (!objects) {
    Json added = Json::array();
    Json removed = Json::array();
    if (!opt.ignore_changes_and_additions)
      for (const Json& e : modified)
        if (std::find(original.begin(), original.end(), e) == original.end()) added.push_back(e);
    if (!opt.ignore_deletions)
      for (const Json& e : original)
        if (std::find(modified.begin(), modified.end(), e) == modified.end()) removed.push_back(e);
    if (!added.empty()) patch[name] = added;
    if (!removed.empty()) patch[std::string(kDeleteFromPrimitiveList) + name] = removed;
    if ((!added.empty() || !removed.empty()) && !opt.ignore_changes_and_additions)
      patch[std::string(kSetElementOrder) + name] = modified;
    return;
  }
  std::string key = merge_key_of(field);
  const TypeRef* elem = field.type && field.type->kind == ValueKind::kArray ? &field.type->element() : nullptr;
  const TypeRef* elem_obj = elem && elem->kind == ValueKind::kObject ? elem : nullptr;
  Json out = Json::array();
  auto find_by_key = [&](const Json& list, const Json& v) -> const Json* {
    for (const Json& e : list)
      if (e.is_object() && e.contains(key) && e[key] == v) return &e;
    return nullptr;
  };
  for (const Json& m : modified) {
    if (!m.is_object() || !m.contains(key)) continue;
    const Json* o = find_by_key(original, m[key]);
    if (!o) {
      if (!opt.ignore_changes_and_additions) out.push_back(m);
      continue;
    }
    Json sub = diff_maps(*o, m, elem_obj, opt);
    if (!sub.empty()) {
      sub[key] = m[key];
      out.push_back(std::move(sub));
    }
  }
  if (!opt.ignore_deletions) {
    for (const Json& o : original)
      if (o.is_object() && o.contains(key) && !find_by_key(modified, o[key]))
        out.push_back(Json{{std::string(kPatch), "delete"}, {key, o[key]}});
  }
  if (!out.empty()) {
    patch[name] = std::move(out);
    patch[std::string(kSetElementOrder) + name] = element_order(modified, key);
  }
}

Json diff_maps(const Json& original, const Json& modified, const TypeRef* type,
               const DiffOptions& opt) {
  Json patch = Json::object();
  const Json orig = original.is_object() ? original : Json::object();
  for (auto it = modified.begin(); it != modified.end(); ++it) {
    const std::string& k = it.key();
    const Json& mv = it.value();
    auto ot = orig.find(k);
    if (ot == orig.end()) {
      if (!opt.ignore_changes_and_additions) patch[k] = mv;
      continue;
    }
    const Json& ov = *ot;
    FieldSchema f = field_of(type, k);
    if (ov.is_object() && mv.is_object()) {
      Json sub = diff_maps(ov, mv, nested(f.type), opt);
      if (!sub.empty()) {
        if (f.markers && f.markers->patch_strategy.find("retainKeys") != std::string::npos &&
            !opt.ignore_changes_and_additions) {
          Json keys = Json::array();
          for (auto m = mv.begin(); m != mv.end(); ++m) keys.push_back(m.key());
          sub[std::string(kRetainKeys)] = std::move(keys);
        }
        patch[k] = std::move(sub);
      }
    } else if (ov.is_array() && mv.is_array() && is_merge_list(f)) {
      diff_merge_list(k, ov, mv, f, opt, patch);
    } else if (ov != mv && !opt.ignore_changes_and_additions) {
      patch[k] = mv;
    }
  }
  if (!opt.ignore_deletions) {
    for (auto it = orig.begin(); it != orig.end(); ++it)
      if (!modified.contains(it.key())) patch[it.key()] = nullptr;
  }
  return patch;
}

// Combines the deletions patch with the changes patch (changes win), merging element lists
// on their merge key as upstream's mergeMap of two patches does.
Json merge_patches(const Json& a, const Json& b, const TypeRef* type) {
  Json out = a;
  for (auto it = b.begin(); it != b.end(); ++it) {
    const std::string& k = it.key();
    auto cur = out.find(k);
    if (cur == out.end()) {
      out[k] = it.value();
      continue;
    }
    FieldSchema f = field_of(type, k);
    if (cur->is_object() && it->is_object()) {
      *cur = merge_patches(*cur, *it, nested(f.type));
    } else if (cur->is_array() && it->is_array() && is_merge_list(f) && !merge_key_of(f).empty()) {
      std::string key = merge_key_of(f);
      const TypeRef* elem = f.type && f.type->kind == ValueKind::kArray ? &f.type->element() : nullptr;
      for (const Json& e : *it) {
        auto same = std::find_if(cur->begin(), cur->end(), [&](const Json& x) {
          return x.is_object() && e.is_object() && x.contains(key) && e.contains(key) && x[key] == e[key];
        });
        if (same != cur->end()) *same = merge_patches(*same, e, elem && elem->kind == ValueKind::kObject ? elem : nullptr);
        else cur->push_back(e);
      }
    } else {
      *cur = it.value();
    }
  }
  return out;
}

}  // namespace

Json create_two_way_strategic_merge_patch(const Json& original, const Json& modified,
                                          const TypeRef& type) {
  return diff_maps(original, modified.is_object() ? modified : Json::object(), &type, {});
}

Json create_three_way_strategic_merge_patch(const Json& original, const Json& modified,
                                            const Json& current, const TypeRef& type) {
  const Json mod = modified.is_object() ? modified : Json::object();
  Json delta = diff_maps(current, mod, &type, {.ignore_deletions = true});
  Json deletions = diff_maps(original, mod, &type, {.ignore_changes_and_additions = true});
  return merge_patches(deletions, delta, &type);
}

}  // namespace windlass::api
