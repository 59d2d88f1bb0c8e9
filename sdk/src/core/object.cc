#include <windlass/core/object.h>

#include <algorithm>

namespace windlass {

namespace {

std::string str_or_empty(const Json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

void set_or_erase(Json& j, const char* key, std::string_view v) {
  if (v.empty()) j.erase(key);
  else j[key] = std::string(v);
}

Error field_error(std::string_view path, std::string_view expected) {
  return Error(ErrorCode::kBadRequest, std::string(path) + ": expected " + std::string(expected));
}

// The strict type checks of from_json, one per metadata field with a non-string type.
Result<void> check_metadata(const Json& meta) {
  if (!meta.is_object()) return field_error("metadata", "object");
  for (const char* key : {"name", "generateName", "namespace", "uid", "resourceVersion",
                          "creationTimestamp", "deletionTimestamp", "selfLink"}) {
    auto it = meta.find(key);
    if (it != meta.end() && !it->is_string() && !it->is_null())
      return field_error(std::string("metadata.") + key, "string");
  }
  for (const char* key : {"generation", "deletionGracePeriodSeconds"}) {
    auto it = meta.find(key);
    if (it != meta.end() && !it->is_number_integer() && !it->is_null())
      return field_error(std::string("metadata.") + key, "integer");
  }
  for (const char* key : {"creationTimestamp", "deletionTimestamp"}) {
    auto it = meta.find(key);
    if (it != meta.end() && it->is_string()) {
      if (auto t = Time::parse(it->get<std::string>()); !t)
        return Error(ErrorCode::kBadRequest,
                     std::string("metadata.") + key + ": " + t.error().message());
    }
  }
  for (const char* key : {"labels", "annotations"}) {
    auto it = meta.find(key);
    if (it == meta.end() || it->is_null()) continue;
    if (!it->is_object()) return field_error(std::string("metadata.") + key, "object");
    for (auto e = it->begin(); e != it->end(); ++e)
      if (!e->is_string())
        return field_error(std::string("metadata.") + key + "." + e.key(), "string");
  }
  if (auto it = meta.find("finalizers"); it != meta.end() && !it->is_null()) {
    if (!it->is_array()) return field_error("metadata.finalizers", "array");
    for (std::size_t i = 0; i < it->size(); ++i)
      if (!(*it)[i].is_string())
        return field_error("metadata.finalizers[" + std::to_string(i) + "]", "string");
  }
  for (const char* key : {"ownerReferences", "managedFields"}) {
    auto it = meta.find(key);
    if (it == meta.end() || it->is_null()) continue;
    if (!it->is_array()) return field_error(std::string("metadata.") + key, "array");
    for (std::size_t i = 0; i < it->size(); ++i)
      if (!(*it)[i].is_object())
        return field_error(std::string("metadata.") + key + "[" + std::to_string(i) + "]",
                           "object");
  }
  return ok();
}

}  // namespace

void to_json(Json& j, const OwnerReference& r) {
  j = Json::object();
  j["apiVersion"] = r.api_version;
  j["kind"] = r.kind;
  j["name"] = r.name;
  j["uid"] = r.uid;
  if (r.controller) j["controller"] = *r.controller;
  if (r.block_owner_deletion) j["blockOwnerDeletion"] = *r.block_owner_deletion;
}

void from_json(const Json& j, OwnerReference& r) {
  r = OwnerReference{};
  if (!j.is_object()) return;
  r.api_version = str_or_empty(j, "apiVersion");
  r.kind = str_or_empty(j, "kind");
  r.name = str_or_empty(j, "name");
  r.uid = str_or_empty(j, "uid");
  if (auto it = j.find("controller"); it != j.end() && it->is_boolean())
    r.controller = it->get<bool>();
  if (auto it = j.find("blockOwnerDeletion"); it != j.end() && it->is_boolean())
    r.block_owner_deletion = it->get<bool>();
}

void to_json(Json& j, const ManagedFieldsEntry& e) {
  j = Json::object();
  if (!e.manager.empty()) j["manager"] = e.manager;
  if (!e.operation.empty()) j["operation"] = e.operation;
  if (!e.api_version.empty()) j["apiVersion"] = e.api_version;
  if (!e.time.empty()) j["time"] = e.time;
  if (!e.fields_type.empty()) j["fieldsType"] = e.fields_type;
  if (!e.fields_v1.is_null()) j["fieldsV1"] = e.fields_v1;
  if (!e.subresource.empty()) j["subresource"] = e.subresource;
}

void from_json(const Json& j, ManagedFieldsEntry& e) {
  e = ManagedFieldsEntry{};
  if (!j.is_object()) return;
  e.manager = str_or_empty(j, "manager");
  e.operation = str_or_empty(j, "operation");
  e.api_version = str_or_empty(j, "apiVersion");
  e.time = str_or_empty(j, "time");
  e.fields_type = str_or_empty(j, "fieldsType");
  if (auto it = j.find("fieldsV1"); it != j.end()) e.fields_v1 = *it;
  e.subresource = str_or_empty(j, "subresource");
}

Object::Object() : json_(Json::object()) {}

Object::Object(Json json) : json_(json.is_object() ? std::move(json) : Json::object()) {}

Result<Object> Object::from_json(Json json) {
  if (!json.is_object())
    return Error(ErrorCode::kBadRequest, "expected a JSON object, got " +
                                             std::string(json_type_name(json)));
  for (const char* key : {"apiVersion", "kind"}) {
    auto it = json.find(key);
    if (it != json.end() && !it->is_string() && !it->is_null())
      return field_error(key, "string");
  }
  if (auto it = json.find("metadata"); it != json.end() && !it->is_null())
    WINDLASS_RETURN_IF_ERROR(check_metadata(*it));
  return Object(std::move(json));
}

Result<Object> Object::parse(std::string_view json_text) {
  WINDLASS_TRY(Json j, parse_json(json_text));
  return from_json(std::move(j));
}

const Json* Object::meta_field(std::string_view key) const {
  auto m = json_.find("metadata");
  if (m == json_.end() || !m->is_object()) return nullptr;
  auto it = m->find(key);
  return it == m->end() ? nullptr : &*it;
}

Json& Object::meta() {
  Json& m = json_["metadata"];
  if (!m.is_object()) m = Json::object();
  return m;
}

std::string Object::meta_string(std::string_view key) const {
  const Json* v = meta_field(key);
  return v && v->is_string() ? v->get<std::string>() : std::string();
}

void Object::set_meta_string(std::string_view key, std::string_view v) {
  if (v.empty()) {
    erase_meta(key);
    return;
  }
  meta()[std::string(key)] = std::string(v);
}

void Object::erase_meta(std::string_view key) {
  auto m = json_.find("metadata");
  if (m != json_.end() && m->is_object()) m->erase(std::string(key));
}

StringMap Object::meta_map(std::string_view key) const {
  StringMap out;
  const Json* v = meta_field(key);
  if (!v || !v->is_object()) return out;
  for (auto it = v->begin(); it != v->end(); ++it)
    if (it->is_string()) out.emplace(it.key(), it->get<std::string>());
  return out;
}

void Object::set_meta_map(std::string_view key, const StringMap& m) {
  if (m.empty()) {
    erase_meta(key);
    return;
  }
  Json& j = meta()[std::string(key)];
  j = Json::object();
  for (const auto& [k, v] : m) j[k] = v;
}

std::string Object::api_version() const { return str_or_empty(json_, "apiVersion"); }
void Object::set_api_version(std::string_view v) { set_or_erase(json_, "apiVersion", v); }
std::string Object::kind() const { return str_or_empty(json_, "kind"); }
void Object::set_kind(std::string_view v) { set_or_erase(json_, "kind", v); }

GroupVersionKind Object::gvk() const {
  auto gv = GroupVersion::parse(api_version());
  return gv ? gv->with_kind(kind()) : GroupVersionKind{"", "", kind()};
}

void Object::set_gvk(const GroupVersionKind& gvk) {
  set_api_version(gvk.api_version());
  set_kind(gvk.kind);
}

std::string Object::name() const { return meta_string("name"); }
void Object::set_name(std::string_view v) { set_meta_string("name", v); }
std::string Object::generate_name() const { return meta_string("generateName"); }
void Object::set_generate_name(std::string_view v) { set_meta_string("generateName", v); }
std::string Object::ns() const { return meta_string("namespace"); }
void Object::set_ns(std::string_view v) { set_meta_string("namespace", v); }
std::string Object::uid() const { return meta_string("uid"); }
void Object::set_uid(std::string_view v) { set_meta_string("uid", v); }
std::string Object::resource_version() const { return meta_string("resourceVersion"); }
void Object::set_resource_version(std::string_view v) { set_meta_string("resourceVersion", v); }

std::int64_t Object::generation() const {
  const Json* v = meta_field("generation");
  return v && v->is_number_integer() ? v->get<std::int64_t>() : 0;
}

void Object::set_generation(std::int64_t v) {
  if (v == 0) erase_meta("generation");
  else meta()["generation"] = v;
}

namespace {
std::optional<Time> time_of(const Json* v) {
  if (!v || !v->is_string()) return std::nullopt;
  auto t = Time::parse(v->get<std::string>());
  if (!t) return std::nullopt;
  return *t;
}
}  // namespace

std::optional<Time> Object::creation_timestamp() const {
  return time_of(meta_field("creationTimestamp"));
}

void Object::set_creation_timestamp(std::optional<Time> t) {
  if (!t) erase_meta("creationTimestamp");
  else meta()["creationTimestamp"] = t->to_string();
}

std::optional<Time> Object::deletion_timestamp() const {
  return time_of(meta_field("deletionTimestamp"));
}

void Object::set_deletion_timestamp(std::optional<Time> t) {
  if (!t) erase_meta("deletionTimestamp");
  else meta()["deletionTimestamp"] = t->to_string();
}

std::optional<std::int64_t> Object::deletion_grace_period_seconds() const {
  const Json* v = meta_field("deletionGracePeriodSeconds");
  if (!v || !v->is_number_integer()) return std::nullopt;
  return v->get<std::int64_t>();
}

void Object::set_deletion_grace_period_seconds(std::optional<std::int64_t> v) {
  if (!v) erase_meta("deletionGracePeriodSeconds");
  else meta()["deletionGracePeriodSeconds"] = *v;
}

bool Object::is_being_deleted() const {
  const Json* v = meta_field("deletionTimestamp");
  return v && v->is_string() && !v->get_ref<const std::string&>().empty();
}

StringMap Object::labels() const { return meta_map("labels"); }
void Object::set_labels(const StringMap& labels) { set_meta_map("labels", labels); }

std::optional<std::string> Object::label(std::string_view key) const {
  const Json* v = meta_field("labels");
  if (!v || !v->is_object()) return std::nullopt;
  auto it = v->find(key);
  if (it == v->end() || !it->is_string()) return std::nullopt;
  return it->get<std::string>();
}

void Object::set_label(std::string_view key, std::string_view value) {
  Json& l = meta()["labels"];
  if (!l.is_object()) l = Json::object();
  l[std::string(key)] = std::string(value);
}

bool Object::remove_label(std::string_view key) {
  auto m = json_.find("metadata");
  if (m == json_.end() || !m->is_object()) return false;
  auto l = m->find("labels");
  if (l == m->end() || !l->is_object()) return false;
  bool removed = l->erase(std::string(key)) > 0;
  if (l->empty()) m->erase("labels");
  return removed;
}

StringMap Object::annotations() const { return meta_map("annotations"); }
void Object::set_annotations(const StringMap& a) { set_meta_map("annotations", a); }

std::optional<std::string> Object::annotation(std::string_view key) const {
  const Json* v = meta_field("annotations");
  if (!v || !v->is_object()) return std::nullopt;
  auto it = v->find(key);
  if (it == v->end() || !it->is_string()) return std::nullopt;
  return it->get<std::string>();
}

void Object::set_annotation(std::string_view key, std::string_view value) {
  Json& a = meta()["annotations"];
  if (!a.is_object()) a = Json::object();
  a[std::string(key)] = std::string(value);
}

bool Object::remove_annotation(std::string_view key) {
  auto m = json_.find("metadata");
  if (m == json_.end() || !m->is_object()) return false;
  auto a = m->find("annotations");
  if (a == m->end() || !a->is_object()) return false;
  bool removed = a->erase(std::string(key)) > 0;
  if (a->empty()) m->erase("annotations");
  return removed;
}

std::vector<OwnerReference> Object::owner_references() const {
  std::vector<OwnerReference> out;
  const Json* v = meta_field("ownerReferences");
  if (!v || !v->is_array()) return out;
  for (const auto& r : *v) out.push_back(r.get<OwnerReference>());
  return out;
}

void Object::set_owner_references(const std::vector<OwnerReference>& refs) {
  if (refs.empty()) {
    erase_meta("ownerReferences");
    return;
  }
  meta()["ownerReferences"] = refs;
}

std::optional<OwnerReference> Object::controller_reference() const {
  for (auto& r : owner_references())
    if (r.controller.value_or(false)) return r;
  return std::nullopt;
}

std::vector<std::string> Object::finalizers() const {
  std::vector<std::string> out;
  const Json* v = meta_field("finalizers");
  if (!v || !v->is_array()) return out;
  for (const auto& f : *v)
    if (f.is_string()) out.push_back(f.get<std::string>());
  return out;
}

void Object::set_finalizers(const std::vector<std::string>& finalizers) {
  if (finalizers.empty()) {
    erase_meta("finalizers");
    return;
  }
  meta()["finalizers"] = finalizers;
}

bool Object::has_finalizer(std::string_view f) const {
  const Json* v = meta_field("finalizers");
  if (!v || !v->is_array()) return false;
  return std::any_of(v->begin(), v->end(),
                     [&](const Json& x) { return x.is_string() && x.get_ref<const std::string&>() == f; });
}

bool Object::add_finalizer(std::string_view f) {
  if (has_finalizer(f)) return false;
  auto list = finalizers();
  list.emplace_back(f);
  set_finalizers(list);
  return true;
}

bool Object::remove_finalizer(std::string_view f) {
  auto list = finalizers();
  auto end = std::remove(list.begin(), list.end(), std::string(f));
  if (end == list.end()) return false;
  list.erase(end, list.end());
  set_finalizers(list);
  return true;
}

std::vector<ManagedFieldsEntry> Object::managed_fields() const {
  std::vector<ManagedFieldsEntry> out;
  const Json* v = meta_field("managedFields");
  if (!v || !v->is_array()) return out;
  for (const auto& e : *v) out.push_back(e.get<ManagedFieldsEntry>());
  return out;
}

void Object::set_managed_fields(const std::vector<ManagedFieldsEntry>& entries) {
  if (entries.empty()) {
    erase_meta("managedFields");
    return;
  }
  meta()["managedFields"] = entries;
}

std::string Object::key() const {
  std::string n = ns();
  if (n.empty()) return name();
  return n + "/" + name();
}

}  // namespace windlass
