// windlass/core/field_error.h — validation errors about one field, as Kubernetes reports them.
//
// A `FieldError` is apimachinery's `field.Error`: a type ("Invalid value", "Required value"...),
// the field path ("metadata.name"), the offending value and a detail. Its `to_string()` is the
// exact text kube-apiserver prints, e.g.
//   metadata.name: Invalid value: "Bad_Name": a lowercase RFC 1123 subdomain must ...
// and `to_cause()` gives the `details.causes[]` entry of a 422 Status.
//
//   FieldErrors errs;
//   for (auto& msg : is_dns1123_subdomain(name)) errs.push_back(FieldError::invalid("metadata.name", name, msg));
//   if (!errs.empty()) return make_invalid("", "ConfigMap", name, to_causes(errs));
#pragma once

#include <windlass/core/error.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace windlass {

enum class FieldErrorType {
  kNotFound,      // "Not found"
  kRequired,      // "Required value"
  kDuplicate,     // "Duplicate value"
  kInvalid,       // "Invalid value"
  kNotSupported,  // "Unsupported value"
  kForbidden,     // "Forbidden"
  kTooLong,       // "Too long"
  kTooMany,       // "Too many"
  kInternal,      // "Internal error"
  kTypeInvalid,   // "Invalid value"
};

class FieldError {
 public:
  // The value as Kubernetes prints it: strings Go-quoted, numbers and booleans bare.
  static FieldError invalid(std::string field, std::string_view value, std::string detail);
  static FieldError invalid(std::string field, const char* value, std::string detail) {
    return invalid(std::move(field), std::string_view(value), std::move(detail));
  }
  static FieldError invalid(std::string field, std::int64_t value, std::string detail);
  static FieldError invalid(std::string field, int value, std::string detail) {
    return invalid(std::move(field), static_cast<std::int64_t>(value), std::move(detail));
  }
  static FieldError invalid(std::string field, bool value, std::string detail);
  static FieldError required(std::string field, std::string detail = {});
  static FieldError forbidden(std::string field, std::string detail);
  static FieldError duplicate(std::string field, std::string_view value);
  static FieldError not_found(std::string field, std::string_view value);
  // detail: `supported values: "a", "b"`.
  static FieldError not_supported(std::string field, std::string_view value,
                                  const std::vector<std::string>& supported);
  static FieldError too_long(std::string field, std::size_t max_length);
  static FieldError too_many(std::string field, std::size_t actual, std::size_t max);
  static FieldError internal(std::string field, std::string detail);
  // Any type with a value already rendered as Kubernetes would print it (or none).
  FieldError(FieldErrorType type, std::string field, std::optional<std::string> rendered_value,
             std::string detail);

  FieldErrorType type() const { return type_; }
  const std::string& field() const { return field_; }
  const std::string& detail() const { return detail_; }

  // "Invalid value: \"x\": detail" (apimachinery's ErrorBody).
  std::string body() const;
  // "field: body".
  std::string to_string() const;
  // The `causes[]` entry: reason FieldValueInvalid etc., message body(), field.
  StatusCause to_cause() const;

 private:
  FieldErrorType type_;
  std::string field_;
  std::optional<std::string> value_;
  std::string detail_;
};

using FieldErrors = std::vector<FieldError>;

// "Invalid value", "Required value", ...
std::string_view to_string(FieldErrorType type);
// "FieldValueInvalid", "FieldValueRequired", ...
std::string_view cause_type(FieldErrorType type);
std::vector<StatusCause> to_causes(const FieldErrors& errs);
// The aggregate message: one error as is; several as "[e1, e2]" (duplicates dropped).
std::string aggregate(const FieldErrors& errs);
// Go's %q: a double-quoted string with Go escapes.
std::string go_quote(std::string_view s);

}  // namespace windlass
