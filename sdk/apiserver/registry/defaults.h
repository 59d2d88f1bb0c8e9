// apiserver/registry/defaults.h — the defaults kube-apiserver fills into built-in objects.
//
// Upstream decodes every request body through generated defaulting functions (SetDefaults_* in
// pkg/apis/<group>/v1/defaults.go), so what a client reads back carries fields it never sent:
// a Deployment's strategy and revisionHistoryLimit, a container's imagePullPolicy and
// terminationMessagePath, a Service port's protocol and targetPort. A few more come from the
// default admission plugins and registry strategies on create only (a Pod's serviceAccountName,
// priority and not-ready/unreachable tolerations; a Job's generated selector and labels).
//
// The writes call this before managedFields bookkeeping, so the writer owns the defaulted
// fields as it does upstream. Bodies are not type-checked first, so every level may be of any
// JSON type: what is not the expected shape is left alone.
#pragma once

#include <windlass/core/json.h>

#include <string>

namespace windlass::apiserver {

// Fills in the defaults of the built-in kind `group`/`kind` (v1 of its group). `creating` adds
// the create-only ones; the object's metadata.uid and name must be set by then.
void apply_builtin_defaults(Json& obj, const std::string& group, const std::string& kind, bool creating);

// imagePullPolicy for an image reference: Always for an untagged (latest) or `:latest` image,
// IfNotPresent otherwise (a digest, any other tag).
std::string default_pull_policy(const std::string& image);

}  // namespace windlass::apiserver
