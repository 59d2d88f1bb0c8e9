// windlass/api/resource.h — what makes a described type a Kubernetes resource kind.
//
// A kind's struct (apiVersion, kind, metadata, spec, status…) is described like any other type
// (describe.h). `WINDLASS_API_RESOURCE` adds what the API server, the REST mapper and CRD
// generation need to know about it: group, version, kind, plural and singular names, short
// names, categories, scope, list kind, subresources and printer columns.
//
//   // widget.h
//   WINDLASS_API_DESCRIBED(Widget);
//   WINDLASS_API_RESOURCE(Widget);
//   // widget.cc
//   WINDLASS_API_RESOURCE_INFO(Widget) {
//     return {.group = "example.com", .version = "v1", .kind = "Widget", .plural = "widgets",
//             .short_names = {"wd"}, .status_subresource = true,
//             .printer_columns = {{.name = "Size", .type = "integer", .json_path = ".spec.size"}}};
//   }
#pragma once

#include <windlass/api/describe.h>
#include <windlass/core/gvk.h>

#include <optional>
#include <string>
#include <vector>

namespace windlass::api {

// One additionalPrinterColumns entry (apiextensions.k8s.io/v1 CustomResourceColumnDefinition).
struct PrinterColumn {
  std::string name;
  std::string type;  // integer, number, string, boolean, date
  std::string json_path;
  std::string description;
  std::string format;
  std::int32_t priority = 0;
};

// The scale subresource's paths (CustomResourceSubresourceScale).
struct ScaleSubresource {
  std::string spec_replicas_path = ".spec.replicas";
  std::string status_replicas_path = ".status.replicas";
  std::string label_selector_path;  // optional
};

struct ResourceInfo {
  std::string group;  // "" for the core group
  std::string version;
  std::string kind;
  std::string plural;
  std::string singular;   // default: lower-case kind
  std::vector<std::string> short_names;
  std::vector<std::string> categories;
  bool namespaced = true;
  std::string list_kind;  // default: kind + "List"
  bool status_subresource = false;
  std::optional<ScaleSubresource> scale;
  std::vector<PrinterColumn> printer_columns;

  GroupVersionKind gvk() const { return {group, version, kind}; }
  GroupVersionResource gvr() const { return {group, version, plural}; }
  std::string api_version() const { return gvk().api_version(); }
  // Fills singular and list_kind when left empty.
  ResourceInfo with_defaults() const;
};

}  // namespace windlass::api

// In a header, next to WINDLASS_API_DESCRIBED(Type).
#define WINDLASS_API_RESOURCE(Type) \
  const ::windlass::api::ResourceInfo& resource_info(::windlass::api::Tag<Type>)

// In the .cc file: the body returns the ResourceInfo (defaults are filled in afterwards).
#define WINDLASS_API_RESOURCE_INFO(Type)                                                   \
  static ::windlass::api::ResourceInfo windlass_api_resource_##Type();                     \
  const ::windlass::api::ResourceInfo& resource_info(::windlass::api::Tag<Type>) {         \
    static const ::windlass::api::ResourceInfo info = windlass_api_resource_##Type().with_defaults(); \
    return info;                                                                           \
  }                                                                                        \
  static ::windlass::api::ResourceInfo windlass_api_resource_##Type()

namespace windlass::api {

template <class T>
concept Resource = Described<T> && requires {
  { resource_info(Tag<T>{}) } -> std::same_as<const ResourceInfo&>;
};

}  // namespace windlass::api
