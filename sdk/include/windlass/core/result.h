// windlass/core/result.h — `Result<T>`: a value or an `Error`, shaped like C++23 std::expected.
//
// Every SDK function that can fail in an expected way returns `Result<T>`; nothing throws across
// the SDK API. A `Result` converts implicitly from a `T` or from an `Error`, so functions simply
// `return value;` or `return Error{...};`. Reading the value of a failed Result is a programming
// error and aborts with the error's message.
//
//   Result<int> parse_port(std::string_view s);
//   WINDLASS_TRY(int port, parse_port(text));      // returns the error to our caller
//   if (auto r = parse_port(text); !r) log(r.error().message());
#pragma once

#include <windlass/core/error.h>

#include <cstdio>
#include <cstdlib>
#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace windlass {

namespace internal {
[[noreturn]] void result_value_of_error(const Error& e);
}  // namespace internal

template <class T>
class [[nodiscard]] Result {
  static_assert(!std::is_same_v<std::remove_cv_t<T>, Error>, "Result<Error> is meaningless");

 public:
  using value_type = T;

  Result(const T& v) : v_(std::in_place_index<0>, v) {}             // NOLINT: implicit
  Result(T&& v) : v_(std::in_place_index<0>, std::move(v)) {}       // NOLINT: implicit
  Result(Error e) : v_(std::in_place_index<1>, std::move(e)) {}     // NOLINT: implicit
  template <class U>
    requires(std::is_constructible_v<T, U &&> &&
             !std::is_same_v<std::remove_cvref_t<U>, T> &&
             !std::is_same_v<std::remove_cvref_t<U>, Error> &&
             !std::is_same_v<std::remove_cvref_t<U>, Result>)
  Result(U&& u) : v_(std::in_place_index<0>, std::forward<U>(u)) {}  // NOLINT: implicit

  bool has_value() const { return v_.index() == 0; }
  explicit operator bool() const { return has_value(); }

  T& value() & { check(); return std::get<0>(v_); }
  const T& value() const& { check(); return std::get<0>(v_); }
  T&& value() && { check(); return std::get<0>(std::move(v_)); }

  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T&& operator*() && { return std::move(*this).value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  template <class U>
  T value_or(U&& fallback) const& {
    return has_value() ? std::get<0>(v_) : static_cast<T>(std::forward<U>(fallback));
  }

  // The error; calling this on a success is a programming error.
  const Error& error() const& {
    if (has_value()) {
      std::fprintf(stderr, "windlass: Result::error() called on a value\n");
      std::abort();
    }
    return std::get<1>(v_);
  }
  Error&& error() && {
    (void)static_cast<const Result&>(*this).error();
    return std::get<1>(std::move(v_));
  }

 private:
  void check() const {
    if (!has_value()) internal::result_value_of_error(std::get<1>(v_));
  }
  std::variant<T, Error> v_;
};

template <>
class [[nodiscard]] Result<void> {
 public:
  using value_type = void;
  Result() = default;
  Result(Error e) : e_(std::move(e)) {}  // NOLINT: implicit

  bool has_value() const { return !e_.has_value(); }
  explicit operator bool() const { return has_value(); }
  void value() const {
    if (e_) internal::result_value_of_error(*e_);
  }
  const Error& error() const& {
    if (!e_) {
      std::fprintf(stderr, "windlass: Result::error() called on a value\n");
      std::abort();
    }
    return *e_;
  }
  Error&& error() && {
    (void)static_cast<const Result&>(*this).error();
    return std::move(*e_);
  }

 private:
  std::optional<Error> e_;
};

// A successful Result<void>.
inline Result<void> ok() { return {}; }

}  // namespace windlass

#define WINDLASS_INTERNAL_CAT2(a, b) a##b
#define WINDLASS_INTERNAL_CAT(a, b) WINDLASS_INTERNAL_CAT2(a, b)

// `WINDLASS_TRY(decl, expr)`: evaluates a Result-returning `expr`; on error returns the error
// from the enclosing function, otherwise declares/assigns `decl` from the value.
#define WINDLASS_TRY(decl, expr)                                               \
  auto WINDLASS_INTERNAL_CAT(windlass_try_, __LINE__) = (expr);               \
  if (!WINDLASS_INTERNAL_CAT(windlass_try_, __LINE__))                        \
    return std::move(WINDLASS_INTERNAL_CAT(windlass_try_, __LINE__)).error(); \
  decl = std::move(WINDLASS_INTERNAL_CAT(windlass_try_, __LINE__)).value()

// `WINDLASS_RETURN_IF_ERROR(expr)`: returns the error of a failed Result<...> `expr`.
#define WINDLASS_RETURN_IF_ERROR(expr)                                  \
  do {                                                                  \
    auto windlass_rie_ = (expr);                                        \
    if (!windlass_rie_) return std::move(windlass_rie_).error();        \
  } while (0)
