// windlass/core/error.h — the SDK's error type and the Kubernetes `metav1.Status` it can carry.
//
// Every expected failure in Windlass (network, API errors, bad configuration, bad input) is an
// `Error`: a specific `ErrorCode`, a human message, and — when the failure came from (or is
// destined for) an API server — the `metav1.Status` body. Callers branch on the code with the
// `is_*` predicates, exactly as client-go users branch with `apierrors.IsNotFound`.
//
//   Result<Object> r = client.get(...);
//   if (!r && is_not_found(r.error())) { /* create it */ }
//
// The `make_*` factories build the errors kube-apiserver returns, with its exact messages and
// `details`, so that the API server and the SDK agree on one vocabulary.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace windlass {

// What went wrong, independent of transport. Mirrors the `reason` values of metav1.Status,
// plus `kCancelled` and `kUnavailable` for failures that never reached a server.
enum class ErrorCode {
  kUnknown,
  kBadRequest,             // 400
  kUnauthorized,           // 401
  kForbidden,              // 403
  kNotFound,               // 404
  kMethodNotAllowed,       // 405
  kNotAcceptable,          // 406
  kAlreadyExists,          // 409, reason AlreadyExists
  kConflict,               // 409, reason Conflict
  kExpired,                // 410, reason Expired (or Gone)
  kRequestEntityTooLarge,  // 413
  kUnsupportedMediaType,   // 415
  kInvalid,                // 422
  kTooManyRequests,        // 429
  kInternal,               // 500
  kUnavailable,            // 503, or the connection could not be made
  kTimeout,                // 504 / ServerTimeout, or a local deadline
  kCancelled,              // the operation was cancelled locally
};

// The Kubernetes `reason` string for a code ("NotFound", "InternalError", ...).
std::string_view reason_of(ErrorCode code);
// The HTTP status code kube-apiserver uses for a code (500 for kUnknown).
int http_code_of(ErrorCode code);

// One entry of metav1.StatusDetails.causes.
struct StatusCause {
  std::string type;  // "FieldValueInvalid", "FieldManagerConflict", ... (JSON: "reason")
  std::string message;
  std::string field;

  bool operator==(const StatusCause&) const = default;
};

// metav1.StatusDetails.
struct StatusDetails {
  std::string name;
  std::string group;
  std::string kind;
  std::string uid;
  std::vector<StatusCause> causes;
  int retry_after_seconds = 0;

  bool operator==(const StatusDetails&) const = default;
};

// metav1.Status: the body of every API error response.
struct Status {
  std::string status = "Failure";  // "Success" or "Failure"
  std::string message;
  std::string reason;
  int code = 0;
  std::optional<StatusDetails> details;

  bool operator==(const Status&) const = default;
};

// Encodes as `{"kind":"Status","apiVersion":"v1","metadata":{},...}`; empty fields omitted.
void to_json(nlohmann::json& j, const Status& s);
// Lenient decode: missing fields stay empty; never throws on well-formed JSON of any shape.
void from_json(const nlohmann::json& j, Status& s);

// An expected failure. Cheap to move; copying copies the message and the optional Status.
class Error {
 public:
  Error(ErrorCode code, std::string message);
  // An error that came from a server: the code is derived from `reason`, falling back to
  // the HTTP code as client-go does when the reason is empty or unknown.
  static Error from_status(Status status);

  ErrorCode code() const { return code_; }
  const std::string& message() const { return message_; }
  const std::optional<Status>& status() const { return status_; }

  // Prefixes the message ("reading /x/config: " + message), keeping code and Status.
  Error&& with_context(std::string_view context) &&;
  Error& with_context(std::string_view context) &;

  // The Status to send for this error: the carried one, or one made from code and message.
  Status to_status() const;
  // "NotFound: pods \"p1\" not found".
  std::string to_string() const;

 private:
  ErrorCode code_;
  std::string message_;
  std::optional<Status> status_;
};

inline bool is_not_found(const Error& e) { return e.code() == ErrorCode::kNotFound; }
inline bool is_already_exists(const Error& e) { return e.code() == ErrorCode::kAlreadyExists; }
inline bool is_conflict(const Error& e) { return e.code() == ErrorCode::kConflict; }
inline bool is_invalid(const Error& e) { return e.code() == ErrorCode::kInvalid; }
inline bool is_bad_request(const Error& e) { return e.code() == ErrorCode::kBadRequest; }
inline bool is_forbidden(const Error& e) { return e.code() == ErrorCode::kForbidden; }
inline bool is_unauthorized(const Error& e) { return e.code() == ErrorCode::kUnauthorized; }
inline bool is_expired(const Error& e) { return e.code() == ErrorCode::kExpired; }
inline bool is_too_many_requests(const Error& e) {
  return e.code() == ErrorCode::kTooManyRequests;
}
inline bool is_timeout(const Error& e) { return e.code() == ErrorCode::kTimeout; }
inline bool is_unavailable(const Error& e) { return e.code() == ErrorCode::kUnavailable; }
inline bool is_cancelled(const Error& e) { return e.code() == ErrorCode::kCancelled; }
inline bool is_internal(const Error& e) { return e.code() == ErrorCode::kInternal; }

// --- kube-apiserver's standard errors (k8s.io/apimachinery/pkg/api/errors) ---------------
// `resource` is the plural ("pods"), `group` may be empty; messages name "pods" or
// "deployments.apps" as kube-apiserver does.

Error make_not_found(std::string_view group, std::string_view resource, std::string_view name);
Error make_already_exists(std::string_view group, std::string_view resource,
                          std::string_view name);
Error make_conflict(std::string_view group, std::string_view resource, std::string_view name,
                    std::string_view why);
// The conflict of an update with a stale resourceVersion.
Error make_stale_conflict(std::string_view group, std::string_view resource,
                          std::string_view name);
// 422: `Kind.group "name" is invalid: <causes joined by ", ">`. `kind` is the Kind, not the
// resource. Each cause's message is "<field>: <message>" when printed in the top message.
Error make_invalid(std::string_view group, std::string_view kind, std::string_view name,
                   std::vector<StatusCause> causes);
Error make_bad_request(std::string message);
Error make_forbidden(std::string_view group, std::string_view resource, std::string_view name,
                     std::string_view why);
Error make_method_not_allowed();
Error make_too_many_requests(std::string message, int retry_after_seconds);
Error make_internal(std::string_view cause);
Error make_expired(std::string message);
Error make_timeout(std::string message, int retry_after_seconds = 0);

}  // namespace windlass
