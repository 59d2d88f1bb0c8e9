// apiserver/registry/events.h — core/v1 and events.k8s.io/v1 Events are two views of one store.
//
// As in kube-apiserver, events.k8s.io/v1 Events are stored as core/v1 Events and converted on
// the way in and out (regarding ⇄ involvedObject, note ⇄ message, reportingController ⇄
// reportingComponent, deprecatedSource ⇄ source, deprecatedCount ⇄ count,
// deprecatedFirst/LastTimestamp ⇄ first/lastTimestamp), so an event recorded through either
// API is listed and watched through both, and `kubectl describe`'s involvedObject field
// selectors find events that controllers wrote with the newer API.
#pragma once

#include <windlass/core/field_error.h>
#include <windlass/core/json.h>

namespace windlass::apiserver {

// A stored (core/v1) Event as events.k8s.io/v1 shows it.
Json core_event_to_events_v1(const Json& core);
// Turns an events.k8s.io/v1 Event into its stored form, in place (metadata is not touched, so
// references to it stay valid).
void events_v1_to_core_event(Json& event);
// What events.k8s.io/v1 requires of a new Event (eventTime, reportingController,
// reportingInstance, action, reason, and a Normal or Warning type).
FieldErrors validate_events_v1_create(const Json& event);

}  // namespace windlass::apiserver
