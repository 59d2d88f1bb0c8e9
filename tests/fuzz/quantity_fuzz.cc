// libFuzzer target for windlass::Quantity: parses arbitrary bytes and, for every successful
// parse, checks that printing round-trips and that the arithmetic identities hold. A violated
// invariant traps so that libFuzzer records the input.
#include <windlass/core/quantity.h>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

namespace {

using windlass::ErrorCode;
using windlass::Quantity;
using windlass::Result;

void check(bool ok) {
  if (!ok) __builtin_trap();
}

std::string print(const Quantity& q, bool canonical) {
  return canonical ? q.canonical_string() : q.to_string();
}

// The printed text must parse back to the same value and print identically again. The one
// exception is upstream's too: a value printed without a suffix of its format reads back as
// DecimalSI ("9E1" prints "90"), and a BinarySI one may then take a decimal suffix ("62.5Ki"
// prints "64000", which prints "64k"); a second round is a fixed point all the same.
void check_reparses(const Quantity& q, bool canonical) {
  const std::string printed = print(q, canonical);
  check(!printed.empty());
  Result<Quantity> again = Quantity::parse(printed);
  check(again.has_value());
  check(*again == q);
  const std::string reprinted = print(*again, canonical);
  if (again->format() == q.format()) check(reprinted == printed);
  Result<Quantity> third = Quantity::parse(reprinted);
  check(third.has_value());
  check(*third == q);
  check(print(*third, canonical) == reprinted);
}

// value() and milli_value() are the nearest integers away from zero, unless saturated.
void check_rounding(const Quantity& q) {
  constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
  constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();
  constexpr Quantity::Format kSI = Quantity::Format::kDecimalSI;
  const std::int64_t value = q.value();
  const std::int64_t milli = q.milli_value();
  if (q.sign() > 0) {
    check(value > 0 && milli > 0);
    if (value < kMax) check(Quantity(value, kSI) >= q && Quantity(value - 1, kSI) < q);
    if (milli < kMax) {
      check(Quantity::from_milli(milli, kSI) >= q && Quantity::from_milli(milli - 1, kSI) < q);
    }
  } else if (q.sign() < 0) {
    check(value < 0 && milli < 0);
    if (value > kMin) check(Quantity(value, kSI) <= q && Quantity(value + 1, kSI) > q);
    if (milli > kMin) {
      check(Quantity::from_milli(milli, kSI) <= q && Quantity::from_milli(milli + 1, kSI) > q);
    }
  } else {
    check(value == 0 && milli == 0);
  }
}

void check_arithmetic(const Quantity& q) {
  const Quantity negated = q.neg();
  check(negated.neg() == q);
  check(negated.sign() == -q.sign());
  check(negated.format() == q.format());
  check(q.is_zero() == (q.sign() == 0));
  check((q <=> q) == 0);
  check(q.is_zero() || (q.sign() > 0 ? negated < q : q < negated));

  Result<Quantity> cancelled = q.add(negated);
  check(cancelled.has_value() && cancelled->is_zero());
  Result<Quantity> difference = q.sub(q);
  check(difference.has_value() && difference->is_zero());
  Result<Quantity> same = q.mul(1);
  check(same.has_value() && *same == q && same->format() == q.format());
  Result<Quantity> zero = q.mul(0);
  check(zero.has_value() && zero->is_zero());

  Result<Quantity> twice = q.add(q);
  Result<Quantity> doubled = q.mul(2);
  check(twice.has_value() == doubled.has_value());
  if (twice) {
    check(*twice == *doubled);
    check(q.sign() == 0 || (q.sign() > 0 ? *twice > q : *twice < q));
    Result<Quantity> back = twice->sub(q);
    check(back.has_value() && *back == q);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  Result<Quantity> parsed = Quantity::parse(text);
  if (!parsed) {
    check(parsed.error().code() == ErrorCode::kInvalid);
    check(!parsed.error().message().empty());
    return 0;
  }
  const Quantity& q = *parsed;
  check_reparses(q, false);
  check_reparses(q, true);
  check_rounding(q);
  check_arithmetic(q);
  return 0;
}
