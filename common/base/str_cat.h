// StrCat over fmt. Debian 12's abseil is built with its own absl::string_view (not
// std::string_view), so galley::StrCat does not take std::string_view arguments; this does.
#ifndef GALLEY_COMMON_BASE_STR_CAT_H_
#define GALLEY_COMMON_BASE_STR_CAT_H_

#include <fmt/format.h>

#include <iterator>
#include <string>

#include "absl/strings/string_view.h"

// absl::string_view (a distinct type in Debian's abseil) formats like any string.
template <>
struct fmt::formatter<absl::string_view> : fmt::formatter<fmt::string_view> {
  template <typename FormatContext>
  auto format(absl::string_view s, FormatContext& ctx) const {
    return fmt::formatter<fmt::string_view>::format(fmt::string_view(s.data(), s.size()), ctx);
  }
};

namespace galley {

// Concatenates the arguments' fmt "{}" renderings.
template <typename... Args>
std::string StrCat(const Args&... args) {
  std::string out;
  (fmt::format_to(std::back_inserter(out), "{}", args), ...);
  return out;
}

}  // namespace galley

#endif  // GALLEY_COMMON_BASE_STR_CAT_H_
