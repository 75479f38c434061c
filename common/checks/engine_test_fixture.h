// The fixture of the tests that run whole checks through the Engine (engine_test.cc, and the name
// check's, name_check_test.cc): an Engine with its defaults, and a check of pre-aligned lines.
#ifndef GALLEY_COMMON_CHECKS_ENGINE_TEST_FIXTURE_H_
#define GALLEY_COMMON_CHECKS_ENGINE_TEST_FIXTURE_H_

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "common/checks/engine.h"

namespace galley::checks {

class EngineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto engine = Engine::Create();
    ASSERT_TRUE(engine.ok()) << engine.status();
    engine_ = std::move(engine).value();
  }

  Report CheckLines(const std::string& ko, const std::string& en) {
    PairInput input;
    input.source_text = ko;
    input.target_text = en;
    input.segmentation = Segmentation::kLines;
    input.pre_aligned = true;
    auto report = engine_->Check(input);
    EXPECT_TRUE(report.ok()) << report.status();
    return report.ok() ? *report : Report();
  }

  std::vector<std::string> Codes(const Report& r) {
    std::vector<std::string> out;
    for (const auto& f : r.findings) out.push_back(f.code);
    return out;
  }

  std::unique_ptr<Engine> engine_;
};

}  // namespace galley::checks

#endif  // GALLEY_COMMON_CHECKS_ENGINE_TEST_FIXTURE_H_
