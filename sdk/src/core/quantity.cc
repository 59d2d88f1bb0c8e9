#include <windlass/core/quantity.h>

#include <algorithm>
#include <cstddef>
#include <limits>
#include <utility>

// Behaviour follows k8s.io/apimachinery/pkg/api/resource (quantity.go, suffix.go, amount.go);
// the header lists where we knowingly differ.

namespace windlass {
namespace {

using Int128 = internal::QuantityInt128;
using UInt128 = internal::QuantityUInt128;

constexpr std::string_view kErrFormatWrong =
    "quantities must match the regular expression "
    "'^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
constexpr std::string_view kErrNumeric = "unable to parse numeric part of quantity";
constexpr std::string_view kErrSuffix = "unable to parse quantity's suffix";
constexpr std::string_view kErrRange =
    "quantity out of range: at most 38 significant digits and an int32 base-10 exponent are "
    "supported";

constexpr int kMaxDigits = 38;
constexpr std::int64_t kNanoExponent = -9;
constexpr std::int64_t kInt32Max = std::numeric_limits<std::int32_t>::max();
constexpr std::int64_t kInt32Min = std::numeric_limits<std::int32_t>::min();
constexpr std::int64_t kInt64Max = std::numeric_limits<std::int64_t>::max();
constexpr std::string_view kInt64MaxDigits = "9223372036854775807";

Error invalid(std::string_view message) { return Error(ErrorCode::kInvalid, std::string(message)); }

constexpr UInt128 pow10(int n) {
  UInt128 r = 1;
  for (int i = 0; i < n; ++i) r *= 10;
  return r;
}

constexpr UInt128 kMaxMagnitude = pow10(kMaxDigits) - 1;
constexpr UInt128 kUInt128Max = ~UInt128{0};

int digit_count(UInt128 v) {
  int n = 1;
  while (v >= 10) {
    v /= 10;
    ++n;
  }
  return n;
}

std::string u128_to_string(UInt128 v) {
  std::string out;
  do {
    out.push_back(static_cast<char>('0' + static_cast<int>(v % 10)));
    v /= 10;
  } while (v != 0);
  std::reverse(out.begin(), out.end());
  return out;
}

UInt128 magnitude_of(Int128 v) { return v < 0 ? UInt128(0) - UInt128(v) : UInt128(v); }

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The scanner's notion of the suffix alphabet, copied from upstream's regular expression.
bool is_suffix_char(char c) {
  return std::string_view("eEinumkKMGTP").find(c) != std::string_view::npos;
}

struct Suffix {
  int base = 10;               // 10 or 2
  std::int64_t exponent = 0;   // power of `base`
  Quantity::Format format = Quantity::Format::kDecimalSI;
};

// Go's strconv.ParseInt(s, 10, 64): optional sign, at least one digit, int64 range.
bool parse_go_int64(std::string_view s, std::int64_t& out) {
  bool negative = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    negative = s[0] == '-';
    s.remove_prefix(1);
  }
  if (s.empty()) return false;
  UInt128 acc = 0;
  for (char c : s) {
    if (!is_digit(c)) return false;
    acc = acc * 10 + static_cast<unsigned>(c - '0');
    if (acc > UInt128(kInt64Max) + 1) return false;
  }
  if (!negative && acc > UInt128(kInt64Max)) return false;
  out = negative ? static_cast<std::int64_t>(UInt128(0) - acc) : static_cast<std::int64_t>(acc);
  return true;
}

// suffix.go's interpret(): exact table entries first, then "e"/"E" plus an integer.
bool interpret_suffix(std::string_view s, Suffix& out) {
  using F = Quantity::Format;
  struct Entry {
    std::string_view text;
    int base;
    int exponent;
    F format;
  };
  static constexpr Entry kTable[] = {
      {"", 10, 0, F::kDecimalSI},   {"n", 10, -9, F::kDecimalSI}, {"u", 10, -6, F::kDecimalSI},
      {"m", 10, -3, F::kDecimalSI}, {"k", 10, 3, F::kDecimalSI},  {"M", 10, 6, F::kDecimalSI},
      {"G", 10, 9, F::kDecimalSI},  {"T", 10, 12, F::kDecimalSI}, {"P", 10, 15, F::kDecimalSI},
      {"E", 10, 18, F::kDecimalSI}, {"Ki", 2, 10, F::kBinarySI},  {"Mi", 2, 20, F::kBinarySI},
      {"Gi", 2, 30, F::kBinarySI},  {"Ti", 2, 40, F::kBinarySI},  {"Pi", 2, 50, F::kBinarySI},
      {"Ei", 2, 60, F::kBinarySI},
  };
  for (const Entry& e : kTable) {
    if (e.text == s) {
      out = {e.base, e.exponent, e.format};
      return true;
    }
  }
  if (s.size() > 1 && (s[0] == 'e' || s[0] == 'E')) {
    std::int64_t exponent = 0;
    if (!parse_go_int64(s.substr(1), exponent)) return false;
    out = {10, exponent, F::kDecimalExponent};
    return true;
  }
  return false;
}

// Multiplies a decimal digit string by 2^shift (shift <= 60) in one pass: each step's
// digit * 2^60 + carry stays below 2^64.
std::string multiply_by_pow2(std::string_view digits, int shift) {
  const std::uint64_t factor = std::uint64_t{1} << shift;
  std::string out(digits.size(), '0');
  std::uint64_t carry = 0;
  for (std::size_t i = digits.size(); i-- > 0;) {
    std::uint64_t cur = static_cast<std::uint64_t>(digits[i] - '0') * factor + carry;
    out[i] = static_cast<char>('0' + cur % 10);
    carry = cur / 10;
  }
  std::string head;
  while (carry != 0) {
    head.push_back(static_cast<char>('0' + carry % 10));
    carry /= 10;
  }
  std::reverse(head.begin(), head.end());
  return head + out;
}

// Adds one to a decimal digit string, growing it on carry out of the top digit.
void increment(std::string& digits) {
  for (std::size_t i = digits.size(); i-- > 0;) {
    if (digits[i] != '9') {
      ++digits[i];
      return;
    }
    digits[i] = '0';
  }
  digits.insert(digits.begin(), '1');
}

UInt128 digits_to_u128(std::string_view digits) {
  UInt128 v = 0;
  for (char c : digits) v = v * 10 + static_cast<unsigned>(c - '0');
  return v;
}

// Whether upstream's ParseQuantity would take its int64 fast path, and whether that path keeps
// the input as the cached String(). `num` has its leading zeros stripped ("0" when none left).
struct UpstreamPath {
  bool fast = false;
  bool keeps_text = false;
};

UpstreamPath upstream_path(std::string_view num, std::string_view denom, const Suffix& suffix) {
  UpstreamPath path;
  const auto num_len = static_cast<std::int64_t>(num.size());
  const auto denom_len = static_cast<std::int64_t>(denom.size());
  if (suffix.format == Quantity::Format::kBinarySI) {
    // Upstream estimates 2^exponent at exponent*3/10 decimal digits; Pi and Ei never qualify.
    if (!denom.empty()) return path;
    if (15 - num_len - suffix.exponent * 3 / 10 - 1 < 0) return path;
    path.fast = true;
    // Upstream keeps the text when the number is not a multiple of 8; 1000 is one, so the
    // last three digits decide.
    int tail = 0;
    for (char c : num.substr(num.size() - std::min<std::size_t>(3, num.size()))) {
      tail = tail * 10 + (c - '0');
    }
    path.keeps_text = tail % 8 != 0;
    return path;
  }
  if (18 - num_len - denom_len < 0) return path;
  const std::int64_t scale = suffix.exponent - denom_len;
  if (scale < kNanoExponent) return path;
  path.fast = true;
  std::string shifted;
  shifted.reserve(num.size() + denom.size());
  shifted.append(num).append(denom);
  path.keeps_text = scale % 3 == 0 && !shifted.ends_with("000") && shifted[0] != '0';
  return path;
}

}  // namespace

