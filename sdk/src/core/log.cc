#include <windlass/core/log.h>

#include <windlass/core/field_error.h>
#include <windlass/core/json.h>

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <sys/syscall.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <mutex>

namespace windlass::log {

namespace {

struct State {
  std::mutex mu;
  Options options;
  std::function<void(std::string_view)> sink;
  std::function<internal::Header()> header;
  std::shared_ptr<spdlog::logger> stderr_logger;
};

State& state() {
  static State* s = [] {
    auto* st = new State;
    auto sink = std::make_shared<spdlog::sinks::stderr_sink_mt>();
    st->stderr_logger = std::make_shared<spdlog::logger>("windlass", sink);
    st->stderr_logger->set_pattern("%v");
    st->stderr_logger->set_level(spdlog::level::trace);
    st->stderr_logger->flush_on(spdlog::level::trace);
    return st;
  }();
  return *s;
}

std::atomic<int> g_verbosity{0};

internal::Header default_header() {
  auto now = std::chrono::system_clock::now();
  auto micros =
      std::chrono::duration_cast<std::chrono::microseconds>(now.time_since_epoch()).count();
  return {micros, static_cast<std::int64_t>(::syscall(SYS_gettid))};
}

std::string_view base_name(const char* path) {
  std::string_view p(path);
  auto slash = p.rfind('/');
  return slash == std::string_view::npos ? p : p.substr(slash + 1);
}

void append_text_value(std::string& out, const Field& f) {
  std::visit(
      [&](const auto& v) {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, std::string>) {
          out += go_quote(v);
        } else if constexpr (std::is_same_v<T, bool>) {
          out += v ? "true" : "false";
        } else if constexpr (std::is_same_v<T, double>) {
          out += Json(v).dump();
        } else {
          out += std::to_string(v);
        }
      },
      f.value);
}

void emit(char severity, int level, const Error* err, std::string_view msg, Fields fields,
          const SourceLocation& loc) {
  State& st = state();
  internal::Header h;
  Format format;
  {
    std::lock_guard lock(st.mu);
    h = st.header ? st.header() : default_header();
    format = st.options.format;
  }
  std::string line;
  std::string caller = std::string(base_name(loc.file)) + ":" + std::to_string(loc.line);
  if (format == Format::kText) {
    std::time_t secs = static_cast<std::time_t>(h.unix_micros / 1000000);
    std::tm tm{};
    gmtime_r(&secs, &tm);
    char head[64];
    std::snprintf(head, sizeof head, "%c%02d%02d %02d:%02d:%02d.%06lld %7lld ", severity,
                  tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
                  static_cast<long long>(h.unix_micros % 1000000),
                  static_cast<long long>(h.thread_id));
    line = head;
    line += caller;
    line += "] ";
    line += go_quote(msg);
    if (err) {
      line += " err=";
      line += go_quote(err->message());
    }
    for (const Field& f : fields) {
      line += ' ';
      line += f.key;
      line += '=';
      append_text_value(line, f);
    }
  } else {
    // Key order follows Kubernetes' JSON logs: ts, caller, msg, v/err, then the pairs.
    line = "{\"ts\":";
    line += Json(static_cast<double>(h.unix_micros) / 1000.0).dump();
    line += ",\"caller\":" + Json(caller).dump();
    line += ",\"msg\":" + to_json_string(Json(std::string(msg)));
    if (severity == 'I') line += ",\"v\":" + std::to_string(level);
    if (err) line += ",\"err\":" + to_json_string(Json(err->message()));
    for (const Field& f : fields) {
      line += ',';
      line += to_json_string(Json(std::string(f.key)));
      line += ':';
      std::visit([&](const auto& v) { line += to_json_string(Json(v)); }, f.value);
    }
    line += '}';
  }
  std::function<void(std::string_view)> sink;
  {
    std::lock_guard lock(st.mu);
    sink = st.sink;
  }
  if (sink) sink(line);
  else st.stderr_logger->info(line);
}

}  // namespace

void configure(const Options& options) {
  State& st = state();
  std::lock_guard lock(st.mu);
  st.options = options;
  g_verbosity.store(options.verbosity, std::memory_order_relaxed);
}

Options options() {
  State& st = state();
  std::lock_guard lock(st.mu);
  return st.options;
}

Result<Format> parse_format(std::string_view text) {
  if (text == "text") return Format::kText;
  if (text == "json") return Format::kJson;
  return Error(ErrorCode::kInvalid, "unsupported log format \"" + std::string(text) +
                                        "\": supported values: \"json\", \"text\"");
}

void info(std::string_view msg, Fields fields, SourceLocation loc) {
  emit('I', 0, nullptr, msg, fields, loc);
}

void warning(std::string_view msg, Fields fields, SourceLocation loc) {
  emit('W', 0, nullptr, msg, fields, loc);
}

void error(const Error& err, std::string_view msg, Fields fields, SourceLocation loc) {
  emit('E', 0, &err, msg, fields, loc);
}

void error(std::string_view msg, Fields fields, SourceLocation loc) {
  emit('E', 0, nullptr, msg, fields, loc);
}

bool Verbose::enabled() const { return g_verbosity.load(std::memory_order_relaxed) >= level_; }

void Verbose::info(std::string_view msg, Fields fields, SourceLocation loc) const {
  if (enabled()) emit('I', level_, nullptr, msg, fields, loc);
}

void set_sink(std::function<void(std::string_view)> sink) {
  State& st = state();
  std::lock_guard lock(st.mu);
  st.sink = std::move(sink);
}

namespace internal {
void set_header_source(std::function<Header()> source) {
  State& st = state();
  std::lock_guard lock(st.mu);
  st.header = std::move(source);
}
}  // namespace internal

}  // namespace windlass::log
