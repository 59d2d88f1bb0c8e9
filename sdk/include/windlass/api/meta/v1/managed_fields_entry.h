// windlass/api/meta/v1/managed_fields_entry.h — meta/v1 ManagedFieldsEntry, one field manager's
// claim on an object's fields (server-side apply bookkeeping).
//
// The API server records in `metadata.managedFields` which manager last set which fields, by
// which operation (Apply or Update) and at which API version. The field set itself (`fieldsV1`,
// a trie of `f:`/`k:`/`v:` keys) is kept as raw JSON: the SDK carries it, it does not interpret
// it here.
//
//   for (const auto& e : cm.metadata.managed_fields)
//     if (e.operation == "Apply") log(e.manager, e.fields_v1.dump());
#pragma once

#include <windlass/api/describe.h>
#include <windlass/core/json.h>
#include <windlass/core/time.h>

#include <optional>
#include <string>

namespace windlass::api::meta::v1 {

// Which fields one manager owns, and how it came to own them (upstream
// `metav1.ManagedFieldsEntry`).
struct ManagedFieldsEntry {
  std::string manager;
  std::string operation;  // "Apply" or "Update"
  std::string api_version;
  std::optional<Time> time;
  std::string fields_type;  // "FieldsV1"
  Json fields_v1;           // null when absent
  std::string subresource;
  UnknownFields unknown_fields;
  bool operator==(const ManagedFieldsEntry&) const = default;
};
WINDLASS_API_DESCRIBED(ManagedFieldsEntry);

}  // namespace windlass::api::meta::v1
