// News datelines ("LONDON, England (CNN)", "ATLANTA, Georgia --"): which regions may follow a
// city. A translation that garbles one ("LONDON, Hawaii") is caught against this table, since the
// Korean mostly leaves the dateline out. Internal to the name check.
#ifndef GALLEY_COMMON_CHECKS_DATELINES_H_
#define GALLEY_COMMON_CHECKS_DATELINES_H_

#include <optional>
#include <string_view>

namespace galley::checks {

// A dateline's city and region as written ("LONDON", "England"), views into the sentence.
struct Dateline {
  std::string_view city, region;
};
// The city and region of a sentence's dateline ending at `dateline_end` (DatelineEnd), if it has
// both ("BEIJING (CNN)" has no region).
std::optional<Dateline> ReadDateline(std::string_view en, size_t dateline_end);

// Whether `region` may follow `city` in a dateline (any case, dots ignored: "Ga." is Georgia's
// abbreviation), or nullopt for a city the table does not know. Thread-safe.
std::optional<bool> DatelineRegionFits(std::string_view city, std::string_view region);

// The region the table gives a known city first ("England" for LONDON), for messages; empty for a
// city it does not know.
std::string_view DatelineHomeRegion(std::string_view city);

}  // namespace galley::checks

#endif  // GALLEY_COMMON_CHECKS_DATELINES_H_
