// windlass/core/quantity.h — `Quantity`: Kubernetes' resource.Quantity ("500m", "1.5Gi", "1e3").
//
// A Quantity is an exact decimal number with a remembered notation. `parse` accepts the strings
// kube-apiserver accepts for `resources.requests.cpu` and friends and rejects the rest with
// apimachinery's error texts; `to_string` prints what apimachinery's `Quantity.String()` prints, so
// values we write compare byte-for-byte with what the server stores (exceptions below). The value
// never goes through floating point: it is a mantissa times a power of ten, rounded up to nano
// (10^-9) on parse as upstream rounds. The notation is one of three formats — BinarySI ("Ki", "Mi",
// ...), DecimalSI ("m", "k", "M", ...) or DecimalExponent ("e3") — picked from the parsed suffix
// and reused when printing: the canonical form makes the suffix as large as possible without
// fractional digits ("1.5" → "1500m", "1.5Gi" → "1536Mi", "1000" → "1k"), and a BinarySI value that
// is not a whole number, or lies strictly between -1024 and 1024, prints as DecimalSI. Equality and
// ordering compare values only ("1Ki" == "1024"). Arithmetic is exact and reports overflow as an
// Error.
//
//   Result<Quantity> cpu = Quantity::parse("1.5");          // 1500m, DecimalSI
//   if (!cpu) return cpu.error();                           // kInvalid, apimachinery's message
//   Quantity quarter = Quantity::from_milli(250, Quantity::Format::kDecimalSI);
//   WINDLASS_TRY(Quantity total, cpu->add(quarter));        // kInvalid only past 38 digits
//   total.to_string();                                      // "1750m"
//   total.milli_value();                                    // 1750
//   total > Quantity(1, Quantity::Format::kDecimalSI);      // true
//
// Known divergences from apimachinery (deliberate; all outside realistic values):
// - Inputs whose number part has no digit and no '.' ("Gi", "m", "-", "e3") are rejected with the
//   regular-expression error upstream's own message states; upstream's scanner accepts them as 0.
// - Values are limited to 38 significant digits (after rounding to nano) and to a base-10
//   exponent that fits in int32; beyond that `parse` and the arithmetic return kInvalid, where
//   upstream switches to unbounded inf.Dec (and, at the int32 exponent limits, silently wraps).
// - `value()` and `milli_value()` saturate at the int64 limits instead of returning upstream's
//   overflowed results (0 or wrapped bits), and always round away from zero, as upstream
//   documents and its int64 path does; its inf.Dec path truncates negative non-integers and adds
//   one ("-1.0000000001Ki".Value() is -1023 upstream, -1025 here).
// - DecimalSI values of 10^21 and beyond print with an "E" suffix and padded zeros ("1000E"),
//   BinarySI values divisible by 1024^7 print with "Ei", and BinarySI values of 10^38 and beyond
//   print as DecimalSI; upstream prints a bare mantissa that no longer denotes the value.
#pragma once

#include <windlass/core/result.h>

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace windlass {

namespace internal {
// GCC and Clang's 128-bit integer; `__extension__` keeps -Wpedantic quiet about it.
__extension__ typedef __int128 QuantityInt128;
__extension__ typedef unsigned __int128 QuantityUInt128;
}  // namespace internal

// An exact Kubernetes resource quantity with the notation it prints in.
//
// A value type: cheap to copy, no shared state, safe to use from any thread once built.
class Quantity {
 public:
  // How a Quantity prints; apimachinery's resource.Format.
  enum class Format {
    kDecimalExponent,  // "12e6"
    kBinarySI,         // "12Mi" (12 * 2^20)
    kDecimalSI,        // "12M"  (12 * 10^6)
  };

  // Zero, DecimalSI.
  Quantity() = default;
  // `value` units in `format`; apimachinery's NewQuantity.
  Quantity(std::int64_t value, Format format);
  // `milli_value` thousandths in `format`; apimachinery's NewMilliQuantity.
  static Quantity from_milli(std::int64_t milli_value, Format format);

  // Parses a quantity as apimachinery's ParseQuantity does: no surrounding whitespace, optional
  // sign, digits with at most one '.', then a suffix (Ki..Ei, n u m k M G T P E, or e/E and an
  // integer). Digits finer than nano round up (away from zero); BinarySI magnitudes above
  // 2^63-1 are capped there, as upstream caps them. Errors are kInvalid with upstream's message.
  [[nodiscard]] static Result<Quantity> parse(std::string_view text);

  // What apimachinery's String() prints: the canonical form, except that a freshly parsed
  // Quantity whose text upstream deems canonical already ("+5", "1.500", "1E3") prints that text
  // verbatim, as kube-apiserver stores it. Arithmetic results always print canonically.
  std::string to_string() const;
  // apimachinery's CanonicalizeBytes: the canonical form, never the remembered input text.
  std::string canonical_string() const;

  // The notation; a parsed non-zero BinarySI value below 1 in magnitude reports kDecimalSI.
  Format format() const { return format_; }
  bool is_zero() const { return mantissa_ == 0; }
  // -1, 0 or 1.
  int sign() const { return mantissa_ < 0 ? -1 : (mantissa_ > 0 ? 1 : 0); }
  // The value rounded away from zero to an integer ("1.1" → 2, "-1.1" → -2), saturated at the
  // int64 limits.
  std::int64_t value() const;
  // The value in thousandths, rounded away from zero and saturated like value().
  std::int64_t milli_value() const;

  // The exact sum; a zero left operand takes the right operand's format (as upstream's Add).
  // kInvalid when the result needs more than 38 significant digits.
  [[nodiscard]] Result<Quantity> add(const Quantity& other) const;
  // The exact difference; same format rule and errors as add().
  [[nodiscard]] Result<Quantity> sub(const Quantity& other) const;
  // The exact product, keeping the format; kInvalid when it needs more than 38 digits.
  [[nodiscard]] Result<Quantity> mul(std::int64_t factor) const;
  // The negated value in the same format.
  Quantity neg() const;

  // Value equality: "1Ki" == "1024" == "1.024k", whatever the formats.
  friend bool operator==(const Quantity& a, const Quantity& b);
  // Value order; weak because equal values may still print differently.
  friend std::weak_ordering operator<=>(const Quantity& a, const Quantity& b);

 private:
  // Expects a normalized value (see below).
  Quantity(internal::QuantityInt128 mantissa, std::int32_t exponent, Format format)
      : mantissa_(mantissa), exponent_(exponent), format_(format) {}
  // Builds a normalized Quantity from a sign, magnitude and exponent, or the overflow error.
  static Result<Quantity> make(bool negative, internal::QuantityUInt128 magnitude,
                               std::int64_t exponent, Format format);
  std::int64_t scaled_value(int shift) const;

  // value = mantissa_ * 10^exponent_. Normalized: the mantissa has no trailing zero digit, at
  // most 38 digits (so negation never overflows), zero has exponent 0, and exponent_ >= -9
  // because nothing finer than nano is ever produced.
  internal::QuantityInt128 mantissa_ = 0;
  std::int32_t exponent_ = 0;
  Format format_ = Format::kDecimalSI;
  // The parsed text, kept only when upstream's String() would echo it instead of canonicalizing.
  std::string text_;
};

// "DecimalExponent", "BinarySI" or "DecimalSI", as apimachinery names the formats.
std::string_view to_string(Quantity::Format format);

}  // namespace windlass
