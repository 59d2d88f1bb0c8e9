// windlass/core/time.h — Kubernetes timestamps: metav1.Time and metav1.MicroTime, always UTC.
//
// Objects carry times as RFC 3339 strings: `metav1.Time` with whole seconds
// ("2024-05-01T12:00:00Z", creationTimestamp, deletionTimestamp, condition transitions) and
// `metav1.MicroTime` with microseconds ("2024-05-01T12:00:00.123456Z", Lease renewTime, Event
// eventTime). Parsing accepts what Go's RFC 3339 parser accepts (any fraction, `Z` or a
// numeric offset) and converts to UTC; formatting always writes UTC with `Z`.
//
//   WINDLASS_TRY(Time t, Time::parse(obj.creation_timestamp()));
//   Time later{t.value + std::chrono::seconds(30)};
//   later.to_string();                                  // "2024-05-01T12:00:30Z"
#pragma once

#include <windlass/core/result.h>

#include <chrono>
#include <string>
#include <string_view>

namespace windlass {

// A point in time with microsecond resolution, UTC.
using TimePoint = std::chrono::sys_time<std::chrono::microseconds>;

// Parses RFC 3339 ("2006-01-02T15:04:05Z", "...05.999999999+07:00"). Fractions finer than a
// microsecond are truncated. Errors are kBadRequest and quote the input.
Result<TimePoint> parse_rfc3339(std::string_view text);
// "2006-01-02T15:04:05Z" (fraction dropped).
std::string format_rfc3339(TimePoint t);
// "2006-01-02T15:04:05.000000Z" (always six fraction digits).
std::string format_rfc3339_micro(TimePoint t);

// metav1.Time: seconds resolution (a parsed fraction is dropped, as the API server does).
struct Time {
  std::chrono::sys_seconds value{};

  static Result<Time> parse(std::string_view text);
  std::string to_string() const;
  auto operator<=>(const Time&) const = default;
};

// metav1.MicroTime: microsecond resolution.
struct MicroTime {
  TimePoint value{};

  static Result<MicroTime> parse(std::string_view text);
  std::string to_string() const;
  auto operator<=>(const MicroTime&) const = default;
};

}  // namespace windlass
