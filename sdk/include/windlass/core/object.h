// windlass/core/object.h — `Object`: an unstructured Kubernetes object with typed metadata access.
//
// An `Object` is the JSON of one Kubernetes object (what client-go calls Unstructured) plus
// accessors for apiVersion, kind and every ObjectMeta field. It never drops fields it does not
// understand: reading, changing and writing back an object keeps everything else intact, so an
// operator built today does not erase fields a newer server adds.
//
// Reads are lenient (a missing or mistyped field reads as empty); `Object::from_json` is the
// strict door for untrusted input and reports the first mistyped metadata field.
//
//   WINDLASS_TRY(Object cm, Object::parse(R"({"apiVersion":"v1","kind":"ConfigMap",
//                                            "metadata":{"name":"cfg"}})"));
//   cm.set_label("app", "web");
//   cm.add_finalizer("example.com/cleanup");
//   std::string body = to_json_string(cm.json());
#pragma once

#include <windlass/core/gvk.h>
#include <windlass/core/json.h>
#include <windlass/core/time.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace windlass {

// metav1.OwnerReference.
struct OwnerReference {
  std::string api_version;
  std::string kind;
  std::string name;
  std::string uid;
  std::optional<bool> controller;
  std::optional<bool> block_owner_deletion;

  bool operator==(const OwnerReference&) const = default;
};
void to_json(Json& j, const OwnerReference& r);
void from_json(const Json& j, OwnerReference& r);

// metav1.ManagedFieldsEntry; `fields_v1` is kept as raw JSON.
struct ManagedFieldsEntry {
  std::string manager;
  std::string operation;  // "Apply" or "Update"
  std::string api_version;
  std::string time;       // RFC 3339, as sent
  std::string fields_type = "FieldsV1";
  Json fields_v1;
  std::string subresource;

  bool operator==(const ManagedFieldsEntry&) const = default;
};
void to_json(Json& j, const ManagedFieldsEntry& e);
void from_json(const Json& j, ManagedFieldsEntry& e);

using StringMap = std::map<std::string, std::string>;

class Object {
 public:
  // An empty object: `{}`.
  Object();
  // Wraps `json` as is; a non-object is replaced by `{}` (use from_json to get an error).
  explicit Object(Json json);
  // Checks that `json` is an object and that every metadata field present has its Kubernetes
  // type; errors are kBadRequest and name the field ("metadata.labels.app: expected string").
  static Result<Object> from_json(Json json);
  // parse_json + from_json.
  static Result<Object> parse(std::string_view json_text);

  const Json& json() const { return json_; }
  Json& json() { return json_; }
  Json take_json() && { return std::move(json_); }

  std::string api_version() const;
  void set_api_version(std::string_view v);
  std::string kind() const;
  void set_kind(std::string_view v);
  // From apiVersion and kind; an unparseable apiVersion gives an empty group and version.
  GroupVersionKind gvk() const;
  void set_gvk(const GroupVersionKind& gvk);

  std::string name() const;
  void set_name(std::string_view v);
  std::string generate_name() const;
  void set_generate_name(std::string_view v);
  // metadata.namespace (`namespace` is a C++ keyword).
  std::string ns() const;
  void set_ns(std::string_view v);
  std::string uid() const;
  void set_uid(std::string_view v);
  std::string resource_version() const;
  void set_resource_version(std::string_view v);
  std::int64_t generation() const;
  void set_generation(std::int64_t v);

  std::optional<Time> creation_timestamp() const;
  void set_creation_timestamp(std::optional<Time> t);
  std::optional<Time> deletion_timestamp() const;
  void set_deletion_timestamp(std::optional<Time> t);
  std::optional<std::int64_t> deletion_grace_period_seconds() const;
  void set_deletion_grace_period_seconds(std::optional<std::int64_t> v);
  // True when deletionTimestamp is set (the object waits on finalizers).
  bool is_being_deleted() const;

  StringMap labels() const;
  void set_labels(const StringMap& labels);
  std::optional<std::string> label(std::string_view key) const;
  void set_label(std::string_view key, std::string_view value);
  // Returns whether the label was present.
  bool remove_label(std::string_view key);

  StringMap annotations() const;
  void set_annotations(const StringMap& annotations);
  std::optional<std::string> annotation(std::string_view key) const;
  void set_annotation(std::string_view key, std::string_view value);
  bool remove_annotation(std::string_view key);

  std::vector<OwnerReference> owner_references() const;
  void set_owner_references(const std::vector<OwnerReference>& refs);
  // The owner reference with controller=true, if any.
  std::optional<OwnerReference> controller_reference() const;

  std::vector<std::string> finalizers() const;
  void set_finalizers(const std::vector<std::string>& finalizers);
  bool has_finalizer(std::string_view f) const;
  // Adds `f` at the end unless present; returns whether the object changed.
  bool add_finalizer(std::string_view f);
  // Removes every occurrence of `f`; returns whether the object changed.
  bool remove_finalizer(std::string_view f);

  std::vector<ManagedFieldsEntry> managed_fields() const;
  void set_managed_fields(const std::vector<ManagedFieldsEntry>& entries);

  // "namespace/name", or "name" for cluster-scoped objects (the informer cache key).
  std::string key() const;

  bool operator==(const Object& other) const { return json_ == other.json_; }

 private:
  const Json* meta_field(std::string_view key) const;
  Json& meta();
  std::string meta_string(std::string_view key) const;
  void set_meta_string(std::string_view key, std::string_view v);
  StringMap meta_map(std::string_view key) const;
  void set_meta_map(std::string_view key, const StringMap& m);
  void erase_meta(std::string_view key);

  Json json_;
};

}  // namespace windlass
