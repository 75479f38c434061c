#include "common/checks/english_name_context.h"

#include <algorithm>

#include "common/align/sentence_features.h"
#include "common/checks/name_matching.h"
#include "common/names/english_words.h"
#include "common/names/korean_words.h"
#include "common/text/utf8.h"
#include "common/text/word_set.h"

namespace galley::checks::english_name_context {

using name_matching::HasNameConcept;

bool SurnameBeforeAVerb(std::string_view en, text::TextSpan span) {
  const std::string_view word = en.substr(span.begin, span.end - span.begin);
  if (word.size() < 3 || !names::IsKoreanSurnameSpelling(word)) return false;
  static constexpr std::string_view kAfter[] = {
      " said",  " says",   " added", " noted",  " told",      " stressed", " explained",
      " asked", " argued", " urged", " wrote",  " announced", " is ",      " was ",
      " has ",  " had ",   " will ", " would ", " also ",     "'s "};
  const std::string_view after = en.substr(span.end);
  return std::any_of(std::begin(kAfter), std::end(kAfter),
                     [&](std::string_view a) { return after.starts_with(a); });
}

bool IsTitleBeforeName(std::string_view word) {
  static constexpr std::string_view kTitles[] = {
      "Prophet",     "Rabbi",          "Pope",       "Imam",        "Sheikh",       "Sheik",
      "Ayatollah",   "Mullah",         "Cardinal",   "Bishop",      "Archbishop",   "Pastor",
      "Father",      "Brother",        "Sister",     "King",        "Queen",        "Prince",
      "Princess",    "Emperor",        "Empress",    "Crown",       "Sultan",       "Emir",
      "Duke",        "Duchess",        "Lady",       "Dame",        "Judge",        "Ambassador",
      "Envoy",       "Premier",        "Chancellor", "Speaker",     "Commissioner", "Coach",
      "Captain",     "Colonel",        "Major",      "Commander",   "Admiral",      "Marshal",
      "Sergeant",    "Corporal",       "Private",    "Lieutenant",  "Officer",      "Detective",
      "Inspector",   "Agent",          "Doctor",     "Dean",        "Grand",        "Singer",
      "Actor",       "Actress",        "Passenger",  "Acting",      "Interim",      "Deputy",
      "Vice",        "Administrator",  "Spokesman",  "Spokeswoman", "Spokesperson", "Chairwoman",
      "Chairperson", "Superintendent", "Adviser",    "Advisor",     "Counselor",    "Prosecutor",
      "Lawmaker",    "Author",         "Novelist",   "Poet",        "Composer",     "Pianist"};
  static const auto* titles = new text::WordSet(kTitles);
  return titles->contains(word);
}

bool IsBareInstitutionWord(std::string_view word) {
  static constexpr std::string_view kWords[] = {
      "Institute", "Federation", "Association", "Union", "University", "Center", "Centre",
      "Company", "Group", "Republic", "Kingdom", "Summit", "Forum", "Festival", "Conference",
      "Prize", "Award", "Awards", "Cup", "Games", "Hotel", "Hospital", "Airport", "Bank", "Times",
      "Post", "Journal", "Herald",
      // Government bodies and their offices.
      "Ministry", "Department", "Agency", "Committee", "Council", "Court", "Party", "Assembly",
      "Congress", "Parliament", "Government", "State", "City", "Province", "County", "Army", "Navy",
      "Police", "Affairs",
      // Titles, which stand alone for one person.
      "President", "Minister", "Secretary", "Chairman", "Director", "Professor", "Mayor",
      "Governor", "Senator", "Reverend", "Lord", "Sir", "Saint"};
  return std::find(std::begin(kWords), std::end(kWords), word) != std::end(kWords);
}

bool IsAdjectiveOfAPeople(std::string_view word) {
  static constexpr std::string_view kEndings[] = {"ian", "ean", "can", "ban", "yan",
                                                  "ese", "ish", "ic",  "ch",  "ss"};
  static constexpr std::string_view kOthers[] = {
      "German", "Afghan", "Tibetan", "Ugandan", "Rwandan", "Angolan", "Venezuelan",
      "Thai",   "Saudi",  "Somali",  "Emirati", "Bengali", "Ghanaian"};
  if (std::any_of(std::begin(kEndings), std::end(kEndings),
                  [&](std::string_view e) { return word.ends_with(e); }) ||
      std::find(std::begin(kOthers), std::end(kOthers), word) != std::end(kOthers)) {
    return true;
  }
  return word.size() > 3 && word.back() == 'i' &&
         HasNameConcept(align::EvidenceForEnglishWord(word.substr(0, word.size() - 1)));
}

bool IsPartyMember(std::string_view word) {
  static constexpr std::string_view kPartyMembers[] = {
      "Democrat", "Labour", "Tory", "Liberal", "Conservative", "Socialist", "Communist", "Green"};
  return std::find(std::begin(kPartyMembers), std::end(kPartyMembers), word) !=
         std::end(kPartyMembers);
}

bool IsNounOrParticiple(std::string_view word) {
  static constexpr std::string_view kEndings[] = {"tion", "sion", "ness", "ism", "ship", "ed"};
  return std::any_of(std::begin(kEndings), std::end(kEndings),
                     [&](std::string_view ending) {
                       return word.size() > ending.size() + 2 &&
                              word.substr(word.size() - ending.size()) == ending;
                     }) &&
         names::IsEnglishDictionaryWord(word);
}

bool IsPersonWord(std::string_view word) {
  static constexpr std::string_view kWords[] = {
      "actor",        "actress",    "ally",       "ambassador",  "analyst",    "artist",
      "author",       "authority",  "camp",       "campaign",    "candidate",  "chairman",
      "champion",     "chief",      "citizen",    "club",        "coach",      "commander",
      "counterpart",  "defender",   "delegation", "dictator",    "diplomat",   "director",
      "doctor",       "emperor",    "envoy",      "expert",      "fan",        "fighter",
      "force",        "foreign",    "general",    "goalkeeper",  "government", "governor",
      "guerrilla",    "immigrant",  "incumbent",  "insurgent",   "judge",      "king",
      "lawmaker",     "lawyer",     "leader",     "legislator",  "manager",    "mayor",
      "member",       "midfielder", "militant",   "minister",    "monarch",    "national",
      "native",       "negotiator", "nominee",    "official",    "opponent",   "party",
      "people",       "player",     "police",     "politician",  "premier",    "president",
      "presidential", "prime",      "prince",     "princess",    "prosecutor", "queen",
      "rebel",        "regime",     "rival",      "scientist",   "senator",    "side",
      "singer",       "soldier",    "spokesman",  "spokeswoman", "star",       "striker",
      "strongman",    "student",    "supporter",  "team",        "troop",      "voter",
      "winger",       "worker",     "writer"};
  std::string singular(word);
  if (singular.size() > 4 && singular.ends_with("ies")) {
    singular.replace(singular.size() - 3, 3, "y");  // authorities
  } else if (singular.size() > 3 && singular.back() == 's') {
    singular.pop_back();  // senators, fans
  }
  return std::find(std::begin(kWords), std::end(kWords), singular) != std::end(kWords);
}

bool DescribesAPerson(std::string_view en, const std::vector<std::string_view>& significant) {
  if (significant.size() != 1) return false;
  const std::string_view word = significant[0];
  const size_t begin = static_cast<size_t>(word.data() - en.data());
  const size_t end = begin + word.size();
  // The word before the one starting at `at`, if a single space parts them; else "".
  auto word_before = [&](size_t at) -> std::string_view {
    if (at < 2 || en[at - 1] != ' ') return {};
    size_t start = at - 1;
    while (start > 0 && text::IsAsciiAlpha(en[start - 1])) --start;
    return en.substr(start, at - 1 - start);
  };
  auto is_the = [](std::string_view w) { return w == "the" || w == "The"; };
  std::string_view before = word_before(begin);
  if (before == "from") {
    // "the senator from Illinois": a person's word, then "from".
    const std::string_view role = word_before(static_cast<size_t>(before.data() - en.data()));
    if (role.empty() || !IsPersonWord(role)) return false;
  } else {
    if (end + 2 > en.size() || en[end] != ' ' || !text::IsAsciiLower(en[end + 1])) return false;
    if (!is_the(before)) {
      if (before.empty() || !text::IsAsciiLower(before[0])) return false;
      before = word_before(static_cast<size_t>(before.data() - en.data()));
      if (!is_the(before)) return false;
    }
    // And the word after it a person's role or a group of people, or an adjective before one
    // (not "the Mississippi river", "the Codex available").
    size_t next_end = end + 1;
    while (next_end < en.size() && text::IsAsciiAlpha(en[next_end])) ++next_end;
    if (!IsPersonWord(en.substr(end + 1, next_end - end - 1))) return false;
  }
  const align::EnglishWordEvidence evidence = align::EvidenceForEnglishWord(word);
  return HasNameConcept(evidence);
}

std::string_view NamePart(std::string_view word) {
  static constexpr std::string_view kTails[] = {
      "based",    "led",           "born",    "owned",      "run",        "backed",    "made",
      "winning",  "bound",         "style",   "era",        "controlled", "dominated", "funded",
      "linked",   "like",          "related", "affiliated", "speaking",   "language",  "sponsored",
      "brokered", "headquartered", "listed",  "area",       "elect",      "type",      "class"};
  const size_t hyphen = word.rfind('-');  // Vice-President-elect: the last part.
  if (hyphen == std::string_view::npos || hyphen == 0) return word;
  const std::string_view tail = word.substr(hyphen + 1);
  return std::find(std::begin(kTails), std::end(kTails), tail) != std::end(kTails)
             ? word.substr(0, hyphen)
             : word;
}

std::string Initials(std::string_view text, const names::EnglishName& name) {
  std::string out;
  for (const text::TextSpan& w : name.words) {
    const std::string_view word = text.substr(w.begin, w.end - w.begin);
    if (word == "The") continue;
    out.push_back(word[0]);
    // A part after a hyphen has its initial too (Unified Marxist-Leninist: UML).
    for (size_t hyphen = word.find('-');
         hyphen != std::string_view::npos && hyphen + 1 < word.size();
         hyphen = word.find('-', hyphen + 1)) {
      if (text::IsAsciiUpper(word[hyphen + 1])) out.push_back(word[hyphen + 1]);
    }
  }
  return out;
}

bool HasKoreanStyleName(std::string_view en) {
  for (size_t dash = en.find('-'); dash != std::string_view::npos; dash = en.find('-', dash + 1)) {
    if (dash + 1 >= en.size() || !text::IsAsciiLower(en[dash + 1])) continue;
    size_t start = dash;
    while (start > 0 && text::IsAsciiLower(en[start - 1])) --start;
    if (start == 0 || start == dash || !text::IsAsciiUpper(en[start - 1])) continue;
    --start;
    if (start < 3 || en[start - 1] != ' ' || !text::IsAsciiLower(en[start - 2])) continue;
    size_t surname = start - 2;
    while (surname > 0 && text::IsAsciiLower(en[surname - 1])) --surname;
    if (surname > 0 && text::IsAsciiUpper(en[surname - 1])) return true;
  }
  return false;
}

bool TitleCase(std::string_view en) {
  static const auto* minor_words = new text::WordSet(
      {"a",   "an",  "the", "and",  "but",  "or",   "nor",  "for",  "so",   "yet",
       "as",  "at",  "by",  "in",   "of",   "on",   "to",   "up",   "via",  "per",
       "off", "out", "vs",  "from", "with", "into", "onto", "over", "than", "that"});
  size_t words = 0, capitalized = 0;
  for (size_t i = 0; i < en.size(); ++i) {
    const auto c = static_cast<unsigned char>(en[i]);
    if (!text::IsAsciiAlpha(c) || (i > 0 && text::IsAsciiAlpha(en[i - 1]))) continue;
    ++words;
    if (text::IsAsciiUpper(c)) {
      ++capitalized;
      continue;
    }
    if (i > 0 && (en[i - 1] == '-' || en[i - 1] == '\'')) continue;
    size_t end = i;
    while (end < en.size() && text::IsAsciiAlpha(en[end])) ++end;
    if (!minor_words->contains(en.substr(i, end - i))) return false;
  }
  return 2 * capitalized > words;
}
}  // namespace galley::checks::english_name_context
