// A REST handler over a memory store with the deletion controller driven on the test's thread
// (run_until_idle) and one fake clock for both, for tests of what controllers finish.
#pragma once

#include "controllers/deletion_controller.h"
#include "handler_harness.h"
#include "storage/memory_store.h"

#include <gtest/gtest.h>

namespace windlass::apiserver::testing {

class ControllerHarness : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = std::move(*MemoryStore::open({}));
    ApiHandlerOptions o;
    o.now = [this] { return now_; };
    handler_ = std::make_unique<ApiHandler>(*store_, o);
    ASSERT_TRUE(handler_->bootstrap());
    controller_ = std::make_unique<DeletionController>(
        *store_, DeletionControllerOptions{.catalog = [this] { return handler_->catalog(); },
                                           .now = [this] { return now_; }});
    controller_->run_until_idle();
  }
  Response req(std::string method, const std::string& target, std::string body = "") {
    return call(*handler_, std::move(method), target, std::move(body));
  }

  TimePoint now_ = TimePoint(std::chrono::seconds(1714564800));  // 2024-05-01T12:00:00Z
  std::unique_ptr<MemoryStore> store_;
  std::unique_ptr<ApiHandler> handler_;
  std::unique_ptr<DeletionController> controller_;
};

}  // namespace windlass::apiserver::testing
