// apiserver/registry/deletion.h — what DELETE does to a stored object (spec/apiserver.md §9).
//
// Deletion is a state machine on the stored object, shared by the REST handler (DELETE,
// deletecollection) and the controllers that finish what a DELETE starts:
//   - an object with finalizers (or asked for Foreground/Orphan propagation, which add the
//     `foregroundDeletion`/`orphan` finalizers) gets `deletionTimestamp` and stays until its last
//     finalizer is removed;
//   - a scheduled, running pod gets `deletionTimestamp = now + grace` and stays for its grace
//     period (a kubelet, or our deletion controller when none comes, finishes it);
//   - a namespace goes to phase Terminating and waits for its `kubernetes` finalizer;
//   - everything else is removed at once.
// The write that clears the last finalizer of an object whose grace period is over removes it
// (`should_remove_on_update`), as kube-apiserver's generic store does.
#pragma once

#include "registry/catalog.h"
#include "storage/storage.h"

#include <windlass/core/error.h>
#include <windlass/core/time.h>

#include <optional>
#include <string>

namespace windlass::apiserver {

inline constexpr const char* kForegroundFinalizer = "foregroundDeletion";
inline constexpr const char* kOrphanFinalizer = "orphan";

enum class Propagation { kDefault, kOrphan, kBackground, kForeground };

struct DeleteRequest {
  std::optional<std::int64_t> grace_period_seconds;
  Propagation propagation = Propagation::kDefault;
  std::string precondition_uid;
  std::string precondition_rv;
  bool dry_run = false;
};

// DeleteOptions (from a JSON body and/or the query: kubectl sends a body, python and JS the
// query; both may be present if they agree) — 400/422 with upstream's messages when invalid.
// `orphan_dependents_false` reports the legacy orphanDependents=false, which makes a pending
// deletion answer 202 instead of 200.
struct ParsedDeleteOptions {
  DeleteRequest request;
  bool orphan_dependents_false = false;
};
Result<ParsedDeleteOptions> parse_delete_options(const Json* body,
                                                 const std::multimap<std::string, std::string>& query);

struct DeleteOutcome {
  ObjectPtr object;      // the removed object, or the one now pending deletion
  bool removed = false;  // false: pending (finalizers, grace period, namespace termination)
};

// Deletes the object at `key` as `request` says. kNotFound when absent; 409 for a failed
// precondition; 403 for the namespaces that may not be deleted.
Result<DeleteOutcome> delete_object(Storage& storage, const ResourceType& type,
                                    const std::string& key, const DeleteRequest& request,
                                    TimePoint now);

// True when `next` (the result of an update of an object being deleted) has nothing left to
// wait for: no finalizers (for namespaces, no spec.finalizers either) and no grace period.
bool should_remove_on_update(const Json& next);

// Runs `fn` as a guaranteed update and removes the object when the update finished its
// deletion. Returns the stored (or removed) object and whether it was removed.
Result<DeleteOutcome> update_object(Storage& storage, const std::string& key,
                                    const Storage::UpdateFn& fn);

// The metadata.finalizers of an object ([] when absent).
std::vector<std::string> finalizers_of(const Json& obj);
bool has_finalizer(const Json& obj, const std::string& finalizer);

}  // namespace windlass::apiserver
