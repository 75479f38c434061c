#include "common/checks/datelines.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

#include "common/text/utf8.h"

namespace galley::checks {
namespace {

// Cities news datelines name, and the regions a dateline gives after each (countries, US states
// and their AP abbreviations, provinces), the usual one first. Written from general knowledge;
// cities that share a name with another place list both (Paris, Texas; London, Ontario).
struct CityRegions {
  std::string_view city;
  std::string_view regions;  // '|'-separated, lower case, no dots.
};
constexpr std::string_view kUk = "england|britain|uk|united kingdom|great britain";
constexpr CityRegions kCities[] = {
    // Europe.
    {"london", "england|britain|uk|united kingdom|great britain|ontario"},
    {"manchester", "england|britain|uk|united kingdom|new hampshire"},
    {"liverpool", kUk},
    {"birmingham", "england|britain|uk|united kingdom|alabama|ala"},
    {"oxford", "england|britain|uk|united kingdom|mississippi|ohio"},
    {"cambridge", "england|britain|uk|united kingdom|massachusetts|mass"},
    {"edinburgh", "scotland|britain|uk|united kingdom"},
    {"glasgow", "scotland|britain|uk|united kingdom"},
    {"belfast", "northern ireland|britain|uk|united kingdom"},
    {"cardiff", "wales|britain|uk|united kingdom"},
    {"dublin", "ireland|ohio|california"},
    {"paris", "france|texas"},
    {"marseille", "france"},
    {"lyon", "france"},
    {"nice", "france"},
    {"cannes", "france"},
    {"strasbourg", "france"},
    {"berlin", "germany"},
    {"munich", "germany"},
    {"frankfurt", "germany"},
    {"hamburg", "germany"},
    {"cologne", "germany"},
    {"bonn", "germany"},
    {"rome", "italy|georgia|new york"},
    {"milan", "italy"},
    {"naples", "italy|florida|fla"},
    {"venice", "italy|california|florida"},
    {"florence", "italy|alabama|south carolina"},
    {"turin", "italy"},
    {"vatican city", "vatican|italy|holy see"},
    {"madrid", "spain"},
    {"barcelona", "spain"},
    {"seville", "spain"},
    {"lisbon", "portugal"},
    {"amsterdam", "netherlands|holland|the netherlands"},
    {"the hague", "netherlands|holland|the netherlands"},
    {"rotterdam", "netherlands|holland|the netherlands"},
    {"brussels", "belgium"},
    {"geneva", "switzerland"},
    {"zurich", "switzerland"},
    {"bern", "switzerland"},
    {"lausanne", "switzerland"},
    {"davos", "switzerland"},
    {"vienna", "austria|virginia"},
    {"athens", "greece|georgia|ohio"},
    {"istanbul", "turkey"},
    {"ankara", "turkey"},
    {"moscow", "russia|idaho"},
    {"st petersburg", "russia|florida|fla"},
    {"kiev", "ukraine"},
    {"kyiv", "ukraine"},
    {"warsaw", "poland"},
    {"prague", "czech republic|czechia"},
    {"budapest", "hungary"},
    {"bucharest", "romania"},
    {"sofia", "bulgaria"},
    {"belgrade", "serbia"},
    {"sarajevo", "bosnia|bosnia-herzegovina|bosnia and herzegovina"},
    {"zagreb", "croatia"},
    {"pristina", "kosovo|serbia"},
    {"tbilisi", "georgia"},
    {"stockholm", "sweden"},
    {"oslo", "norway"},
    {"copenhagen", "denmark"},
    {"helsinki", "finland"},
    // The Middle East and Africa.
    {"tel aviv", "israel"},
    {"gaza city", "gaza|gaza strip"},
    {"ramallah", "west bank"},
    {"baghdad", "iraq"},
    {"basra", "iraq"},
    {"mosul", "iraq"},
    {"kirkuk", "iraq"},
    {"falluja", "iraq"},
    {"fallujah", "iraq"},
    {"tikrit", "iraq"},
    {"tehran", "iran"},
    {"kabul", "afghanistan"},
    {"kandahar", "afghanistan"},
    {"islamabad", "pakistan"},
    {"karachi", "pakistan"},
    {"lahore", "pakistan"},
    {"peshawar", "pakistan"},
    {"rawalpindi", "pakistan"},
    {"quetta", "pakistan"},
    {"beirut", "lebanon"},
    {"damascus", "syria"},
    {"amman", "jordan"},
    {"cairo", "egypt"},
    {"alexandria", "egypt|virginia"},
    {"riyadh", "saudi arabia"},
    {"jeddah", "saudi arabia"},
    {"dubai", "united arab emirates|uae"},
    {"abu dhabi", "united arab emirates|uae"},
    {"doha", "qatar"},
    {"sanaa", "yemen"},
    {"johannesburg", "south africa"},
    {"cape town", "south africa"},
    {"pretoria", "south africa"},
    {"nairobi", "kenya"},
    {"lagos", "nigeria"},
    {"abuja", "nigeria"},
    {"harare", "zimbabwe"},
    {"addis ababa", "ethiopia"},
    {"khartoum", "sudan"},
    {"mogadishu", "somalia"},
    {"accra", "ghana"},
    {"algiers", "algeria"},
    {"tripoli", "libya"},
    {"tunis", "tunisia"},
    {"rabat", "morocco"},
    {"casablanca", "morocco"},
    // Asia and Oceania.
    {"beijing", "china"},
    {"shanghai", "china"},
    {"guangzhou", "china"},
    {"shenzhen", "china"},
    {"kunming", "china"},
    {"chengdu", "china"},
    {"urumqi", "china"},
    {"lhasa", "tibet|china"},
    {"hong kong", "china"},
    {"taipei", "taiwan"},
    {"tokyo", "japan"},
    {"osaka", "japan"},
    {"kyoto", "japan"},
    {"hiroshima", "japan"},
    {"seoul", "south korea|korea"},
    {"busan", "south korea|korea"},
    {"pusan", "south korea|korea"},
    {"pyongyang", "north korea"},
    {"manila", "philippines|the philippines"},
    {"jakarta", "indonesia"},
    {"bangkok", "thailand"},
    {"hanoi", "vietnam"},
    {"kuala lumpur", "malaysia"},
    {"yangon", "myanmar|burma"},
    {"rangoon", "myanmar|burma"},
    {"dhaka", "bangladesh"},
    {"kathmandu", "nepal"},
    {"colombo", "sri lanka"},
    {"new delhi", "india"},
    {"mumbai", "india"},
    {"bombay", "india"},
    {"bangalore", "india"},
    {"kolkata", "india"},
    {"calcutta", "india"},
    {"chennai", "india"},
    {"ahmedabad", "india"},
    {"srinagar", "india|kashmir"},
    {"phnom penh", "cambodia"},
    {"ulan bator", "mongolia"},
    {"sydney", "australia|nova scotia"},
    {"melbourne", "australia|florida|fla"},
    {"canberra", "australia"},
    {"brisbane", "australia"},
    {"perth", "australia|scotland"},
    {"wellington", "new zealand"},
    {"auckland", "new zealand"},
    // The Americas.
    {"mexico city", "mexico"},
    {"havana", "cuba"},
    {"caracas", "venezuela"},
    {"bogota", "colombia"},
    {"lima", "peru|ohio"},
    {"santiago", "chile"},
    {"buenos aires", "argentina"},
    {"rio de janeiro", "brazil"},
    {"sao paulo", "brazil"},
    {"brasilia", "brazil"},
    {"ottawa", "ontario|canada"},
    {"toronto", "ontario|canada"},
    {"montreal", "quebec|canada"},
    {"vancouver", "british columbia|canada|washington|wash"},
    {"atlanta", "georgia|ga"},
    {"new orleans", "louisiana|la"},
    {"baton rouge", "louisiana|la"},
    {"houston", "texas"},
    {"dallas", "texas"},
    {"austin", "texas"},
    {"san antonio", "texas"},
    {"los angeles", "california|calif"},
    {"san francisco", "california|calif"},
    {"san diego", "california|calif"},
    {"sacramento", "california|calif"},
    {"chicago", "illinois|ill"},
    {"boston", "massachusetts|mass"},
    {"miami", "florida|fla"},
    {"orlando", "florida|fla"},
    {"tampa", "florida|fla"},
    {"seattle", "washington|wash"},
    {"denver", "colorado|colo"},
    {"phoenix", "arizona|ariz"},
    {"las vegas", "nevada|nev"},
    {"detroit", "michigan|mich"},
    {"minneapolis", "minnesota|minn"},
    {"st paul", "minnesota|minn"},
    {"philadelphia", "pennsylvania|pa"},
    {"pittsburgh", "pennsylvania|pa"},
    {"cleveland", "ohio"},
    {"cincinnati", "ohio"},
    {"baltimore", "maryland|md"},
    {"nashville", "tennessee|tenn"},
    {"memphis", "tennessee|tenn"},
    {"st louis", "missouri|mo"},
    {"kansas city", "missouri|mo|kansas|kan"},
    {"honolulu", "hawaii"},
    {"anchorage", "alaska"},
    {"blacksburg", "virginia|va"},
    {"raleigh", "north carolina|nc"},
    {"salt lake city", "utah"},
    {"indianapolis", "indiana|ind"},
    {"milwaukee", "wisconsin|wis"},
    {"louisville", "kentucky|ky"},
    {"oklahoma city", "oklahoma|okla"},
    {"des moines", "iowa"},
    {"omaha", "nebraska|neb"},
};

// "St. Louis" -> "st louis": lower case, dots gone, spaces single, ends trimmed.
std::string Normalized(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '.') continue;
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out.push_back(text::AsciiLower(c));
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

struct Table {
  std::unordered_map<std::string_view, std::vector<std::string_view>> regions_of;
  Table() {
    for (const CityRegions& c : kCities) {
      std::vector<std::string_view>& list = regions_of[c.city];
      for (size_t start = 0; start <= c.regions.size();) {
        const size_t end = std::min(c.regions.find('|', start), c.regions.size());
        list.push_back(c.regions.substr(start, end - start));
        start = end + 1;
      }
    }
  }
};
const Table& Cities() {
  static const Table* table = new Table();
  return *table;
}

}  // namespace

std::optional<Dateline> ReadDateline(std::string_view en, size_t dateline_end) {
  const std::string_view line = en.substr(0, dateline_end);
  size_t begin = 0;
  while (begin < line.size() && (line[begin] == ' ' || line[begin] == '"')) ++begin;
  const size_t comma = line.find(',', begin);
  if (comma == std::string_view::npos) return std::nullopt;
  size_t region_end = comma + 1;
  while (region_end < line.size() && line[region_end] != '(' && line[region_end] != '-' &&
         static_cast<unsigned char>(line[region_end]) < 0x80) {
    ++region_end;
  }
  Dateline d{line.substr(begin, comma - begin), line.substr(comma + 1, region_end - comma - 1)};
  while (!d.region.empty() && d.region.front() == ' ') d.region.remove_prefix(1);
  while (!d.region.empty() && d.region.back() == ' ') d.region.remove_suffix(1);
  if (d.city.empty() || d.region.empty()) return std::nullopt;
  return d;
}

std::optional<bool> DatelineRegionFits(std::string_view city, std::string_view region) {
  const Table& table = Cities();
  const auto it = table.regions_of.find(Normalized(city));
  if (it == table.regions_of.end()) return std::nullopt;
  const std::string r = Normalized(region);
  return std::find(it->second.begin(), it->second.end(), r) != it->second.end();
}

std::string_view DatelineHomeRegion(std::string_view city) {
  const Table& table = Cities();
  const auto it = table.regions_of.find(Normalized(city));
  return it == table.regions_of.end() ? std::string_view() : it->second.front();
}

}  // namespace galley::checks
