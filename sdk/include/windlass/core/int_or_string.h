// windlass/core/int_or_string.h — `IntOrString`: a value that is either an int32 or a string.
//
// Kubernetes uses intstr.IntOrString for ports (`targetPort: 8080` or `targetPort: http`) and
// surge/unavailability budgets (`maxSurge: 1` or `maxSurge: 25%`). In JSON it is a bare number
// or a string; `scaled_value` resolves the percentage form against a total the way
// apimachinery's GetScaledValueFromIntOrPercent does.
//
//   IntOrString port = IntOrString::of_string("http");
//   IntOrString surge = IntOrString::of_string("25%");
//   surge.scaled_value(10, /*round_up=*/true);        // 3
#pragma once

#include <windlass/core/result.h>

#include <cstdint>
#include <string>

namespace windlass {

class IntOrString {
 public:
  IntOrString() = default;
  static IntOrString of_int(std::int32_t v) { return IntOrString(v); }
  static IntOrString of_string(std::string s) { return IntOrString(std::move(s)); }

  bool is_int() const { return is_int_; }
  std::int32_t int_value() const { return int_; }
  const std::string& string_value() const { return str_; }
  // "8080" or "http".
  std::string to_string() const { return is_int_ ? std::to_string(int_) : str_; }

  // An int as is; "N%" as ceil/floor(N * total / 100). Other strings are kInvalid
  // (`invalid value for IntOrString: invalid type: string is not a percentage`).
  Result<std::int64_t> scaled_value(std::int64_t total, bool round_up) const;

  bool operator==(const IntOrString&) const = default;

 private:
  explicit IntOrString(std::int32_t v) : is_int_(true), int_(v) {}
  explicit IntOrString(std::string s) : str_(std::move(s)) {}

  bool is_int_ = false;
  std::int32_t int_ = 0;
  std::string str_;
};

}  // namespace windlass
