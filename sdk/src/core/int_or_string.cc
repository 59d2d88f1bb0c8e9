#include <windlass/core/int_or_string.h>

#include <charconv>

namespace windlass {

namespace {
__extension__ using Int128 = __int128;  // pct * total cannot overflow here
}  // namespace

Result<std::int64_t> IntOrString::scaled_value(std::int64_t total, bool round_up) const {
  if (is_int_) return static_cast<std::int64_t>(int_);
  auto invalid = [&] {
    return Error(ErrorCode::kInvalid,
                 "invalid value for IntOrString: invalid type: string is not a percentage");
  };
  if (str_.size() < 2 || str_.back() != '%') return invalid();
  std::int64_t pct = 0;
  auto [end, ec] = std::from_chars(str_.data(), str_.data() + str_.size() - 1, pct);
  if (ec != std::errc() || end != str_.data() + str_.size() - 1)
    return Error(ErrorCode::kInvalid, "invalid value \"" + str_ + "\": not a percentage");
  Int128 scaled = static_cast<Int128>(pct) * total;
  Int128 q = scaled / 100;
  if (round_up && scaled % 100 != 0 && scaled > 0) ++q;
  return static_cast<std::int64_t>(q);
}

}  // namespace windlass
