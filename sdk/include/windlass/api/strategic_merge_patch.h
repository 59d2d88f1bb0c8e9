// windlass/api/strategic_merge_patch.h — applying strategic merge patches to built-in kinds.
//
// A strategic merge patch (`application/strategic-merge-patch+json`, what `kubectl patch` and
// client-side `kubectl apply` send for built-in kinds) is a merge patch that knows the type it
// patches: lists marked `patchStrategy: merge` are merged element by element on their merge
// key (containers by `name`, ports by `containerPort`), primitive lists with that strategy are
// unions, and every other list is replaced. Directives refine it:
//   `{"$patch": "delete", "name": "side"}` in a list    removes that element;
//   `{"$patch": "replace"}` in a map or list            replaces it instead of merging;
//   `"$setElementOrder/containers": [{"name": "c"}]`    fixes the order of the merged list;
//   `"$deleteFromPrimitiveList/finalizers": ["a"]`      removes values from a primitive list;
//   `"$retainKeys": ["type"]`                           drops the map's other keys;
//   `"field": null`                                     deletes the field.
// The merge strategy of each field comes from the type's description (describe.h markers
// `patch_merge`/`patch_strategy`); fields the description does not know merge as maps and
// replace as lists, as upstream does for unknown fields.
//
//   WINDLASS_TRY(Json patched, apply_strategic_merge_patch(live, patch, Codec<Deployment>::ref()));
#pragma once

#include <windlass/api/describe.h>

namespace windlass::api {

// Applies `patch` (a JSON object) to `original` under the schema `type` (a described kind).
// Errors are kInvalid with upstream's wording, e.g. an element without its merge key
// (`map: map[image:x] does not contain declared merge key: name`) or an unknown directive
// (`Unknown patch type: foo`); a patch that is not an object is kBadRequest.
Result<Json> apply_strategic_merge_patch(const Json& original, const Json& patch,
                                         const TypeRef& type);

// The patch that turns `original` into `modified` (upstream CreateTwoWayMergePatch): changed
// and added fields, `null` for removed fields, `$patch: delete` for removed merge-list
// elements, `$deleteFromPrimitiveList/` for removed set values, `$setElementOrder/` whenever a
// merge list changes, and `$retainKeys` for maps with the retainKeys strategy. `{}` when the
// two are equal.
Json create_two_way_strategic_merge_patch(const Json& original, const Json& modified,
                                          const TypeRef& type);

// What client-side `kubectl apply` sends (upstream CreateThreeWayMergePatch): additions and
// changes computed from `current` (the live object) to `modified` (the new configuration),
// deletions only for fields that `original` (the last-applied configuration) had and
// `modified` dropped, so fields set by others on the live object are left alone.
Json create_three_way_strategic_merge_patch(const Json& original, const Json& modified,
                                            const Json& current, const TypeRef& type);

}  // namespace windlass::api