std::string_view to_string(Quantity::Format format) {
  switch (format) {
    case Quantity::Format::kDecimalExponent:
      return "DecimalExponent";
    case Quantity::Format::kBinarySI:
      return "BinarySI";
    case Quantity::Format::kDecimalSI:
      return "DecimalSI";
  }
  return "DecimalExponent";
}

// An int64 has at most 19 digits, so make() cannot fail in these two.
Quantity::Quantity(std::int64_t value, Format format)
    : Quantity(make(value < 0, magnitude_of(value), 0, format).value()) {}

Quantity Quantity::from_milli(std::int64_t milli_value, Format format) {
  return make(milli_value < 0, magnitude_of(milli_value), -3, format).value();
}

Result<Quantity> Quantity::make(bool negative, UInt128 magnitude, std::int64_t exponent,
                                Format format) {
  if (magnitude == 0) return Quantity(0, 0, format);
  while (magnitude % 10 == 0) {
    magnitude /= 10;
    ++exponent;
  }
  if (magnitude > kMaxMagnitude || exponent > kInt32Max || exponent < kInt32Min) {
    return invalid(kErrRange);
  }
  const Int128 m = negative ? -static_cast<Int128>(magnitude) : static_cast<Int128>(magnitude);
  return Quantity(m, static_cast<std::int32_t>(exponent), format);
}

