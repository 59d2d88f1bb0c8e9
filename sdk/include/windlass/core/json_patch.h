// windlass/core/json_patch.h — RFC 6902 JSON Patch, with the behaviour and error texts of
// kube-apiserver (`application/json-patch+json`).
//
// A JSON Patch is an array of operations (`add`, `remove`, `replace`, `move`, `copy`, `test`)
// applied in order to a copy of a document; paths are RFC 6901 JSON Pointers (`~1` is `/`,
// `~0` is `~`, `-` appends to an array). Either every operation applies or the caller gets an
// Error and no document. kube-apiserver does not follow the RFC to the letter: it uses
// github.com/evanphx/json-patch v4 (gopkg.in/evanphx/json-patch.v4 v4.12.0 in Kubernetes 1.32),
// and this file reproduces that library, quirks and messages included, so that an SDK test
// server answers as the real one does. The quirks a caller can trip over are listed at
// `apply_json_patch`.
//
//   Result<nlohmann::json> pod = apply_json_patch(
//       live, R"([{"op":"add","path":"/metadata/labels/z","value":"w"}])");
//   if (!pod) return std::move(pod).error();  // kInvalid: the patch does not apply
#pragma once

#include <windlass/core/json.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace windlass {

// The most operations kube-apiserver accepts in one JSON Patch (maxJSONPatchOperations).
inline constexpr std::size_t kMaxJsonPatchOperations = 10000;
// kube-apiserver's JSONPatchMaxCopyBytes: 3 MiB of values duplicated by `copy` per patch.
inline constexpr std::int64_t kJsonPatchMaxCopyBytes = 3 * 1024 * 1024;
// Limits and dialect of `apply_json_patch`; the defaults are kube-apiserver's.
struct JsonPatchOptions {
  // More operations than this fail with kRequestEntityTooLarge; 0 means no limit.
  std::size_t max_operations = kMaxJsonPatchOperations;
  // Total bytes (compact JSON) that `copy` operations may duplicate; 0 means no limit.
  std::int64_t accumulated_copy_size_limit = kJsonPatchMaxCopyBytes;
  // Array indices as RFC 6901 writes them: `0` or digits without a leading zero, no sign and
  // no negative index. Off by default because kube-apiserver accepts `01`, `+1` and `-1`.
  bool strict_indices = false;
};

// Applies `patch` (a JSON array of operations) to a copy of `doc`, an object or array.
//
// Errors, all messages being evanphx's (each names the path or key it failed on):
// - kBadRequest when the patch is not an array of objects
//   (`json: cannot unmarshal object into Go value of type jsonpatch.Patch`);
// - kRequestEntityTooLarge past `max_operations`
//   (`The allowed maximum operations in a JSON patch is 10000, got 10001`);
// - kInvalid when an operation does not apply, e.g.
//   `add operation does not apply: doc is missing path: "/x/y": missing value`,
//   `error in remove for path: '/a/z': Unable to remove nonexistent key: z: missing value`,
//   `testing value /a failed: test failed`, `Unexpected kind: foo`, or the copy limit
//   (`Unable to complete the copy, the accumulated size increase of copy is N, exceeding the
//   limit 3145728`); also, unlike kube-apiserver, when the result would nest deeper than
//   kMaxJsonDepth (`error in copy for path: '/a/b': exceeded max depth`), and when `doc` is
//   not an object or array.
// On the wire kube-apiserver sends kBadRequest's text as is, prefixes the 413 message with
// "Request entity too large: ", and answers kInvalid with a bare 422 whose message is only
// "the server rejected our request due to an error in our request": the evanphx text is
// dropped there, so it serves logs and tests.
//
// Pitfalls, all inherited from kube-apiserver's library:
// - `replace` of a missing object member adds it (only array indices must exist);
// - a missing or null `value` means null for `add`/`replace`, and `copy` from a missing
//   member copies null; null members count as missing when a path goes through them;
// - `replace` of the whole document (`""`) with a non-container value does nothing, and
//   `add` at `""` fails;
// - a path is read from its first `/`, so `a/b` means `/b`; `~` not followed by 0 or 1 is
//   kept as written;
// - negative indices count from the end (`-1` is the last element, or appends for `add`);
// - a `null` patch is an empty patch; a JSON object with a repeated member keeps the last.
// Where evanphx panics (kube-apiserver then answers 500) this reports kInvalid instead: a
// `test` without `value` fails, a path through a null added earlier in the patch is missing,
// and `replace` of `""` without `value` does nothing. `test` compares numbers by value
// (evanphx compares their text, so 1 and 1.0 differ there).
Result<nlohmann::json> apply_json_patch(const nlohmann::json& doc, const nlohmann::json& patch,
                                        const JsonPatchOptions& options = {});

// Parses `patch` as JSON text, then applies it as above. Text that is not JSON, or nests
// deeper than kMaxJsonDepth (json.h), is kBadRequest with parse_json's message.
Result<nlohmann::json> apply_json_patch(const nlohmann::json& doc, std::string_view patch,
                                        const JsonPatchOptions& options = {});
// The text overload for a string (which would otherwise also convert to nlohmann::json).
Result<nlohmann::json> apply_json_patch(const nlohmann::json& doc, const std::string& patch,
                                        const JsonPatchOptions& options = {});
// The text overload for a string literal.
Result<nlohmann::json> apply_json_patch(const nlohmann::json& doc, const char* patch,
                                        const JsonPatchOptions& options = {});

}  // namespace windlass
