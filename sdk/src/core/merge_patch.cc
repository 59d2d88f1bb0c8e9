#include <windlass/core/merge_patch.h>

#include <windlass/core/json_patch.h>

#include <nlohmann/json.hpp>

#include <string>
#include <utility>

namespace windlass {

namespace {

using nlohmann::json;

// Recursion below is bounded by the depth of the patch (or of the shallower document), which
// every text entry point caps at kMaxJsonDepth.
json merge(json target, const json& patch) {
  if (!patch.is_object()) return patch;
  if (!target.is_object()) target = json::object();
  for (const auto& [key, value] : patch.items()) {
    if (value.is_null()) {
      target.erase(key);
      continue;
    }
    auto it = target.find(key);
    if (it == target.end()) {
      target[key] = merge(json(), value);
    } else {
      *it = merge(std::move(*it), value);
    }
  }
  return target;
}

// Go decodes every JSON number as float64, so evanphx never sees 1 and 1.0 as a type change.
int kind_of(const json& v) {
  switch (v.type()) {
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float: return static_cast<int>(json::value_t::number_float);
    default: return static_cast<int>(v.type());
  }
}

// evanphx's getDiff for two objects.
json diff(const json& original, const json& modified) {
  json patch = json::object();
  for (const auto& [key, value] : modified.items()) {
    auto it = original.find(key);
    if (it == original.end() || kind_of(*it) != kind_of(value)) {
      patch[key] = value;
    } else if (value.is_object()) {
      json nested = diff(*it, value);
      if (!nested.empty()) patch[key] = std::move(nested);
    } else if (*it != value) {
      patch[key] = value;
    }
  }
  for (const auto& [key, value] : original.items()) {
    (void)value;
    if (!modified.contains(key)) patch[key] = nullptr;
  }
  return patch;
}

// apimachinery's keepOrDeleteNullInObj: with keep_null only the deletions (nulls) survive,
// otherwise only the rest. A nested object that ends up empty is dropped, but an empty object
// that was itself the new value is a change and stays among the additions.
json keep_or_delete_null(const json& patch, bool keep_null) {
  json out = json::object();
  for (const auto& [key, value] : patch.items()) {
    if (value.is_null()) {
      if (keep_null) out[key] = nullptr;
    } else if (value.is_object()) {
      if (value.empty()) {
        if (!keep_null) out[key] = value;
        continue;
      }
      json nested = keep_or_delete_null(value, keep_null);
      if (!nested.empty()) out[key] = std::move(nested);
    } else if (!keep_null) {
      out[key] = value;
    }
  }
  return out;
}

// evanphx's pruneNulls, which its MergePatch runs over every value new to the target: null
// members go from objects at any depth, including objects inside arrays, while null array
// elements stay.
void prune_nulls(json& v) {
  if (v.is_object()) {
    for (auto it = v.begin(); it != v.end();) {
      if (it->is_null()) {
        it = v.erase(it);
      } else {
        prune_nulls(*it);
        ++it;
      }
    }
  } else if (v.is_array()) {
    for (auto& element : v)
      if (!element.is_null()) prune_nulls(element);
  }
}

}  // namespace

nlohmann::json apply_merge_patch(const nlohmann::json& target, const nlohmann::json& patch) {
  return merge(target, patch);
}

Result<nlohmann::json> apply_merge_patch(const nlohmann::json& target, std::string_view patch) {
  auto parsed = parse_json(patch);
  if (!parsed || !parsed->is_structured())
    return Error{ErrorCode::kBadRequest, "Invalid JSON Patch"};
  return merge(target, *parsed);
}

Result<nlohmann::json> apply_merge_patch(const nlohmann::json& target, const std::string& patch) {
  return apply_merge_patch(target, std::string_view(patch));
}

Result<nlohmann::json> apply_merge_patch(const nlohmann::json& target, const char* patch) {
  return apply_merge_patch(target, std::string_view(patch == nullptr ? "" : patch));
}

nlohmann::json create_merge_patch(const nlohmann::json& original,
                                  const nlohmann::json& modified) {
  if (!original.is_object() || !modified.is_object()) return modified;
  return diff(original, modified);
}

Result<nlohmann::json> create_three_way_merge_patch(const nlohmann::json& original,
                                                    const nlohmann::json& modified,
                                                    const nlohmann::json& current) {
  const json empty = json::object();
  auto object_or_empty = [&](const json& doc) -> const json* {
    if (doc.is_null()) return &empty;
    return doc.is_object() ? &doc : nullptr;
  };
  const json* last_applied = object_or_empty(original);
  const json* config = object_or_empty(modified);
  const json* live = object_or_empty(current);
  if (last_applied == nullptr || config == nullptr || live == nullptr)
    return Error{ErrorCode::kBadRequest, "Invalid JSON Document"};
  // apimachinery also checks the two halves for conflicts, but a member cannot be both
  // deleted from and present in `modified`, so for objects that check never fires.
  json additions = keep_or_delete_null(diff(*live, *config), false);
  json deletions = keep_or_delete_null(diff(*last_applied, *config), true);
  // apimachinery joins the halves with evanphx's MergePatch, which prunes every addition: the
  // only nulls left in them sit in objects inside arrays, and kubectl does not send those.
  prune_nulls(additions);
  return merge(std::move(deletions), additions);
}

}  // namespace windlass