Result<Quantity> Quantity::parse(std::string_view text) {
  if (text.empty()) return invalid(kErrFormatWrong);

  // Scan: [+-]? digits [. digits]? suffix-letters* [+-]? digits*, as upstream's scanner does.
  std::size_t pos = 0;
  const std::size_t end = text.size();
  bool negative = false;
  if (text[0] == '+' || text[0] == '-') {
    negative = text[0] == '-';
    ++pos;
  }
  const std::size_t int_begin = pos;
  while (pos < end && is_digit(text[pos])) ++pos;
  std::string_view int_digits = text.substr(int_begin, pos - int_begin);
  bool has_dot = false;
  std::string_view denom;
  if (pos < end && text[pos] == '.') {
    has_dot = true;
    const std::size_t frac_begin = ++pos;
    while (pos < end && is_digit(text[pos])) ++pos;
    denom = text.substr(frac_begin, pos - frac_begin);
  }
  const std::size_t suffix_begin = pos;
  while (pos < end && is_suffix_char(text[pos])) ++pos;
  if (pos < end && (text[pos] == '+' || text[pos] == '-')) ++pos;
  while (pos < end && is_digit(text[pos])) ++pos;
  if (pos != end) return invalid(kErrFormatWrong);

  Suffix suffix;
  if (!interpret_suffix(text.substr(suffix_begin), suffix)) return invalid(kErrSuffix);
  // Upstream truncates the exponent to int32, silently changing the value; we refuse instead.
  if (suffix.exponent > kInt32Max || suffix.exponent < kInt32Min) return invalid(kErrRange);

  std::string_view num = int_digits.substr(std::min(int_digits.find_first_not_of('0'),
                                                    int_digits.size()));
  const UpstreamPath path = upstream_path(num.empty() ? "0" : num, denom, suffix);
  // Off the fast path upstream hands the number to inf.Dec, which insists on a digit.
  if (!path.fast && int_digits.empty() && denom.empty()) return invalid(kErrNumeric);
  // Upstream's scanner reads "Gi" or "-" as zero; its own error message (the regular
  // expression) demands a digit or a dot, and so do we. Checked last so that every input
  // upstream rejects gets upstream's message.
  if (int_digits.empty() && !has_dot) return invalid(kErrFormatWrong);

  // value = digits * 10^exponent (* 2^binary_shift), exactly.
  std::string digits;
  digits.reserve(num.size() + denom.size());
  digits.append(num).append(denom);
  std::int64_t exponent = -static_cast<std::int64_t>(denom.size());
  if (suffix.base == 2) {
    digits = multiply_by_pow2(digits, static_cast<int>(suffix.exponent));
  } else {
    exponent += suffix.exponent;
  }
  digits.erase(0, std::min(digits.find_first_not_of('0'), digits.size()));

  // Round up (away from zero) to nano: whoever asks for a sliver of a resource gets some.
  if (!digits.empty() && exponent < kNanoExponent) {
    const std::int64_t drop = kNanoExponent - exponent;
    if (drop >= static_cast<std::int64_t>(digits.size())) {
      digits = "1";
    } else {
      const std::size_t keep = digits.size() - static_cast<std::size_t>(drop);
      const bool sticky = digits.find_first_not_of('0', keep) != std::string::npos;
      digits.resize(keep);
      if (sticky) increment(digits);
      digits.erase(0, std::min(digits.find_first_not_of('0'), digits.size()));
    }
    exponent = kNanoExponent;
  }
  const std::size_t last_nonzero = digits.find_last_not_of('0');
  if (last_nonzero == std::string::npos) {
    Quantity zero(0, 0, suffix.format);
    return zero;
  }
  exponent += static_cast<std::int64_t>(digits.size() - 1 - last_nonzero);
  digits.resize(last_nonzero + 1);

  Format format = suffix.format;
  if (format == Format::kBinarySI) {
    // Upstream caps BinarySI magnitudes at 2^63-1 (and only those).
    const std::int64_t int_len = static_cast<std::int64_t>(digits.size()) + exponent;
    bool capped = int_len > 19;
    if (!capped && int_len >= 19) {
      // Same number of integer digits as 2^63-1: compare value * 10^9 exactly.
      const UInt128 scaled = digits_to_u128(digits) * pow10(static_cast<int>(9 + exponent));
      capped = scaled > UInt128(kInt64Max) * pow10(9);
    }
    if (capped) {
      digits = std::string(kInt64MaxDigits);
      exponent = 0;
    } else if (int_len <= 0) {
      // A non-zero BinarySI amount below one prints as DecimalSI; upstream switches here.
      format = Format::kDecimalSI;
    }
  }
  if (digits.size() > static_cast<std::size_t>(kMaxDigits)) return invalid(kErrRange);
  Result<Quantity> q = make(negative, digits_to_u128(digits), exponent, format);
  if (!q) return q;
  if (path.keeps_text) q->text_ = std::string(text);
  return q;
}

