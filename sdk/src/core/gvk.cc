#include <windlass/core/gvk.h>

namespace windlass {

namespace {
std::pair<std::string, std::string> split_first_dot(std::string_view s) {
  auto dot = s.find('.');
  if (dot == std::string_view::npos) return {std::string(s), std::string()};
  return {std::string(s.substr(0, dot)), std::string(s.substr(dot + 1))};
}

std::string join_dotted(std::string_view name, std::string_view group) {
  std::string s(name);
  if (!group.empty()) {
    s += '.';
    s += group;
  }
  return s;
}
}  // namespace

Result<GroupVersion> GroupVersion::parse(std::string_view api_version) {
  if (api_version.empty() || api_version == "/") return GroupVersion{};
  auto slash = api_version.find('/');
  if (slash == std::string_view::npos) return GroupVersion{"", std::string(api_version)};
  if (api_version.find('/', slash + 1) != std::string_view::npos)
    return Error(ErrorCode::kBadRequest,
                 "unexpected GroupVersion string: " + std::string(api_version));
  return GroupVersion{std::string(api_version.substr(0, slash)),
                      std::string(api_version.substr(slash + 1))};
}

std::string GroupVersion::to_string() const {
  if (group.empty()) return version;
  return group + "/" + version;
}

GroupVersionKind GroupVersion::with_kind(std::string_view kind) const {
  return {group, version, std::string(kind)};
}

GroupVersionResource GroupVersion::with_resource(std::string_view resource) const {
  return {group, version, std::string(resource)};
}

GroupKind GroupKind::parse(std::string_view s) {
  auto [kind, group] = split_first_dot(s);
  return {std::move(group), std::move(kind)};
}

std::string GroupKind::to_string() const { return join_dotted(kind, group); }

GroupResource GroupResource::parse(std::string_view s) {
  auto [resource, group] = split_first_dot(s);
  return {std::move(group), std::move(resource)};
}

std::string GroupResource::to_string() const { return join_dotted(resource, group); }

Result<GroupVersionKind> GroupVersionKind::from_api_version_kind(std::string_view api_version,
                                                                 std::string_view kind) {
  WINDLASS_TRY(GroupVersion gv, GroupVersion::parse(api_version));
  return gv.with_kind(kind);
}

std::string GroupVersionKind::to_string() const {
  return group_version().to_string() + ", Kind=" + kind;
}

std::string GroupVersionResource::to_string() const {
  return group_version().to_string() + ", Resource=" + resource;
}

std::pair<std::optional<GroupVersionResource>, GroupResource> parse_resource_arg(
    std::string_view arg) {
  std::optional<GroupVersionResource> gvr;
  auto first = arg.find('.');
  if (first != std::string_view::npos) {
    auto second = arg.find('.', first + 1);
    if (second != std::string_view::npos) {
      gvr = GroupVersionResource{std::string(arg.substr(second + 1)),
                                 std::string(arg.substr(first + 1, second - first - 1)),
                                 std::string(arg.substr(0, first))};
    }
  }
  return {std::move(gvr), GroupResource::parse(arg)};
}

std::pair<std::optional<GroupVersionKind>, GroupKind> parse_kind_arg(std::string_view arg) {
  std::optional<GroupVersionKind> gvk;
  auto first = arg.find('.');
  if (first != std::string_view::npos) {
    auto second = arg.find('.', first + 1);
    if (second != std::string_view::npos) {
      gvk = GroupVersionKind{std::string(arg.substr(second + 1)),
                             std::string(arg.substr(first + 1, second - first - 1)),
                             std::string(arg.substr(0, first))};
    }
  }
  return {std::move(gvk), GroupKind::parse(arg)};
}

}  // namespace windlass
