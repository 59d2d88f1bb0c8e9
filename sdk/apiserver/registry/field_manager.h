// apiserver/registry/field_manager.h — managedFields and server-side apply (spec H4, G9).
//
// Who set which field: every write records, per field manager, the set of field paths it owns,
// in the FieldsV1 form kube-apiserver stores in `metadata.managedFields`
// (`{"f:data":{"f:a":{}},"f:spec":{"f:containers":{"k:{\"name\":\"c\"}":{".":{},"f:image":{}}}}}`).
// Ordinary writes (create, update, non-apply patch) are `Update` operations: the fields they
// change move to the writer. Server-side apply is an `Apply` operation: the applied
// configuration is merged into the live object, fields the manager applied before and left out
// now are removed unless someone else owns them, and changing a field another manager owns is
// a conflict unless forced.
//
// List and map semantics come from the OpenAPI v3 schema of the object: list-type map/set/atomic,
// for built-ins the strategic-merge markers (a merge list with a key is a map list, a merge list
// of scalars a set), map-type atomic; everything without a schema (preserve-unknown-fields) is
// a granular map with atomic lists, as structured-merge-diff deduces it.
//
// Pure functions, no I/O; the REST layer decodes and encodes and stores.
#pragma once

#include <windlass/core/error.h>
#include <windlass/core/json.h>

#include <map>
#include <string>
#include <vector>

namespace windlass::apiserver {

// A set of field paths. A path is a list of elements "f:<field>", "k:<key JSON>",
// "v:<value JSON>" or "i:<index>"; a path in the set is a member, its prefixes are not
// members unless inserted too.
class FieldSet {
 public:
  using Path = std::vector<std::string>;

  // FieldsV1 JSON: `{}` leaves are members, `".":{}` marks a member that has children.
  static Result<FieldSet> from_fields_v1(const Json& fields);
  Json to_fields_v1() const;

  void insert(const Path& path);
  bool has(const Path& path) const;
  bool empty() const;
  FieldSet union_with(const FieldSet& other) const&;
  FieldSet difference(const FieldSet& other) const&;
  // The same, reusing this set's nodes (no copy of the tree).
  FieldSet union_with(const FieldSet& other) &&;
  FieldSet difference(const FieldSet& other) &&;
  FieldSet intersection(const FieldSet& other) const;
  // Every node of the tree (members and their prefixes) as members.
  FieldSet with_prefixes() const;
  // Member paths in structured-merge-diff's order: a node's members first, then its children.
  std::vector<Path> paths() const;
  bool operator==(const FieldSet& other) const { return root_ == other.root_; }

  // ".spec.containers[name=\"c\"].image" — the form conflict messages print.
  static std::string path_string(const Path& path);

 private:
  struct Node {
    bool member = false;
    std::map<std::string, Node> children;
    bool operator==(const Node& o) const { return member == o.member && children == o.children; }
  };
  static bool prune(Node& n);
  Node root_;
};

// One metadata.managedFields entry.
struct ManagedFieldsEntry {
  std::string manager;
  std::string operation;  // "Apply" or "Update"
  std::string api_version;
  std::string time;  // RFC 3339; empty when unknown
  std::string subresource;
  FieldSet fields;

  // Apply entries are one per manager and subresource; Update entries also per apiVersion.
  bool same_owner(const ManagedFieldsEntry& other) const;
};
using ManagedFields = std::vector<ManagedFieldsEntry>;

// Decodes metadata.managedFields; an error for anything that is not a list of entries with a
// manager, a known operation and FieldsV1.
Result<ManagedFields> decode_managed_fields(const Json& list);
// Upstream's order: Apply before Update, then by time, manager, apiVersion, subresource.
Json encode_managed_fields(const ManagedFields& entries);

// The fields an object sets, minus the ones the server owns (apiVersion, kind, metadata.name,
// namespace, uid, resourceVersion, generation, creationTimestamp, managedFields, selfLink).
// Errors (422-style kInvalid) for duplicate keys in a map or set list when `strict`.
Result<FieldSet> fields_of(const Json& object, const Json& schema, bool strict = false);

struct Comparison {
  FieldSet added, modified, removed;
};
// What changed from `before` to `after`, server-owned fields left out.
Comparison compare_objects(const Json& before, const Json& after, const Json& schema);

// `config` merged into `live`: maps recursively, associative lists by key, sets by union,
// everything else replaced.
Json merge_applied(const Json& live, const Json& config, const Json& schema);

struct WriteOptions {
  std::string manager;
  std::string api_version;  // of the request
  std::string subresource;  // "" or "status"/"scale"
  std::string time;         // RFC 3339, the handler's clock
};

// The managed fields after an Update operation from `before` to `after`: the changed fields
// go to the writer's Update entry and leave every other entry; empty entries are dropped.
ManagedFields update_managed_fields(const Json& before, const Json& after, ManagedFields managed,
                                    const Json& schema, const WriteOptions& options);

struct ApplyOptions : WriteOptions {
  bool force = false;
  // Conflicts on these fields are taken over as if forced, provided every conflict is among
  // them (kube-apiserver's allowance for `kubectl` taking over from client-side apply).
  FieldSet allowed_conflicts;
};
struct ApplyResult {
  Json object;  // without metadata.managedFields
  ManagedFields managed;
};

// Server-side apply of `config` to `live` (an empty object when creating). Fails with 409
// Conflict, causes of type FieldManagerConflict, when another manager owns a field whose value
// would change and `force` is false. `live` and `config` carry no managedFields.
Result<ApplyResult> apply_configuration(const Json& live, const Json& config, ManagedFields managed,
                                        const Json& schema, const ApplyOptions& options);

// kubectl's move from client-side to server-side apply (manager "kubectl" only, as upstream):
// the fields of the live object's last-applied-configuration annotation whose values still
// match the live object; conflicts on them are allowed. Empty without the annotation.
FieldSet last_applied_allowance(const Json& live, const Json& schema);
// After such an apply, the annotation follows the applied configuration (when it exists).
void refresh_last_applied(Json& object, const Json& config);

// The manager name kube-apiserver derives from a User-Agent: the part before the first '/',
// printable characters only, at most 128 bytes.
std::string manager_from_user_agent(const std::string& user_agent);

}  // namespace windlass::apiserver