std::string Quantity::to_string() const { return text_.empty() ? canonical_string() : text_; }

std::string Quantity::canonical_string() const {
  if (mantissa_ == 0) return "0";
  const std::string sign = mantissa_ < 0 ? "-" : "";
  const UInt128 magnitude = magnitude_of(mantissa_);
  const std::int64_t exponent = exponent_;
  Format format = format_;

  if (format == Format::kBinarySI) {
    // Whole numbers of at least 1024 print in base 1024; anything else would need rounding.
    if (exponent < 0 || digit_count(magnitude) + exponent > kMaxDigits) {
      format = Format::kDecimalSI;
    } else {
      UInt128 n = magnitude * pow10(static_cast<int>(exponent));
      if (n < 1024) {
        format = Format::kDecimalSI;
      } else {
        static constexpr std::string_view kBinarySuffixes[] = {"",   "Ki", "Mi", "Gi",
                                                               "Ti", "Pi", "Ei"};
        int power = 0;
        while (power < 6 && n % 1024 == 0) {
          n /= 1024;
          ++power;
        }
        return sign + u128_to_string(n) + std::string(kBinarySuffixes[power]);
      }
    }
  }

  // The exponent goes down to a multiple of three; the mantissa takes the difference.
  const std::int64_t exponent3 = exponent >= 0 ? exponent / 3 * 3 : -((-exponent + 2) / 3 * 3);
  std::string number = sign + u128_to_string(magnitude);
  number.append(static_cast<std::size_t>(exponent - exponent3), '0');
  if (format == Format::kDecimalExponent) {
    return exponent3 == 0 ? number : number + "e" + std::to_string(exponent3);
  }
  static constexpr std::string_view kDecimalSuffixes[] = {"n", "u", "m", "",  "k",
                                                          "M", "G", "T", "P", "E"};
  std::int64_t suffix_exponent = exponent3;
  if (suffix_exponent > 18) {
    number.append(static_cast<std::size_t>(suffix_exponent - 18), '0');
    suffix_exponent = 18;
  }
  return number + std::string(kDecimalSuffixes[(suffix_exponent + 9) / 3]);
}

std::int64_t Quantity::scaled_value(int shift) const {
  if (mantissa_ == 0) return 0;
  const bool negative = mantissa_ < 0;
  const UInt128 limit = negative ? UInt128(kInt64Max) + 1 : UInt128(kInt64Max);
  const UInt128 magnitude = magnitude_of(mantissa_);
  const std::int64_t exponent = std::int64_t{exponent_} + shift;
  UInt128 result = 0;
  if (exponent >= 0) {
    if (digit_count(magnitude) + exponent > 19) {
      result = limit;
    } else {
      result = std::min(limit, magnitude * pow10(static_cast<int>(exponent)));
    }
  } else if (-exponent > kMaxDigits) {
    result = 1;  // a non-zero fraction of one rounds away from zero
  } else {
    const UInt128 divisor = pow10(static_cast<int>(-exponent));
    result = magnitude / divisor + (magnitude % divisor != 0 ? 1 : 0);
    result = std::min(limit, result);
  }
  return negative ? static_cast<std::int64_t>(UInt128(0) - result)
                  : static_cast<std::int64_t>(result);
}

std::int64_t Quantity::value() const { return scaled_value(0); }

std::int64_t Quantity::milli_value() const { return scaled_value(3); }

Quantity Quantity::neg() const { return Quantity(-mantissa_, exponent_, format_); }

