// libFuzzer target for the API server's request handling, below HTTP framing.
//
// Input: an HTTP-like request — a first line "METHOD TARGET", header lines "Name: value", an
// empty line, then the body — handed to a fresh in-memory ApiHandler (the same code path as
// a real request after Beast has parsed it). Checks that nothing crashes and that every
// answer is well-formed: a known status code, and for JSON replies a JSON body, which for an
// error is a metav1.Status whose code equals the HTTP status.
#include "rest/api_handler.h"
#include "storage/memory_store.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {

using namespace windlass;
using namespace windlass::apiserver;

void check(bool ok) {
  if (!ok) std::abort();
}

Request parse(std::string_view in) {
  Request r;
  auto line_end = in.find('\n');
  std::string_view first = in.substr(0, line_end);
  in = line_end == std::string_view::npos ? std::string_view() : in.substr(line_end + 1);
  auto sp = first.find(' ');
  r.method = std::string(first.substr(0, sp));
  r.target = sp == std::string_view::npos ? "/" : std::string(first.substr(sp + 1));
  auto q = r.target.find('?');
  r.path = percent_decode(std::string_view(r.target).substr(0, q), false).value_or(r.target.substr(0, q));
  if (q != std::string::npos) r.query = parse_query(std::string_view(r.target).substr(q + 1));
  while (!in.empty()) {
    auto nl = in.find('\n');
    std::string_view h = in.substr(0, nl);
    in = nl == std::string_view::npos ? std::string_view() : in.substr(nl + 1);
    if (h.empty()) break;
    auto colon = h.find(':');
    if (colon == std::string_view::npos) continue;
    std::string_view v = h.substr(colon + 1);
    while (!v.empty() && v.front() == ' ') v.remove_prefix(1);
    r.headers.emplace(std::string(h.substr(0, colon)), std::string(v));
  }
  r.body = std::string(in);
  return r;
}

void check_response(const Response& r) {
  check(r.status >= 200 && r.status < 600);
  if (r.content_type.rfind("application/json", 0) != 0) return;
  auto j = parse_json(r.body);
  check(static_cast<bool>(j));
  if (r.status >= 400) {
    check(j->is_object() && j->value("kind", "") == "Status" && j->value("code", 0) == r.status);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 64 * 1024) return 0;
  auto store = MemoryStore::open({});
  check(static_cast<bool>(store));
  ApiHandler handler(**store, {});
  check(static_cast<bool>(handler.bootstrap()));
  std::string_view in(reinterpret_cast<const char*>(data), size);
  // Several requests separated by a form feed run against the same server, so that a create
  // can be followed by the reads, patches and watches that exercise it.
  while (true) {
    auto ff = in.find('\f');
    Request req = parse(in.substr(0, ff));
    Reply reply = handler.handle(req);
    if (auto* r = std::get_if<Response>(&reply)) {
      check_response(*r);
    } else {
      auto& s = std::get<StreamResponse>(reply);
      check(s.stream != nullptr);
      bool done = false;
      for (const auto& chunk : s.stream->next(done)) {
        check(!chunk.empty() && chunk.back() == '\n');
        check(static_cast<bool>(parse_json(std::string_view(chunk).substr(0, chunk.size() - 1))));
      }
    }
    if (ff == std::string_view::npos) break;
    in = in.substr(ff + 1);
  }
  return 0;
}
