// windlass/core/log.h — structured logging in klog's text format or Kubernetes' JSON format.
//
// Every Windlass component logs like a Kubernetes component, so existing log tooling and habits
// apply. A line is a message plus key/value pairs:
//
//   text (default):  I1126 19:31:29.316773   12345 reconciler.cc:42] "Reconciled" key="ns/web" requeue=false
//   json:            {"ts":1764185489316.773,"caller":"reconciler.cc:42","msg":"Reconciled","v":0,"key":"ns/web","requeue":false}
//
// `-v=N` verbosity gates `v(N).info(...)`; errors and warnings always print. Output goes to
// stderr through spdlog unless a test installs its own sink. All functions are thread-safe.
//
//   log::configure({.format = log::Format::kJson, .verbosity = 2});
//   log::info("Starting manager", {{"version", "0.1.0"}, {"workers", 4}});
//   log::v(4).info("Cache synced", {{"kind", "Pod"}});
//   log::error(err, "Reconciler error", {{"key", key}});
#pragma once

#include <windlass/core/result.h>

#include <cstdint>
#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>
#include <variant>

namespace windlass::log {

enum class Format { kText, kJson };

struct Options {
  Format format = Format::kText;
  int verbosity = 0;
};

// Replaces the process-wide options.
void configure(const Options& options);
Options options();
// "text" or "json" (the values of --log-format); anything else is kInvalid.
Result<Format> parse_format(std::string_view text);

// Where a log call was made. (std::source_location is avoided: clang 14, used for the fuzz
// builds, cannot compile libstdc++'s.)
struct SourceLocation {
  static constexpr SourceLocation current(const char* file = __builtin_FILE(),
                                          int line = __builtin_LINE()) {
    return SourceLocation{file, line};
  }
  const char* file;
  int line;
};

// One key/value pair; values keep their JSON type in the JSON format.
struct Field {
  Field(std::string_view k, std::string_view v) : key(k), value(std::string(v)) {}
  Field(std::string_view k, const char* v) : key(k), value(std::string(v)) {}
  Field(std::string_view k, const std::string& v) : key(k), value(v) {}
  Field(std::string_view k, bool v) : key(k), value(v) {}
  Field(std::string_view k, int v) : key(k), value(static_cast<std::int64_t>(v)) {}
  Field(std::string_view k, long v) : key(k), value(static_cast<std::int64_t>(v)) {}
  Field(std::string_view k, long long v) : key(k), value(static_cast<std::int64_t>(v)) {}
  Field(std::string_view k, unsigned v) : key(k), value(static_cast<std::int64_t>(v)) {}
  Field(std::string_view k, unsigned long v) : key(k), value(static_cast<std::int64_t>(v)) {}
  Field(std::string_view k, double v) : key(k), value(v) {}

  std::string_view key;
  std::variant<std::string, std::int64_t, double, bool> value;
};
using Fields = std::initializer_list<Field>;

void info(std::string_view msg, Fields fields = {},
          SourceLocation loc = SourceLocation::current());
void warning(std::string_view msg, Fields fields = {},
             SourceLocation loc = SourceLocation::current());
// klog's ErrorS: the error is printed as err="...".
void error(const Error& err, std::string_view msg, Fields fields = {},
           SourceLocation loc = SourceLocation::current());
void error(std::string_view msg, Fields fields = {},
           SourceLocation loc = SourceLocation::current());

// A verbosity-gated logger: `v(2).info(...)` prints only with -v=2 or more.
class Verbose {
 public:
  explicit Verbose(int level) : level_(level) {}
  bool enabled() const;
  void info(std::string_view msg, Fields fields = {},
            SourceLocation loc = SourceLocation::current()) const;

 private:
  int level_;
};
inline Verbose v(int level) { return Verbose(level); }

// Routes finished lines (without the trailing newline) to `sink`; an empty function restores
// stderr. For tests and embedding.
void set_sink(std::function<void(std::string_view line)> sink);

namespace internal {
// The clock and thread id used in headers, replaceable so that tests get stable output.
struct Header {
  std::int64_t unix_micros;
  std::int64_t thread_id;
};
void set_header_source(std::function<Header()> source);
}  // namespace internal

}  // namespace windlass::log