Result<Quantity> Quantity::add(const Quantity& other) const {
  const Format format = is_zero() ? other.format_ : format_;
  if (other.is_zero()) return Quantity(mantissa_, exponent_, format);
  if (is_zero()) return Quantity(other.mantissa_, other.exponent_, format);

  // Bring both to the smaller exponent. The unshifted operand ends in a non-zero digit, so a
  // shifted magnitude that no longer fits means the exact result cannot fit either.
  const Quantity* high = this;
  const Quantity* low = &other;
  if (high->exponent_ < low->exponent_) std::swap(high, low);
  const std::int64_t diff = std::int64_t{high->exponent_} - low->exponent_;
  UInt128 high_magnitude = magnitude_of(high->mantissa_);
  const UInt128 low_magnitude = magnitude_of(low->mantissa_);
  if (diff > kMaxDigits || high_magnitude > kUInt128Max / pow10(static_cast<int>(diff))) {
    return invalid(kErrRange);
  }
  high_magnitude *= pow10(static_cast<int>(diff));
  const bool high_negative = high->mantissa_ < 0;
  const bool low_negative = low->mantissa_ < 0;
  if (high_negative == low_negative) {
    if (high_magnitude > kUInt128Max - low_magnitude) return invalid(kErrRange);
    return make(high_negative, high_magnitude + low_magnitude, low->exponent_, format);
  }
  if (high_magnitude >= low_magnitude) {
    return make(high_negative, high_magnitude - low_magnitude, low->exponent_, format);
  }
  return make(low_negative, low_magnitude - high_magnitude, low->exponent_, format);
}

Result<Quantity> Quantity::sub(const Quantity& other) const { return add(other.neg()); }

Result<Quantity> Quantity::mul(std::int64_t factor) const {
  if (factor == 0 || is_zero()) return Quantity(0, 0, format_);
  const bool negative = (mantissa_ < 0) != (factor < 0);
  UInt128 a = magnitude_of(mantissa_);
  UInt128 b = magnitude_of(factor);
  // Cancel the product's factors of ten before multiplying, so that the overflow check below
  // is exact: the product overflows only if its normalized mantissa does.
  auto valuation = [](UInt128 v, unsigned p) {
    int n = 0;
    while (v % p == 0) {
      v /= p;
      ++n;
    }
    return n;
  };
  const int twos_a = valuation(a, 2), twos_b = valuation(b, 2);
  const int fives_a = valuation(a, 5), fives_b = valuation(b, 5);
  const int tens = std::min(twos_a + twos_b, fives_a + fives_b);
  const int twos_from_a = std::min(tens, twos_a);
  const int fives_from_a = std::min(tens, fives_a);
  a >>= twos_from_a;
  b >>= tens - twos_from_a;
  for (int i = 0; i < fives_from_a; ++i) a /= 5;
  for (int i = 0; i < tens - fives_from_a; ++i) b /= 5;
  if (a > kMaxMagnitude / b) return invalid(kErrRange);
  return make(negative, a * b, std::int64_t{exponent_} + tens, format_);
}

bool operator==(const Quantity& a, const Quantity& b) {
  // Normalization makes the representation of a value unique.
  return a.mantissa_ == b.mantissa_ && a.exponent_ == b.exponent_;
}

std::weak_ordering operator<=>(const Quantity& a, const Quantity& b) {
  const int sa = a.sign();
  const int sb = b.sign();
  if (sa != sb) return sa <=> sb;
  if (sa == 0) return std::weak_ordering::equivalent;
  UInt128 ma = magnitude_of(a.mantissa_);
  UInt128 mb = magnitude_of(b.mantissa_);
  // Compare the position of the leading digit first; equal positions make alignment safe.
  const std::int64_t lead_a = digit_count(ma) + std::int64_t{a.exponent_};
  const std::int64_t lead_b = digit_count(mb) + std::int64_t{b.exponent_};
  std::weak_ordering by_magnitude = std::weak_ordering::equivalent;
  if (lead_a != lead_b) {
    by_magnitude = lead_a <=> lead_b;
  } else {
    if (a.exponent_ > b.exponent_) ma *= pow10(a.exponent_ - b.exponent_);
    if (b.exponent_ > a.exponent_) mb *= pow10(b.exponent_ - a.exponent_);
    by_magnitude = ma <=> mb;
  }
  return sa > 0 ? by_magnitude : 0 <=> by_magnitude;
}

}  // namespace windlass
