// windlass/core/merge_patch.h — RFC 7386 JSON Merge Patch: applying one, and computing the
// two-way and three-way patches kubectl sends for custom resources.
//
// A merge patch is a partial document: its objects merge into the target recursively, a
// null member deletes, and anything else (scalars, arrays) replaces what was there. It is
// what `kubectl patch --type merge`, `kubectl label`/`annotate`/`scale` and client-side
// `kubectl apply` of a custom resource send as `application/merge-patch+json`. Arrays cannot
// be edited element by element and a null can never be stored through a merge patch: both
// are limits of the format, not of this code.
//
//   nlohmann::json live = ...;                      // {"metadata":{"labels":{"a":"1"}}}
//   nlohmann::json want = live;
//   want["metadata"]["labels"]["b"] = "2";
//   nlohmann::json patch = create_merge_patch(live, want);  // {"metadata":{"labels":{"b":"2"}}}
//   assert(apply_merge_patch(live, patch) == want);
#pragma once

#include <windlass/core/result.h>

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <string_view>

namespace windlass {

// Applies `patch` to a copy of `target` exactly as RFC 7386 §2 says: a non-object patch
// replaces the whole target (even null or a scalar), an object patch turns a non-object target
// into `{}` first, and nulls inside an object patch are never stored.
// Unlike kube-apiserver's library, nulls inside objects nested in a patch's arrays are kept, as
// the RFC requires (evanphx drops them when the array's key is new to the target).
nlohmann::json apply_merge_patch(const nlohmann::json& target, const nlohmann::json& patch);

// Parses `patch` as the body of a merge-patch request, then applies it as above.
// kBadRequest "Invalid JSON Patch" (kube-apiserver's text) for text that is not JSON, nests
// deeper than kMaxJsonDepth, or is neither an object nor an array: like kube-apiserver, the
// wire form refuses a scalar or null body that the json overload would accept.
Result<nlohmann::json> apply_merge_patch(const nlohmann::json& target, std::string_view patch);
// The text overload for a string (which would otherwise also convert to nlohmann::json).
Result<nlohmann::json> apply_merge_patch(const nlohmann::json& target, const std::string& patch);
// The text overload for a string literal.
Result<nlohmann::json> apply_merge_patch(const nlohmann::json& target, const char* patch);

// The merge patch that turns `original` into `modified` (evanphx's CreateMergePatch, which
// kubectl uses for `label`, `annotate` and `patch` of custom resources): members removed in
// `modified` become null, changed members carry their new value, unchanged members are left
// out, objects are diffed recursively and arrays are sent whole. Returns `{}` when nothing
// changed. When either side is not an object the patch is `modified` itself.
// Numbers compare by value, so 1 and 1.0 are unchanged. A null in `modified` cannot be
// expressed and comes out as a deletion.
nlohmann::json create_merge_patch(const nlohmann::json& original, const nlohmann::json& modified);

// The patch of kubectl's client-side apply for a custom resource, as apimachinery's
// jsonmergepatch.CreateThreeWayJSONMergePatch computes it: deletions are what went from
// `original` (the last-applied configuration) to `modified` (the new configuration),
// additions and changes are what differs between `current` (the live object) and `modified`.
// So fields other writers set on the live object survive unless the configuration used to
// own them. A null `original`, `modified` or `current` counts as `{}`; an empty patch is `{}`.
// As in kubectl, null members of objects inside arrays of `modified` are left out of the patch.
// kBadRequest "Invalid JSON Document" when an argument is neither an object nor null.
// kubectl's preconditions (apiVersion, kind and metadata.name unchanged) are not checked here.
Result<nlohmann::json> create_three_way_merge_patch(const nlohmann::json& original,
                                                    const nlohmann::json& modified,
                                                    const nlohmann::json& current);

}  // namespace windlass
