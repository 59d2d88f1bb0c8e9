// windlass/core/validation.h — Kubernetes' string validators: DNS names, label keys and values,
// port names, C identifiers, object names.
//
// These are apimachinery's `util/validation` checks (plus the object-name rules of
// `api/validation` and `api/validation/path`). Each `is_*` function returns the list of
// problems with the value, worded exactly as kube-apiserver words them, and an empty list when
// the value is valid. The messages are meant to be wrapped in a `FieldError` (see
// field_error.h), which adds the field path and the offending value:
//
//   FieldErrors errs;
//   for (auto& msg : is_dns1123_subdomain(name))
//     errs.push_back(FieldError::invalid("metadata.name", name, msg));
//
// The checks are hand-written byte scanners rather than regular expressions; the regex text in
// the messages is only quoted, as Kubernetes quotes it. The `is_*` functions do not allocate when
// the value is valid.
#pragma once

#include <windlass/core/field_error.h>

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace windlass {

// Longest name part of a qualified name (label key without prefix).
inline constexpr std::size_t kQualifiedNameMaxLength = 63;
// Longest label value.
inline constexpr std::size_t kLabelValueMaxLength = 63;
// Longest RFC 1123 label (namespace names, most Service names).
inline constexpr std::size_t kDns1123LabelMaxLength = 63;
// Longest RFC 1123 subdomain (most object names, label key prefixes).
inline constexpr std::size_t kDns1123SubdomainMaxLength = 253;
// Longest RFC 1035 label.
inline constexpr std::size_t kDns1035LabelMaxLength = 63;
// Longest port name.
inline constexpr std::size_t kPortNameMaxLength = 15;

// --- message builders (apimachinery's MaxLenError, RegexError, ...) ----------------------

// "must be no more than 63 characters".
std::string max_len_error(std::size_t length);
// `msg (e.g. 'a',  or 'b', regex used for validation is 'fmt')`, or without examples
// `msg (regex used for validation is 'fmt')`. The double space before "or" is Kubernetes'.
std::string regex_error(std::string_view msg, std::string_view regex,
                        std::initializer_list<std::string_view> examples = {});
// "must be non-empty".
std::string empty_error();
// "must be between lo and hi, inclusive".
std::string inclusive_range_error(std::int64_t lo, std::int64_t hi);

// --- value validators ---------------------------------------------------------------------

// A label key or annotation key: `[prefix/]name`, the prefix an RFC 1123 subdomain, the name at
// most 63 alphanumerics, '-', '_', '.' starting and ending alphanumeric.
std::vector<std::string> is_qualified_name(std::string_view value);
// A label value: empty, or at most 63 characters shaped like a qualified name's name part.
std::vector<std::string> is_valid_label_value(std::string_view value);
// An RFC 1123 label: at most 63 of [a-z0-9-], starting and ending alphanumeric. A value that
// would be a valid subdomain gets the shorter message "must not contain dots".
std::vector<std::string> is_dns1123_label(std::string_view value);
// An RFC 1123 subdomain: at most 253 characters, dot-separated RFC 1123 labels.
std::vector<std::string> is_dns1123_subdomain(std::string_view value);
// An RFC 1035 label: like an RFC 1123 label but starting with a letter.
std::vector<std::string> is_dns1035_label(std::string_view value);
// `*.` followed by an RFC 1123 subdomain, at most 253 characters in all.
std::vector<std::string> is_wildcard_dns1123_subdomain(std::string_view value);
// A C identifier: [A-Za-z_][A-Za-z0-9_]*.
std::vector<std::string> is_c_identifier(std::string_view value);
// A port number: 1..65535.
std::vector<std::string> is_valid_port_num(std::int64_t port);
// A named port (IANA_SVC_NAME): at most 15 of [-a-z0-9], at least one letter, no "--", no
// leading or trailing '-'. Reports every violated rule, in Kubernetes' order.
std::vector<std::string> is_valid_port_name(std::string_view port);
// lo <= value <= hi.
std::vector<std::string> is_in_range(std::int64_t value, std::int64_t lo, std::int64_t hi);
// A Linux user ID: 0..2147483647.
std::vector<std::string> is_valid_user_id(std::int64_t uid);
// A Linux group ID: 0..2147483647.
std::vector<std::string> is_valid_group_id(std::int64_t gid);
// A percentage such as "93%".
std::vector<std::string> is_valid_percent(std::string_view value);
// An HTTP header name: [-A-Za-z0-9]+.
std::vector<std::string> is_http_header_name(std::string_view value);
// An environment variable name: [-._a-zA-Z][-._a-zA-Z0-9]*, and not ".", ".." or "..x".
std::vector<std::string> is_env_var_name(std::string_view value);
// A ConfigMap or Secret key: at most 253 of [-._a-zA-Z0-9], and not ".", ".." or "..x".
std::vector<std::string> is_config_map_key(std::string_view value);

// --- object names (k8s.io/apimachinery/pkg/api/validation) --------------------------------

// A name validator as kube-apiserver's registries use them: `prefix` is true when the value is a
// `metadata.generateName`, which may end in '-' because a random suffix will follow.
using ValidateNameFn = std::vector<std::string> (*)(std::string_view name, bool prefix);

// Names of most kinds (ConfigMap, Deployment, custom resources, ...): an RFC 1123 subdomain.
std::vector<std::string> name_is_dns_subdomain(std::string_view name, bool prefix = false);
// Names of Namespaces and a few other kinds: an RFC 1123 label.
std::vector<std::string> name_is_dns_label(std::string_view name, bool prefix = false);
// Names of Services: an RFC 1035 label.
std::vector<std::string> name_is_dns1035_label(std::string_view name, bool prefix = false);

// Whether a name can be a URL path segment and an etcd key segment: not "." or ".." ("may not
// be '.'"), and no '/' or '%' ("may not contain '/'"). kube-apiserver checks this for every name,
// including kinds (RBAC roles, ...) whose names are otherwise free-form.
std::vector<std::string> is_valid_path_segment_name(std::string_view name);
// The '/' and '%' rules only, for a generateName prefix.
std::vector<std::string> is_valid_path_segment_prefix(std::string_view name);
// is_valid_path_segment_prefix when `prefix`, else is_valid_path_segment_name.
std::vector<std::string> validate_path_segment_name(std::string_view name, bool prefix = false);

// --- field-level helpers (k8s.io/apimachinery/pkg/apis/meta/v1/validation) ----------------

// One "Invalid value" error at `field_path` per problem with a label key.
FieldErrors validate_label_name(std::string_view name, std::string_view field_path);
// Every problem with a label map's keys and values, all reported at `field_path` itself (as
// Kubernetes does: the offending key or value is in the message, not in the path), in key order.
FieldErrors validate_labels(const std::map<std::string, std::string>& labels,
                            std::string_view field_path);

}  // namespace windlass
