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

}  // namespace windlass::api
