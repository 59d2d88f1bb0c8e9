// windlass/api/custom_resource.h — declare a custom resource kind in two lines.
//
// A custom resource is a spec struct, a status struct and the kind around them (apiVersion,
// kind, metadata, spec, status). `WINDLASS_API_CUSTOM_RESOURCE` writes that kind struct and
// its declarations; `WINDLASS_API_CUSTOM_RESOURCE_INFO` in the .cc file describes it (spec
// required, status optional) and takes the ResourceInfo body. The kind is an ordinary
// described resource afterwards: encode/decode, schema_of, crd_for, the API server.
//
//   // widget.h
//   struct WidgetSpec { std::int32_t replicas = 1; windlass::api::UnknownFields unknown_fields; };
//   struct WidgetStatus { std::int32_t ready_replicas = 0; windlass::api::UnknownFields unknown_fields; };
//   WINDLASS_API_CUSTOM_RESOURCE(Widget, "example.com/v1", WidgetSpec, WidgetStatus);
//
//   // widget.cc
//   WINDLASS_API_DESCRIBE(WidgetSpec, d) { d.field("replicas", &WidgetSpec::replicas).minimum(0); }
//   WINDLASS_API_DESCRIBE(WidgetStatus, d) { d.field("readyReplicas", &WidgetStatus::ready_replicas); }
//   WINDLASS_API_CUSTOM_RESOURCE_INFO(Widget, "A Widget runs widgets.") {
//     return {.group = "example.com", .version = "v1", .kind = "Widget", .plural = "widgets",
//             .status_subresource = true};
//   }
#pragma once

#include <windlass/api/describe.h>
#include <windlass/api/meta/v1/object_meta.h>
#include <windlass/api/resource.h>

#include <string>

// In a header, in the kind's namespace: the kind struct plus the describe/resource
// declarations of Kind, Spec and Status. `api_version` is "group/version".
#define WINDLASS_API_CUSTOM_RESOURCE(Kind, api_version_text, Spec, Status) \
  WINDLASS_API_DESCRIBED(Spec);                                           \
  WINDLASS_API_DESCRIBED(Status);                                         \
  struct Kind {                                                           \
    std::string api_version = api_version_text;                           \
    std::string kind = #Kind;                                             \
    ::windlass::api::meta::v1::ObjectMeta metadata;                       \
    Spec spec;                                                            \
    Status status;                                                        \
    ::windlass::api::UnknownFields unknown_fields;                        \
  };                                                                      \
  WINDLASS_API_DESCRIBED(Kind);                                           \
  WINDLASS_API_RESOURCE(Kind)

// In the .cc file, in the kind's namespace: describes the kind (with `doc` as its schema
// description) and opens the body that returns its ResourceInfo.
#define WINDLASS_API_CUSTOM_RESOURCE_INFO(Kind, doc_text)     \
  WINDLASS_API_DESCRIBE(Kind, d) {                            \
    d.doc(doc_text);                                          \
    d.field("apiVersion", &Kind::api_version);                \
    d.field("kind", &Kind::kind);                             \
    d.field("metadata", &Kind::metadata);                     \
    d.field("spec", &Kind::spec).required();                  \
    d.field("status", &Kind::status);                         \
  }                                                           \
  WINDLASS_API_RESOURCE_INFO(Kind)
