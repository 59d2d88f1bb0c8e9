// LIST and WATCH: selectors, pagination, resourceVersion semantics and the watch stream.
#include "rest/common.h"
#include "rest/table.h"

#include <windlass/core/base64.h>
#include <windlass/core/field_selector.h>
#include <windlass/core/label_selector.h>

#include <random>

namespace windlass::apiserver {

namespace {

// The value of a field-selector path in an object, as text ("" when absent).
std::string field_value(const Json& obj, const std::string& path) {
  const Json* v = at_path(obj, path);
  if (!v) return path == "spec.hostNetwork" ? "false" : "";
  if (v->is_string()) return v->get<std::string>();
  if (v->is_boolean()) return v->get<bool>() ? "true" : "false";
  if (v->is_null()) return "";
  return v->dump();
}

struct Filter {
  Selector labels;
  FieldSelector fields;
  bool empty() const { return labels.empty() && fields.empty(); }
  bool matches(const Json& obj) const {
    // References only: a conditional mixing obj["metadata"] with a temporary would copy the
    // whole metadata (managedFields included) for every object and every watch event.
    static const Json kNoMetadata;
    static const Json kNoLabels = Json::object();
    auto m = obj.find("metadata");
    const Json& meta = m != obj.end() ? *m : kNoMetadata;
    const Json& l = meta.is_object() && meta.contains("labels") ? meta["labels"] : kNoLabels;
    if (!labels.matches(LabelsView::of_json(l))) return false;
    if (fields.empty()) return true;
    std::map<std::string, std::string> set;
    for (const auto& r : fields.requirements()) {
      if (r.field == "source") set[r.field] = field_value(obj, "source.component");
      else set[r.field] = field_value(obj, r.field);
    }
    return fields.matches(set);
  }
};

Result<Filter> parse_filter(const Request& req, const ResourceType& type) {
  Filter f;
  if (auto l = req.param("labelSelector"); l && !l->empty()) {
    auto sel = Selector::parse(*l);
    if (!sel) return make_bad_request(sel.error().message());
    f.labels = std::move(*sel);
  }
  if (auto fs = req.param("fieldSelector"); fs && !fs->empty()) {
    auto sel = FieldSelector::parse(*fs);
    if (!sel) return make_bad_request(sel.error().message());
    for (const auto& r : sel->requirements()) {
      bool known = r.field == "metadata.name" || r.field == "metadata.namespace" ||
                   std::find(type.field_labels.begin(), type.field_labels.end(), r.field) != type.field_labels.end();
      if (known) continue;
      if (type.custom) {
        std::string allowed = "\"metadata.name\", \"metadata.namespace\"";
        for (const auto& fl : type.field_labels) allowed += ", \"" + fl + "\"";
        return make_bad_request("\"" + r.field + "\" is not a known field selector: only " + allowed);
      }
      return make_bad_request("field label not supported: " + r.field);
    }
    f.fields = std::move(*sel);
  }
  return f;
}

std::optional<std::int64_t> parse_rv(const std::string& s) {
  if (s.empty() || s.size() > 18) return std::nullopt;
  std::int64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

Error invalid_rv(const std::string& rv) {
  return make_bad_request("invalid resource version: " + rv);
}

std::string encode_continue(std::int64_t rv, const std::string& start) {
  std::string json = to_json_string(Json{{"v", "meta.k8s.io/v1"}, {"rv", rv}, {"start", start}});
  std::string b64 = base64_encode(json);
  for (char& c : b64) {
    if (c == '+') c = '-';
    if (c == '/') c = '_';
  }
  while (!b64.empty() && b64.back() == '=') b64.pop_back();
  return b64;
}

Result<std::pair<std::int64_t, std::string>> decode_continue(std::string token) {
  for (char& c : token) {
    if (c == '-') c = '+';
    if (c == '_') c = '/';
  }
  while (token.size() % 4) token += '=';
  auto bytes = base64_decode(token);
  auto bad = [] { return make_bad_request("continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)"); };
  if (!bytes) return bad();
  auto j = parse_json(*bytes);
  if (!j || !j->is_object() || j->value("v", "") != "meta.k8s.io/v1" || !(*j)["rv"].is_number_integer() ||
      !(*j)["start"].is_string())
    return bad();
  return std::make_pair((*j)["rv"].get<std::int64_t>(), (*j)["start"].get<std::string>());
}

std::string list_kind(const ResourceType& t) { return t.info.list_kind; }

Json event_line(const char* type, const Json& object) {
  return Json{{"type", type}, {"object", object}};
}

class WatchStream final : public Stream {
 public:
  WatchStream(std::shared_ptr<WatchQueue> queue, Storage& storage, Filter filter,
              const ResourceType& type, std::chrono::steady_clock::time_point deadline,
              bool bookmarks, std::chrono::seconds bookmark_interval, bool initial_events_end,
              std::int64_t start_rv, RequestMetrics& metrics, std::shared_ptr<const Catalog> catalog,
              std::optional<TableRequest> table, std::function<TimePoint()> now)
      : table_(std::move(table)),
        now_(std::move(now)),
        catalog_(std::move(catalog)),
        queue_(std::move(queue)),
        storage_(storage),
        filter_(std::move(filter)),
        type_(type),
        deadline_(deadline),
        bookmarks_(bookmarks),
        interval_(bookmark_interval),
        next_bookmark_(std::chrono::steady_clock::now() + bookmark_interval),
        initial_end_pending_(initial_events_end),
        start_rv_(start_rv),
        metrics_(metrics) {
    ++metrics_.watchers;
  }
  ~WatchStream() override {
    queue_->stop();
    --metrics_.watchers;
  }

  void set_notify(std::function<void()> notify) override { queue_->set_notify(std::move(notify)); }

  std::vector<std::string> next(bool& done) override {
    std::vector<std::string> out;
    // Everything up to `caught_up` is in the queue once it is read; drain after reading it.
    std::int64_t caught_up = storage_.current_rv();
    bool closed = queue_->closed();
    for (Event& e : queue_->drain()) {
      if (initial_end_pending_ && e.rv > start_rv_) end_initial(out);
      translate(e, out);
    }
    if (initial_end_pending_) end_initial(out);
    auto now = std::chrono::steady_clock::now();
    if (bookmarks_ && now >= next_bookmark_) {
      out.push_back(bookmark(std::max(caught_up, last_rv_), false));
      next_bookmark_ = now + interval_;
    }
    done = closed || now >= deadline_;
    return out;
  }

  std::chrono::steady_clock::time_point wake_at() const override {
    return bookmarks_ ? std::min(deadline_, next_bookmark_) : deadline_;
  }

 private:
  void end_initial(std::vector<std::string>& out) {
    initial_end_pending_ = false;
    out.push_back(bookmark(start_rv_, true));
  }

  std::string bookmark(std::int64_t rv, bool initial_end) {
    Json meta = {{"resourceVersion", std::to_string(rv)}, {"creationTimestamp", nullptr}};
    if (initial_end) meta["annotations"] = {{"k8s.io/initial-events-end", "true"}};
    Json obj = {{"kind", type_.info.kind}, {"apiVersion", type_.info.api_version()}, {"metadata", meta}};
    return to_json_string(event_line("BOOKMARK", obj)) + "\n";
  }

  void translate(const Event& e, std::vector<std::string>& out) {
    last_rv_ = std::max(last_rv_, e.rv);
    const char* type = nullptr;
    switch (e.type) {
      case EventType::kAdded:
        if (filter_.matches(*e.object)) type = "ADDED";
        break;
      case EventType::kModified: {
        bool before = filter_.empty() || filter_.matches(*e.previous);
        bool after = filter_.matches(*e.object);
        type = before && after ? "MODIFIED" : after ? "ADDED" : before ? "DELETED" : nullptr;
        break;
      }
      case EventType::kDeleted:
        if (filter_.matches(*e.object)) type = "DELETED";
        break;
    }
    if (!type) return;
    if (table_) {
      // Only the first event carries the column definitions, as upstream's watch encoder does.
      Json t = make_table(type_, {e.object.get()}, *table_, !columns_sent_,
                          Json{{"resourceVersion", std::to_string(e.rv)}}, now_());
      columns_sent_ = true;
      out.push_back(to_json_string(event_line(type, t)) + "\n");
      return;
    }
    if (partial_) {
      out.push_back(to_json_string(event_line(type, partial_metadata(*e.object, *partial_))) + "\n");
      return;
    }
    // The object is serialized in place, never copied into an event document (the same text:
    // keys in order, "object" before "type"); a live event's text is serialized once and
    // shared by all its watchers.
    std::string fresh;
    const std::string* text = &fresh;
    if (e.serialized && presents_as_stored(type_, *e.object)) text = &e.serialized->text(*e.object);
    else fresh = present_text(type_, *e.object);
    out.push_back("{\"object\":" + *text + ",\"type\":\"" + type + "\"}\n");
  }

 public:
  std::optional<std::string> partial_;  // events carry PartialObjectMetadata (metadata-only watches)

 private:

  std::optional<TableRequest> table_;  // events carry one-row Tables (kubectl get -w)
  std::function<TimePoint()> now_;
  bool columns_sent_ = false;
  std::shared_ptr<const Catalog> catalog_;  // keeps type_ alive while CRDs change
  std::shared_ptr<WatchQueue> queue_;
  Storage& storage_;
  Filter filter_;
  const ResourceType& type_;
  std::chrono::steady_clock::time_point deadline_;
  bool bookmarks_;
  std::chrono::seconds interval_;
  std::chrono::steady_clock::time_point next_bookmark_;
  bool initial_end_pending_;
  std::int64_t start_rv_;
  std::int64_t last_rv_ = 0;
  RequestMetrics& metrics_;
};

// A watch that only reports an error: 200, one ERROR event, end.
class ErrorStream final : public Stream {
 public:
  explicit ErrorStream(Json status) : status_(std::move(status)) {}
  void set_notify(std::function<void()>) override {}
  std::vector<std::string> next(bool& done) override {
    done = true;
    return {to_json_string(event_line("ERROR", status_)) + "\n"};
  }
  std::chrono::steady_clock::time_point wake_at() const override { return std::chrono::steady_clock::now(); }

 private:
  Json status_;
};

}  // namespace

// DELETE on a collection: every object the selectors match goes, as one DELETE each would
// (finalizers honoured); the answer is a Success Status.
Response ApiHandler::delete_collection(const Request& req, const Target& t) {
  const ResourceType& type = *t.type;
  auto filter = parse_filter(req, type);
  if (!filter) return error_response(filter.error());
  std::string prefix = type.key_prefix();
  if (type.info.namespaced && t.namespaced_path) prefix += t.ns + "/";
  ListOptions lo{.prefix = prefix};
  if (!filter->empty()) lo.filter = [f = *filter](const Json& o) { return f.matches(o); };
  auto items = storage_.list(lo);
  if (!items) return error_response(items.error());
  for (const auto& o : items->items) {
    Target one = t;
    one.ns = (*o)["metadata"].value("namespace", "");
    one.name = (*o)["metadata"].value("name", "");
    Response r = remove(req, one);
    if (r.status >= 400 && r.status != 404) return r;
  }
  return json_response(200, Json{{"kind", "Status"}, {"apiVersion", "v1"}, {"metadata", Json::object()},
                                 {"status", "Success"}});
}

Reply ApiHandler::list_or_watch(const Request& req, const Target& t, std::string& verb) {
  const ResourceType& type = *t.type;
  bool watch = query_flag(req, "watch");
  verb = watch ? "watch" : "list";
  if (auto v = check_media(req); !v) return error_response(v.error());
  auto filter = parse_filter(req, type);
  if (!filter) return error_response(filter.error());
  auto table = table_request(req);
  if (!table) return error_response(table.error());

  std::string rv_text = req.param("resourceVersion").value_or("");
  std::string match = req.param("resourceVersionMatch").value_or("");
  std::string cont = req.param("continue").value_or("");
  bool send_initial = req.param("sendInitialEvents").has_value();
  bool send_initial_value = query_flag(req, "sendInitialEvents");
  std::optional<std::int64_t> rv;
  if (!rv_text.empty()) {
    rv = parse_rv(rv_text);
    if (!rv) return error_response(invalid_rv(rv_text));
  }
  std::string prefix = type.key_prefix();
  if (type.info.namespaced && t.namespaced_path) prefix += t.ns + "/";

  if (watch) {
    if (!match.empty() && match != "NotOlderThan")
      return error_response(make_bad_request("resourceVersionMatch: Unsupported value: \"" + match + "\""));
    if (send_initial && match != "NotOlderThan")
      return error_response(make_invalid("", "ListOptions", "", {{"FieldValueForbidden", "sendInitialEvents is forbidden for watch unless the WatchList feature gate is enabled", "sendInitialEvents"}}));
    if (!match.empty() && !send_initial)
      return error_response(make_invalid("", "ListOptions", "", {{"FieldValueForbidden", "resourceVersionMatch is forbidden for watch unless sendInitialEvents is provided", "resourceVersionMatch"}}));
    bool initial = send_initial ? send_initial_value : (!rv || *rv == 0);
    auto queue = storage_.watch(prefix, rv.value_or(0), initial);
    if (!queue) {
      if (is_expired(queue.error())) {
        Status s = make_expired(queue.error().message()).to_status();
        auto stream = std::make_shared<ErrorStream>(Json(s));
        return StreamResponse{200, "application/json", {}, stream};
      }
      return error_response(queue.error());
    }
    auto deadline = std::chrono::steady_clock::now();
    if (auto ts = req.param("timeoutSeconds"); ts && parse_rv(*ts)) {
      deadline += std::chrono::seconds(*parse_rv(*ts));
    } else {
      thread_local std::mt19937 rng{std::random_device{}()};
      auto min = options_.min_request_timeout.count();
      deadline += std::chrono::seconds(std::uniform_int_distribution<long>(min, 2 * min)(rng));
    }
    bool bookmarks = query_flag(req, "allowWatchBookmarks");
    auto stream = std::make_shared<WatchStream>(*queue, storage_, std::move(*filter), type, deadline,
                                                bookmarks, options_.bookmark_interval,
                                                send_initial && send_initial_value && bookmarks,
                                                (*queue)->start_rv, metrics_, t.catalog, *table, options_.now);
    std::string content_type = "application/json";
    if (!*table) {
      stream->partial_ = partial_metadata_request(req);
      if (stream->partial_) content_type = partial_metadata_content_type(false, *stream->partial_);
    }
    return StreamResponse{200, content_type, {}, stream};
  }

  if (send_initial) return error_response(make_invalid("", "ListOptions", "", {{"FieldValueForbidden", "sendInitialEvents is forbidden for list", "sendInitialEvents"}}));
  if (!match.empty()) {
    if (rv_text.empty())
      return error_response(make_invalid("", "ListOptions", "", {{"FieldValueForbidden", "resourceVersionMatch is forbidden unless resourceVersion is provided", "resourceVersionMatch"}}));
    if (!cont.empty())
      return error_response(make_invalid("", "ListOptions", "", {{"FieldValueForbidden", "resourceVersionMatch is forbidden when continue is provided", "resourceVersionMatch"}}));
    if (match != "Exact" && match != "NotOlderThan")
      return error_response(make_invalid("", "ListOptions", "", {{"FieldValueNotSupported", "Unsupported value: \"" + match + "\": supported values: \"Exact\", \"NotOlderThan\"", "resourceVersionMatch"}}));
    if (match == "Exact" && rv == 0)
      return error_response(make_invalid("", "ListOptions", "", {{"FieldValueForbidden", "resourceVersionMatch \"exact\" is forbidden for resourceVersion \"0\"", "resourceVersionMatch"}}));
  }

  ListOptions lo;
  lo.prefix = prefix;
  if (auto l = req.param("limit"); l && parse_rv(*l)) lo.limit = static_cast<std::size_t>(*parse_rv(*l));
  if (!filter->empty()) lo.filter = [f = *filter](const Json& o) { return f.matches(o); };
  if (!cont.empty()) {
    if (!rv_text.empty() && rv_text != "0")
      return error_response(make_bad_request("specifying resource version is not allowed when using continue"));
    auto c = decode_continue(cont);
    if (!c) return error_response(c.error());
    lo.rv = c->first;
    lo.start_after = prefix + c->second;
  } else if (rv && *rv != 0) {
    bool exact = match == "Exact" || (match.empty() && lo.limit > 0);
    if (exact) lo.rv = *rv;
    else if (*rv > storage_.current_rv())
      return error_response(make_timeout("Too large resource version: " + rv_text + ", current: " + std::to_string(storage_.current_rv()), 1));
  } else if (rv && *rv == 0) {
    lo.limit = 0;  // "any data": served whole, like the watch cache
  }
  auto result = storage_.list(lo);
  if (!result) {
    const Error& e = result.error();
    if (is_expired(e)) {
      if (!cont.empty())
        return error_response(make_expired("The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter."));
      return error_response(make_expired("The resourceVersion for the provided list is too old."));
    }
    if (is_timeout(e)) {
      Error te = make_timeout(e.message(), 1);
      Status s = te.to_status();
      s.details = StatusDetails{.causes = {{"ResourceVersionTooLarge", "Too large resource version", ""}}, .retry_after_seconds = 1};
      return error_response(Error::from_status(s));
    }
    return error_response(e);
  }
  Json meta = {{"resourceVersion", std::to_string(result->rv)}};
  if (!result->last_key.empty()) {
    meta["continue"] = encode_continue(result->rv, result->last_key.substr(prefix.size()));
    meta["remainingItemCount"] = result->remaining;
  }
  if (table && *table) {
    std::vector<const Json*> objs;
    for (const auto& o : result->items) objs.push_back(o.get());
    Response r = json_response(200, make_table(type, objs, **table, true, meta, options_.now()));
    r.content_type = table_content_type(**table);
    return r;
  }
  if (auto partial = partial_metadata_request(req)) {
    Json items = Json::array();
    for (const auto& o : result->items) items.push_back(partial_metadata(*o, *partial));
    Response r = json_response(200, Json{{"kind", "PartialObjectMetadataList"},
                                         {"apiVersion", "meta.k8s.io/" + *partial},
                                         {"metadata", meta},
                                         {"items", std::move(items)}});
    r.content_type = partial_metadata_content_type(true, *partial);
    return r;
  }
  // Items are serialized where they are stored, not copied into a list document first; the
  // text is what that document would serialize to (keys in order).
  std::string text = "{\"apiVersion\":" + to_json_string(Json(type.info.api_version())) + ",\"items\":[";
  for (std::size_t i = 0; i < result->items.size(); ++i) {
    if (i) text += ',';
    text += present_text(type, *result->items[i]);
  }
  text += "],\"kind\":" + to_json_string(Json(list_kind(type))) + ",\"metadata\":" + to_json_string(meta) + "}";
  return Response{200, "application/json", std::move(text), {}};
}

}  // namespace windlass::apiserver
