// windlass/api/core/v1/object_reference.h — core/v1 ObjectReference, a full reference to an
// object (kind, namespace, name, uid, version, and optionally a field path inside it).
//
// Used where a field points at an arbitrary object, e.g. ServiceAccount.secrets, Event's
// involvedObject, Endpoints' targetRef. Most fields are optional; which ones matter depends on
// the field that holds the reference.
//
//   core::v1::ObjectReference ref{.kind = "Secret", .namespace_ = "prod", .name = "db"};
#pragma once

#include <windlass/api/describe.h>

#include <string>

namespace windlass::api::core::v1 {

// A reference to an object of any kind (upstream `corev1.ObjectReference`).
struct ObjectReference {
  std::string kind;
  std::string namespace_;  // `namespace` is a C++ keyword
  std::string name;
  std::string uid;
  std::string api_version;
  std::string resource_version;
  std::string field_path;
  UnknownFields unknown_fields;
  bool operator==(const ObjectReference&) const = default;
};
WINDLASS_API_DESCRIBED(ObjectReference);

}  // namespace windlass::api::core::v1
