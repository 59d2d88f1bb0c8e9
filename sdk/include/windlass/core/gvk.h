// windlass/core/gvk.h — API group, version, kind and resource names, parsed and printed.
//
// Kubernetes names a type by group/version/kind (`apps/v1`, `Deployment`) and its REST
// collection by group/version/resource (`deployments`). The core group is the empty string, so
// `v1` is the apiVersion of Pods. These small value types parse and print every form users
// type: `apps/v1`, `v1`, `Deployment.v1.apps`, `deployments.apps`, `deployments.v1.apps`.
//
//   auto gv = GroupVersion::parse("apps/v1");          // {group "apps", version "v1"}
//   GroupVersionKind gvk = gv->with_kind("Deployment");
//   gvk.to_string();                                   // "apps/v1, Kind=Deployment"
//   auto [gvr, gr] = parse_resource_arg("deployments.v1.apps");
#pragma once

#include <windlass/core/result.h>

#include <compare>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace windlass {

struct GroupVersionKind;
struct GroupVersionResource;

// An API group and version; the core group is "".
struct GroupVersion {
  std::string group;
  std::string version;

  // "apps/v1" → {apps, v1}; "v1" → {"", v1}; "" → {"", ""}. More than one '/' is an error
  // ("unexpected GroupVersion string: a/b/c").
  static Result<GroupVersion> parse(std::string_view api_version);
  // The apiVersion form: "apps/v1", or "v1" for the core group.
  std::string to_string() const;
  GroupVersionKind with_kind(std::string_view kind) const;
  GroupVersionResource with_resource(std::string_view resource) const;
  bool empty() const { return group.empty() && version.empty(); }

  auto operator<=>(const GroupVersion&) const = default;
};

// A kind within a group, without version.
struct GroupKind {
  std::string group;
  std::string kind;

  // "Deployment.apps" → {apps, Deployment}; "Pod" → {"", Pod}. Splits at the first '.'.
  static GroupKind parse(std::string_view s);
  // "Deployment.apps", or "Pod" for the core group.
  std::string to_string() const;
  auto operator<=>(const GroupKind&) const = default;
};

// A resource (plural, lower case) within a group, without version.
struct GroupResource {
  std::string group;
  std::string resource;

  // "deployments.apps" → {apps, deployments}; splits at the first '.'.
  static GroupResource parse(std::string_view s);
  // "deployments.apps", or "pods" for the core group.
  std::string to_string() const;
  auto operator<=>(const GroupResource&) const = default;
};

// A fully qualified type.
struct GroupVersionKind {
  std::string group;
  std::string version;
  std::string kind;

  // From an object's apiVersion and kind.
  static Result<GroupVersionKind> from_api_version_kind(std::string_view api_version,
                                                        std::string_view kind);
  GroupVersion group_version() const { return {group, version}; }
  GroupKind group_kind() const { return {group, kind}; }
  std::string api_version() const { return group_version().to_string(); }
  // "apps/v1, Kind=Deployment" (as apimachinery prints it).
  std::string to_string() const;
  bool empty() const { return group.empty() && version.empty() && kind.empty(); }
  auto operator<=>(const GroupVersionKind&) const = default;
};

// A fully qualified REST collection.
struct GroupVersionResource {
  std::string group;
  std::string version;
  std::string resource;

  GroupVersion group_version() const { return {group, version}; }
  GroupResource group_resource() const { return {group, resource}; }
  // "apps/v1, Resource=deployments".
  std::string to_string() const;
  bool empty() const { return group.empty() && version.empty() && resource.empty(); }
  auto operator<=>(const GroupVersionResource&) const = default;
};

// kubectl's reading of a resource argument (apimachinery ParseResourceArg): when the text has
// at least three dot-separated parts, "deployments.v1.apps" is also a candidate
// GroupVersionResource; the GroupResource reading ("deployments" in group "v1.apps") is always
// returned. A REST mapper decides which one exists.
std::pair<std::optional<GroupVersionResource>, GroupResource> parse_resource_arg(
    std::string_view arg);
// The same for kinds (ParseKindArg): "Deployment.v1.apps" → {GVK{apps,v1,Deployment}, GK}.
std::pair<std::optional<GroupVersionKind>, GroupKind> parse_kind_arg(std::string_view arg);

}  // namespace windlass

template <>
struct std::hash<windlass::GroupVersionKind> {
  std::size_t operator()(const windlass::GroupVersionKind& g) const noexcept {
    std::hash<std::string> h;
    return h(g.group) ^ (h(g.version) * 31) ^ (h(g.kind) * 1009);
  }
};
template <>
struct std::hash<windlass::GroupVersionResource> {
  std::size_t operator()(const windlass::GroupVersionResource& g) const noexcept {
    std::hash<std::string> h;
    return h(g.group) ^ (h(g.version) * 31) ^ (h(g.resource) * 1009);
  }
};
