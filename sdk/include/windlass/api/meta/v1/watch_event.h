// windlass/api/meta/v1/watch_event.h — meta/v1 WatchEvent, one event of a watch stream.
//
// A watch response is a stream of these, one JSON document per line: `type` is ADDED,
// MODIFIED, DELETED, BOOKMARK or ERROR, and `object` the object after the change (before it,
// for DELETED), a bookmark carrying only a resourceVersion, or a meta/v1 Status for ERROR. The
// object stays untyped JSON here; decode it with the kind you watch.
//
//   WINDLASS_TRY(auto ev, windlass::api::decode<meta::v1::WatchEvent>(line));
//   if (ev.type == "ADDED") {
//     WINDLASS_TRY(auto pod, windlass::api::decode<core::v1::Pod>(ev.object));
//   }
#pragma once

#include <windlass/api/describe.h>

#include <string>

namespace windlass::api::meta::v1 {

// A change to a watched object (upstream `metav1.WatchEvent`).
struct WatchEvent {
  std::string type;
  Json object;
  UnknownFields unknown_fields;
  bool operator==(const WatchEvent&) const = default;
};
WINDLASS_API_DESCRIBED(WatchEvent);

}  // namespace windlass::api::meta::v1
