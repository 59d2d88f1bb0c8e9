#include <windlass/core/error.h>
#include <windlass/core/result.h>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>

namespace windlass {

namespace internal {
void result_value_of_error(const Error& e) {
  std::fprintf(stderr, "windlass: value() of a failed Result: %s\n", e.to_string().c_str());
  std::abort();
}
}  // namespace internal

namespace {

struct CodeInfo {
  ErrorCode code;
  std::string_view reason;
  int http;
};

constexpr CodeInfo kCodes[] = {
    {ErrorCode::kUnknown, "Unknown", 500},
    {ErrorCode::kBadRequest, "BadRequest", 400},
    {ErrorCode::kUnauthorized, "Unauthorized", 401},
    {ErrorCode::kForbidden, "Forbidden", 403},
    {ErrorCode::kNotFound, "NotFound", 404},
    {ErrorCode::kMethodNotAllowed, "MethodNotAllowed", 405},
    {ErrorCode::kNotAcceptable, "NotAcceptable", 406},
    {ErrorCode::kAlreadyExists, "AlreadyExists", 409},
    {ErrorCode::kConflict, "Conflict", 409},
    {ErrorCode::kExpired, "Expired", 410},
    {ErrorCode::kRequestEntityTooLarge, "RequestEntityTooLarge", 413},
    {ErrorCode::kUnsupportedMediaType, "UnsupportedMediaType", 415},
    {ErrorCode::kInvalid, "Invalid", 422},
    {ErrorCode::kTooManyRequests, "TooManyRequests", 429},
    {ErrorCode::kInternal, "InternalError", 500},
    {ErrorCode::kUnavailable, "ServiceUnavailable", 503},
    {ErrorCode::kTimeout, "Timeout", 504},
    {ErrorCode::kCancelled, "Cancelled", 499},
};

const CodeInfo& info(ErrorCode c) {
  for (const auto& i : kCodes)
    if (i.code == c) return i;
  return kCodes[0];
}

// client-go's reason → code table, then the HTTP-code fallback of NewGenericServerResponse.
ErrorCode code_from_status(const Status& s) {
  if (s.reason == "Gone") return ErrorCode::kExpired;
  if (s.reason == "ServerTimeout") return ErrorCode::kTimeout;
  for (const auto& i : kCodes)
    if (!s.reason.empty() && i.reason == s.reason && i.code != ErrorCode::kUnknown &&
        i.code != ErrorCode::kCancelled)
      return i.code;
  switch (s.code) {
    case 400: return ErrorCode::kBadRequest;
    case 401: return ErrorCode::kUnauthorized;
    case 403: return ErrorCode::kForbidden;
    case 404: return ErrorCode::kNotFound;
    case 405: return ErrorCode::kMethodNotAllowed;
    case 406: return ErrorCode::kNotAcceptable;
    case 409: return ErrorCode::kConflict;
    case 410: return ErrorCode::kExpired;
    case 413: return ErrorCode::kRequestEntityTooLarge;
    case 415: return ErrorCode::kUnsupportedMediaType;
    case 422: return ErrorCode::kInvalid;
    case 429: return ErrorCode::kTooManyRequests;
    case 500: return ErrorCode::kInternal;
    case 502:
    case 503: return ErrorCode::kUnavailable;
    case 504: return ErrorCode::kTimeout;
    default: return ErrorCode::kUnknown;
  }
}

// "pods" or "deployments.apps".
std::string qualified(std::string_view group, std::string_view resource) {
  std::string s(resource);
  if (!group.empty()) {
    s += '.';
    s += group;
  }
  return s;
}

Error with_status(ErrorCode code, std::string message, std::optional<StatusDetails> details) {
  Status st;
  st.message = message;
  st.reason = std::string(reason_of(code));
  st.code = http_code_of(code);
  st.details = std::move(details);
  return Error::from_status(std::move(st));
}

StatusDetails details_of(std::string_view group, std::string_view kind, std::string_view name) {
  StatusDetails d;
  d.group = group;
  d.kind = kind;
  d.name = name;
  return d;
}

}  // namespace

std::string_view reason_of(ErrorCode code) { return info(code).reason; }
int http_code_of(ErrorCode code) { return info(code).http; }

void to_json(nlohmann::json& j, const Status& s) {
  j = nlohmann::json::object();
  j["kind"] = "Status";
  j["apiVersion"] = "v1";
  j["metadata"] = nlohmann::json::object();
  if (!s.status.empty()) j["status"] = s.status;
  if (!s.message.empty()) j["message"] = s.message;
  if (!s.reason.empty()) j["reason"] = s.reason;
  if (s.details) {
    auto& d = j["details"];
    d = nlohmann::json::object();
    if (!s.details->name.empty()) d["name"] = s.details->name;
    if (!s.details->group.empty()) d["group"] = s.details->group;
    if (!s.details->kind.empty()) d["kind"] = s.details->kind;
    if (!s.details->uid.empty()) d["uid"] = s.details->uid;
    if (!s.details->causes.empty()) {
      auto& causes = d["causes"];
      causes = nlohmann::json::array();
      for (const auto& c : s.details->causes) {
        nlohmann::json cj = nlohmann::json::object();
        if (!c.type.empty()) cj["reason"] = c.type;
        if (!c.message.empty()) cj["message"] = c.message;
        if (!c.field.empty()) cj["field"] = c.field;
        causes.push_back(std::move(cj));
      }
    }
    if (s.details->retry_after_seconds != 0)
      d["retryAfterSeconds"] = s.details->retry_after_seconds;
  }
  if (s.code != 0) j["code"] = s.code;
}

namespace {
std::string str_field(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}
int int_field(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_number_integer() ? it->get<int>() : 0;
}
}  // namespace

void from_json(const nlohmann::json& j, Status& s) {
  s = Status{};
  if (!j.is_object()) return;
  s.status = str_field(j, "status");
  s.message = str_field(j, "message");
  s.reason = str_field(j, "reason");
  s.code = int_field(j, "code");
  auto d = j.find("details");
  if (d != j.end() && d->is_object()) {
    StatusDetails det;
    det.name = str_field(*d, "name");
    det.group = str_field(*d, "group");
    det.kind = str_field(*d, "kind");
    det.uid = str_field(*d, "uid");
    det.retry_after_seconds = int_field(*d, "retryAfterSeconds");
    auto causes = d->find("causes");
    if (causes != d->end() && causes->is_array()) {
      for (const auto& c : *causes) {
        if (!c.is_object()) continue;
        det.causes.push_back({str_field(c, "reason"), str_field(c, "message"),
                              str_field(c, "field")});
      }
    }
    s.details = std::move(det);
  }
}

Error::Error(ErrorCode code, std::string message) : code_(code), message_(std::move(message)) {}

Error Error::from_status(Status status) {
  Error e(code_from_status(status), status.message);
  if (e.message_.empty()) e.message_ = status.reason.empty() ? "unknown error" : status.reason;
  e.status_ = std::move(status);
  return e;
}

Error& Error::with_context(std::string_view context) & {
  std::string m(context);
  m += ": ";
  m += message_;
  message_ = std::move(m);
  return *this;
}

Error&& Error::with_context(std::string_view context) && {
  with_context(context);
  return std::move(*this);
}

Status Error::to_status() const {
  if (status_) return *status_;
  Status s;
  s.message = message_;
  s.reason = std::string(reason_of(code_));
  s.code = http_code_of(code_);
  if (code_ == ErrorCode::kUnknown) s.reason.clear();
  return s;
}

std::string Error::to_string() const {
  std::string s(reason_of(code_));
  s += ": ";
  s += message_;
  return s;
}

Error make_not_found(std::string_view group, std::string_view resource, std::string_view name) {
  return with_status(ErrorCode::kNotFound,
                     qualified(group, resource) + " \"" + std::string(name) + "\" not found",
                     details_of(group, resource, name));
}

Error make_already_exists(std::string_view group, std::string_view resource,
                          std::string_view name) {
  return with_status(
      ErrorCode::kAlreadyExists,
      qualified(group, resource) + " \"" + std::string(name) + "\" already exists",
      details_of(group, resource, name));
}

Error make_conflict(std::string_view group, std::string_view resource, std::string_view name,
                    std::string_view why) {
  return with_status(ErrorCode::kConflict,
                     "Operation cannot be fulfilled on " + qualified(group, resource) + " \"" +
                         std::string(name) + "\": " + std::string(why),
                     details_of(group, resource, name));
}

Error make_stale_conflict(std::string_view group, std::string_view resource,
                          std::string_view name) {
  return make_conflict(group, resource, name,
                       "the object has been modified; please apply your changes to the latest "
                       "version and try again");
}

Error make_invalid(std::string_view group, std::string_view kind, std::string_view name,
                   std::vector<StatusCause> causes) {
  std::string qkind(kind);
  if (!group.empty()) {
    qkind += '.';
    qkind += group;
  }
  std::string msg = qkind + " \"" + std::string(name) + "\" is invalid";
  std::vector<std::string> parts;
  for (const auto& c : causes) {
    std::string p = c.field.empty() ? c.message : c.field + ": " + c.message;
    bool seen = false;
    for (const auto& q : parts) seen = seen || q == p;
    if (!seen) parts.push_back(std::move(p));
  }
  if (parts.size() == 1) {
    msg += ": " + parts[0];
  } else if (parts.size() > 1) {
    msg += ": [";
    for (std::size_t i = 0; i < parts.size(); ++i) {
      if (i) msg += ", ";
      msg += parts[i];
    }
    msg += "]";
  }
  auto d = details_of(group, kind, name);
  d.causes = std::move(causes);
  return with_status(ErrorCode::kInvalid, std::move(msg), std::move(d));
}

Error make_bad_request(std::string message) {
  return with_status(ErrorCode::kBadRequest, std::move(message), std::nullopt);
}

Error make_forbidden(std::string_view group, std::string_view resource, std::string_view name,
                     std::string_view why) {
  std::string msg = qualified(group, resource);
  if (!name.empty()) msg += " \"" + std::string(name) + "\"";
  msg += " is forbidden: ";
  msg += why;
  return with_status(ErrorCode::kForbidden, std::move(msg), details_of(group, resource, name));
}

Error make_method_not_allowed() {
  return with_status(ErrorCode::kMethodNotAllowed,
                     "the server does not allow this method on the requested resource",
                     StatusDetails{});
}

Error make_too_many_requests(std::string message, int retry_after_seconds) {
  StatusDetails d;
  d.retry_after_seconds = retry_after_seconds;
  return with_status(ErrorCode::kTooManyRequests, std::move(message), std::move(d));
}

Error make_internal(std::string_view cause) {
  StatusDetails d;
  d.causes.push_back({"", std::string(cause), ""});
  return with_status(ErrorCode::kInternal,
                     "Internal error occurred: " + std::string(cause), std::move(d));
}

Error make_expired(std::string message) {
  return with_status(ErrorCode::kExpired, std::move(message), std::nullopt);
}

Error make_timeout(std::string message, int retry_after_seconds) {
  std::optional<StatusDetails> d;
  if (retry_after_seconds) {
    d.emplace();
    d->retry_after_seconds = retry_after_seconds;
  }
  return with_status(ErrorCode::kTimeout, std::move(message), std::move(d));
}

}  // namespace windlass
