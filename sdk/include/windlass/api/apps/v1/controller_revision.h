// windlass/api/apps/v1/controller_revision.h — apps/v1 ControllerRevision: an immutable snapshot of
// a DaemonSet's or StatefulSet's template.
//
// The controllers create and garbage-collect these; `data` holds a patch of the owner's template
// (opaque JSON here) and `revision` orders the snapshots.
//
//   apps::v1::ControllerRevision r{.metadata = {.name = "agent-6f7d8c9b5"},
//                                  .data = Json::parse(R"({"spec":{"template":{}}})"),
//                                  .revision = 2};
#pragma once

#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/object_meta.h>
#include <windlass/api/resource.h>
#include <windlass/core/json.h>

#include <cstdint>
#include <string>

namespace windlass::api::apps::v1 {

// An immutable snapshot of the state a DaemonSet or StatefulSet rolled out, kept for rollback
// (upstream `appsv1.ControllerRevision`).
struct ControllerRevision {
  std::string api_version = "apps/v1";
  std::string kind = "ControllerRevision";
  meta::v1::ObjectMeta metadata;
  Json data;
  std::int64_t revision = 0;
  UnknownFields unknown_fields;
  bool operator==(const ControllerRevision&) const = default;
};
WINDLASS_API_DESCRIBED(ControllerRevision);
WINDLASS_API_RESOURCE(ControllerRevision);

}  // namespace windlass::api::apps::v1
