#include "services/cli/batch/batch_input.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "absl/status/status.h"
#include "common/base/str_cat.h"

namespace galley::cli {
namespace {

namespace fs = std::filesystem;

bool IsBlank(const std::string& line) {
  return line.find_first_not_of(" \t\r") == std::string::npos;
}

class ManifestInput final : public BatchInput {
 public:
  ManifestInput(std::string path, std::ifstream in, size_t size)
      : path_(std::move(path)), in_(std::move(in)), size_(size) {
    base_ = fs::path(path_).parent_path();
  }

  std::optional<BatchItem> Next() override {
    std::string line;
    while (std::getline(in_, line)) {
      ++line_number_;
      if (IsBlank(line)) continue;
      BatchItem item = Parse(line);
      item.index = next_index_++;
      return item;
    }
    return std::nullopt;
  }

  size_t size() const override { return size_; }

 private:
  BatchItem Parse(const std::string& line) {
    BatchItem item;
    item.id = StrCat("line-", line_number_);
    const std::string where = StrCat(path_, ":", line_number_, ": ");
    nlohmann::json json = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (json.is_discarded() || !json.is_object()) {
      item.error = StrCat(where, "not a JSON object");
      return item;
    }
    auto string_field = [&](const char* name) -> std::optional<std::string> {
      const auto it = json.find(name);
      if (it == json.end() || !it->is_string()) return std::nullopt;
      return it->get<std::string>();
    };
    if (auto id = string_field("id"); id && !id->empty()) {
      item.id = *id;
    } else {
      item.error = StrCat(where, "missing \"id\" (a non-empty string)");
      return item;
    }
    if (!ids_.insert(item.id).second) {
      item.error = StrCat(where, "id \"", item.id, "\" appears twice in the manifest");
      return item;
    }
    for (const auto& [key, value] : json.items()) {
      static const std::set<std::string> kKnown = {"id", "source_path", "target_path", "source",
                                                   "target"};
      if (!kKnown.count(key)) {
        item.error = StrCat(where, "unknown field \"", key,
                            "\" (expected id with source_path/target_path or source/target)");
        return item;
      }
    }
    const auto source_path = string_field("source_path");
    const auto target_path = string_field("target_path");
    const auto source = string_field("source");
    const auto target = string_field("target");
    if (source_path && target_path && !source && !target) {
      item.source_path = Resolve(*source_path);
      item.target_path = Resolve(*target_path);
    } else if (source && target && !source_path && !target_path) {
      item.source_text = *source;
      item.target_text = *target;
    } else {
      item.error = StrCat(where,
                          "needs string fields source_path and target_path, or source and target");
    }
    return item;
  }

  std::string Resolve(const std::string& path) const {
    const fs::path p(path);
    return p.is_absolute() || base_.empty() ? path : (base_ / p).lexically_normal().string();
  }

  std::string path_;
  fs::path base_;
  std::ifstream in_;
  size_t size_;
  size_t line_number_ = 0;
  size_t next_index_ = 0;
  std::set<std::string> ids_;
};

class VectorInput final : public BatchInput {
 public:
  explicit VectorInput(std::vector<BatchItem> items) : items_(std::move(items)) {}
  std::optional<BatchItem> Next() override {
    if (next_ == items_.size()) return std::nullopt;
    BatchItem item = std::move(items_[next_]);
    item.index = next_++;
    return item;
  }
  size_t size() const override { return items_.size(); }

 private:
  std::vector<BatchItem> items_;
  size_t next_ = 0;
};

// "NAME.ko.txt" -> ("NAME", "ko"); "NAME.en" -> ("NAME", "en"); anything else -> nullopt.
std::optional<std::pair<std::string, std::string>> SplitPairName(const std::string& name) {
  for (const char* language : {"ko", "en"}) {
    for (const std::string& suffix : {StrCat(".", language, ".txt"), StrCat(".", language)}) {
      if (name.size() > suffix.size() &&
          name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0) {
        return std::make_pair(name.substr(0, name.size() - suffix.size()), std::string(language));
      }
    }
  }
  return std::nullopt;
}

}  // namespace

absl::StatusOr<std::unique_ptr<BatchInput>> OpenManifest(const std::string& path) {
  std::ifstream counter(path, std::ios::binary);
  if (!counter) {
    return absl::NotFoundError(StrCat(path, ": cannot open manifest: ", std::strerror(errno)));
  }
  size_t size = 0;
  std::string line;
  while (std::getline(counter, line)) size += IsBlank(line) ? 0 : 1;
  if (counter.bad()) return absl::InvalidArgumentError(StrCat(path, ": read error"));
  if (size == 0) return absl::InvalidArgumentError(StrCat(path, ": manifest has no items"));
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(StrCat(path, ": cannot open manifest"));
  return std::unique_ptr<BatchInput>(new ManifestInput(path, std::move(in), size));
}

absl::StatusOr<std::unique_ptr<BatchInput>> OpenDirectory(const std::string& path) {
  std::error_code error;
  // stem -> language -> file path; sorted so that reports come out in name order.
  std::map<std::string, std::map<std::string, std::string>> pairs;
  for (fs::directory_iterator it(path, error), end; !error && it != end; it.increment(error)) {
    if (!it->is_regular_file()) continue;
    const std::string name = it->path().filename().string();
    if (auto split = SplitPairName(name)) {
      auto& by_language = pairs[split->first];
      // NAME.ko.txt and NAME.ko both present: the first found wins; the clash is reported.
      if (!by_language.emplace(split->second, it->path().string()).second) {
        by_language["clash"] = name;
      }
    }
  }
  if (error) {
    return absl::NotFoundError(StrCat(path, ": cannot read directory: ", error.message()));
  }
  if (pairs.empty()) {
    return absl::InvalidArgumentError(
        StrCat(path, ": no article pairs (NAME.ko.txt + NAME.en.txt, or NAME.ko + NAME.en)"));
  }
  std::vector<BatchItem> items;
  for (auto& [stem, files] : pairs) {
    BatchItem item;
    item.id = stem;
    item.source_path = files.count("ko") ? files["ko"] : "";
    item.target_path = files.count("en") ? files["en"] : "";
    if (files.count("clash")) {
      item.error = StrCat((fs::path(path) / stem).string(), ": two files for one side (",
                          files["clash"], " and another); keep one");
    } else if (item.source_path.empty()) {
      item.error = StrCat(item.target_path, ": no Korean partner (", stem, ".ko.txt or ", stem,
                          ".ko)");
    } else if (item.target_path.empty()) {
      item.error = StrCat(item.source_path, ": no English partner (", stem, ".en.txt or ", stem,
                          ".en)");
    }
    items.push_back(std::move(item));
  }
  return std::unique_ptr<BatchInput>(new VectorInput(std::move(items)));
}

absl::StatusOr<std::unique_ptr<BatchInput>> OpenBatch(const std::string& path) {
  std::error_code error;
  if (fs::is_directory(path, error)) return OpenDirectory(path);
  if (!fs::exists(path, error)) {
    return absl::NotFoundError(StrCat(path, ": no such manifest file or directory"));
  }
  return OpenManifest(path);
}

std::unique_ptr<BatchInput> SinglePair(std::string id, std::string source_path,
                                       std::string target_path) {
  BatchItem item;
  item.id = std::move(id);
  item.source_path = std::move(source_path);
  item.target_path = std::move(target_path);
  std::vector<BatchItem> items;
  items.push_back(std::move(item));
  return std::unique_ptr<BatchInput>(new VectorInput(std::move(items)));
}

}  // namespace galley::cli
