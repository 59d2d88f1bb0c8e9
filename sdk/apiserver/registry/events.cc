#include "registry/events.h"

#include <utility>

namespace windlass::apiserver {

namespace {

// Field names that differ between the two versions: {core/v1, events.k8s.io/v1}.
constexpr std::pair<const char*, const char*> kRenamed[] = {
    {"involvedObject", "regarding"},
    {"message", "note"},
    {"reportingComponent", "reportingController"},
    {"source", "deprecatedSource"},
    {"count", "deprecatedCount"},
    {"firstTimestamp", "deprecatedFirstTimestamp"},
    {"lastTimestamp", "deprecatedLastTimestamp"},
};

Json rename(const Json& in, bool to_events, const char* api_version) {
  Json out = Json::object();
  for (auto it = in.begin(); it != in.end(); ++it) {
    std::string key = it.key();
    for (const auto& [core, events] : kRenamed) {
      if (to_events && key == core) key = events;
      else if (!to_events && key == events) key = core;
    }
    out[key] = it.value();
  }
  out["apiVersion"] = api_version;
  out["kind"] = "Event";
  return out;
}

}  // namespace

Json core_event_to_events_v1(const Json& core) {
  if (!core.is_object()) return core;
  Json out = rename(core, true, "events.k8s.io/v1");
  // Empty strings and zero counts of the older API are simply absent in the newer one.
  for (const char* k : {"deprecatedCount"})
    if (out.contains(k) && out[k] == 0) out.erase(k);
  return out;
}

void events_v1_to_core_event(Json& event) {
  if (!event.is_object()) return;
  for (const auto& [core, events] : kRenamed) {
    if (!event.contains(events)) continue;
    event[core] = std::move(event[events]);
    event.erase(events);
  }
  event["apiVersion"] = "v1";
  event["kind"] = "Event";
  // core/v1 requires an involvedObject; an events.k8s.io Event may lack `regarding`.
  if (!event.contains("involvedObject") || event["involvedObject"].is_null()) event["involvedObject"] = Json::object();
}

FieldErrors validate_events_v1_create(const Json& event) {
  FieldErrors errs;
  auto required = [&](const char* field) {
    if (!event.contains(field) || event[field].is_null() ||
        (event[field].is_string() && event[field].get_ref<const std::string&>().empty()))
      errs.push_back(FieldError::required(field, ""));
  };
  required("eventTime");
  required("reportingController");
  required("reportingInstance");
  required("action");
  required("reason");
  std::string type = event.value("type", "");
  if (type != "Normal" && type != "Warning")
    errs.push_back(FieldError::not_supported("type", type, {"Normal", "Warning"}));
  return errs;
}

}  // namespace windlass::apiserver
