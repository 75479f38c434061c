// Helpers shared by the ReviewStore backends (not part of the interface).
#ifndef GALLEY_COMMON_STORE_INTERNAL_H_
#define GALLEY_COMMON_STORE_INTERNAL_H_

#include <string>
#include <string_view>
#include <vector>

namespace galley::store::internal {

// Finding codes as stored: comma-separated ("NUMBER_MISMATCH,NAME_MISMATCH").
std::string JoinCodes(const std::vector<std::string>& codes);
std::vector<std::string> SplitCodes(std::string_view joined);

}  // namespace galley::store::internal

#endif  // GALLEY_COMMON_STORE_INTERNAL_H_
