#include <windlass/core/time.h>

#include <cstdio>

namespace windlass {

namespace {

Error bad_time(std::string_view text, std::string_view why) {
  return Error(ErrorCode::kBadRequest, "parsing time \"" + std::string(text) +
                                           "\" as RFC 3339: " + std::string(why));
}

// Reads exactly `n` digits at s[pos].
bool read_digits(std::string_view s, std::size_t& pos, int n, int& out) {
  if (pos + static_cast<std::size_t>(n) > s.size()) return false;
  int v = 0;
  for (int i = 0; i < n; ++i) {
    char c = s[pos + static_cast<std::size_t>(i)];
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  pos += static_cast<std::size_t>(n);
  out = v;
  return true;
}

bool expect(std::string_view s, std::size_t& pos, char c) {
  if (pos >= s.size() || (s[pos] != c && !(c == 'T' && s[pos] == 't'))) return false;
  ++pos;
  return true;
}

}  // namespace

Result<TimePoint> parse_rfc3339(std::string_view text) {
  using namespace std::chrono;
  std::size_t pos = 0;
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0;
  if (!read_digits(text, pos, 4, y) || !expect(text, pos, '-') || !read_digits(text, pos, 2, mo) ||
      !expect(text, pos, '-') || !read_digits(text, pos, 2, d) || !expect(text, pos, 'T') ||
      !read_digits(text, pos, 2, h) || !expect(text, pos, ':') || !read_digits(text, pos, 2, mi) ||
      !expect(text, pos, ':') || !read_digits(text, pos, 2, sec))
    return bad_time(text, "expected the form 2006-01-02T15:04:05Z07:00");
  year_month_day ymd{year{y}, month{static_cast<unsigned>(mo)}, day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return bad_time(text, "day out of range");
  if (h > 23) return bad_time(text, "hour out of range");
  if (mi > 59) return bad_time(text, "minute out of range");
  if (sec > 59) return bad_time(text, "second out of range");
  std::int64_t micros = 0;
  if (pos < text.size() && (text[pos] == '.' || text[pos] == ',')) {
    ++pos;
    int digits = 0;
    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
      if (digits < 6) micros = micros * 10 + (text[pos] - '0');
      ++digits;
      ++pos;
    }
    if (digits == 0) return bad_time(text, "missing fraction digits");
    for (int i = digits; i < 6; ++i) micros *= 10;
  }
  int offset_minutes = 0;
  if (pos < text.size() && (text[pos] == 'Z' || text[pos] == 'z')) {
    ++pos;
  } else if (pos < text.size() && (text[pos] == '+' || text[pos] == '-')) {
    int sign = text[pos] == '-' ? -1 : 1;
    ++pos;
    int oh = 0, om = 0;
    if (!read_digits(text, pos, 2, oh) || !expect(text, pos, ':') ||
        !read_digits(text, pos, 2, om) || oh > 23 || om > 59)
      return bad_time(text, "bad time zone offset");
    offset_minutes = sign * (oh * 60 + om);
  } else {
    return bad_time(text, "missing time zone (Z or ±hh:mm)");
  }
  if (pos != text.size()) return bad_time(text, "extra text after the time");
  TimePoint t = sys_days{ymd} + hours{h} + minutes{mi} + seconds{sec} + microseconds{micros};
  return t - minutes{offset_minutes};
}

std::string format_rfc3339(TimePoint t) {
  using namespace std::chrono;
  auto secs = floor<seconds>(t);
  auto day = floor<days>(secs);
  year_month_day ymd{day};
  hh_mm_ss hms{secs - day};
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                static_cast<int>(hms.hours().count()), static_cast<int>(hms.minutes().count()),
                static_cast<int>(hms.seconds().count()));
  return buf;
}

std::string format_rfc3339_micro(TimePoint t) {
  using namespace std::chrono;
  auto secs = floor<seconds>(t);
  auto micros = (t - secs).count();
  std::string s = format_rfc3339(t);
  char frac[16];
  std::snprintf(frac, sizeof frac, ".%06lld", static_cast<long long>(micros));
  s.insert(s.size() - 1, frac);
  return s;
}

Result<Time> Time::parse(std::string_view text) {
  WINDLASS_TRY(TimePoint t, parse_rfc3339(text));
  return Time{std::chrono::floor<std::chrono::seconds>(t)};
}

std::string Time::to_string() const { return format_rfc3339(value); }

Result<MicroTime> MicroTime::parse(std::string_view text) {
  WINDLASS_TRY(TimePoint t, parse_rfc3339(text));
  return MicroTime{t};
}

std::string MicroTime::to_string() const { return format_rfc3339_micro(value); }

}  // namespace windlass
