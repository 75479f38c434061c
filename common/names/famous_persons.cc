#include "common/names/famous_persons.h"

#include <algorithm>
#include <iterator>

namespace galley::names {
namespace {

struct FamousSurname {
  std::string_view surname;
  std::string_view given_names;  // '|'-separated.
};

// In no order: a linear search, asked only of an English given name before a surname a Korean
// word transliterates.
constexpr FamousSurname kFamous[] = {
    // Heads of state and government, and their families the news names.
    {"Obama", "Barack|Michelle|Malia|Sasha"},
    {"Trump", "Donald|Don|Melania|Ivanka|Eric|Barron|Tiffany|Lara|Fred|Mary|Ivana"},
    {"Biden", "Joe|Joseph|Jill|Hunter|Beau|Ashley|Valerie"},
    {"Clinton", "Bill|William|Hillary|Chelsea"},
    {"Putin", "Vladimir"},
    {"Medvedev", "Dmitry|Dmitri"},
    {"Zelensky", "Volodymyr|Olena"},
    {"Zelenskiy", "Volodymyr|Olena"},
    {"Macron", "Emmanuel|Brigitte"},
    {"Sarkozy", "Nicolas|Carla"},
    {"Merkel", "Angela"},
    {"Scholz", "Olaf"},
    {"Merz", "Friedrich"},
    {"Netanyahu", "Benjamin|Sara|Yair"},
    {"Olmert", "Ehud"},
    {"Erdogan", "Recep|Tayyip|Emine"},
    {"Mugabe", "Robert|Grace"},
    {"Mandela", "Nelson|Winnie"},
    {"Berlusconi", "Silvio"},
    {"Meloni", "Giorgia"},
    {"Ahmadinejad", "Mahmoud"},
    {"Khamenei", "Ali"},
    {"Rouhani", "Hassan"},
    {"Musharraf", "Pervez"},
    {"Karzai", "Hamid"},
    {"Gadhafi", "Moammar|Muammar|Saif"},
    {"Qaddafi", "Moammar|Muammar|Saif"},
    {"Assad", "Bashar|Hafez|Asma"},
    {"Arafat", "Yasser"},
    {"Mubarak", "Hosni|Gamal|Suzanne"},
    {"Sisi", "Abdel|Fattah"},
    {"Bhutto", "Benazir|Zulfikar|Bilawal"},
    {"Zardari", "Asif"},
    {"Livni", "Tzipi"},
    {"Gorbachev", "Mikhail|Raisa"},
    {"Yeltsin", "Boris"},
    {"Lukashenko", "Alexander|Aleksandr"},
    {"Navalny", "Alexei|Alexey|Yulia"},
    {"Thatcher", "Margaret"},
    {"Sunak", "Rishi"},
    {"Starmer", "Keir"},
    {"Trudeau", "Justin|Pierre"},
    {"Bolsonaro", "Jair"},
    {"Milei", "Javier"},
    {"Maduro", "Nicolas"},
    {"Modi", "Narendra"},
    {"Widodo", "Joko"},
    {"Duterte", "Rodrigo|Sara"},
    {"Kishida", "Fumio"},
    {"Ishiba", "Shigeru"},
    {"Takaichi", "Sanae"},
    {"Koizumi", "Junichiro|Shinjiro"},
    {"Hatoyama", "Yukio"},
    {"Abe", "Shinzo|Akie"},
    {"Suga", "Yoshihide"},
    {"Noda", "Yoshihiko"},
    {"Aso", "Taro"},
    // Ministers, lawmakers and officials.
    {"McCain", "John|Cindy|Meghan"},
    {"Pelosi", "Nancy"},
    {"Schumer", "Chuck|Charles"},
    {"McConnell", "Mitch"},
    {"Cheney", "Dick|Richard|Liz|Lynne"},
    {"Rumsfeld", "Donald"},
    {"Kissinger", "Henry"},
    {"Pompeo", "Mike|Michael"},
    {"Tillerson", "Rex"},
    {"Blinken", "Antony"},
    {"Rubio", "Marco"},
    {"Hegseth", "Pete"},
    {"Bessent", "Scott"},
    {"Lutnick", "Howard"},
    {"Mnuchin", "Steven|Steve"},
    {"Kushner", "Jared"},
    {"Pence", "Mike|Michael|Karen"},
    {"DeSantis", "Ron"},
    {"Haley", "Nikki"},
    {"Yellen", "Janet"},
    {"Bernanke", "Ben"},
    {"Greenspan", "Alan"},
    {"Paulson", "Henry|Hank"},
    {"Geithner", "Timothy|Tim"},
    {"Lagarde", "Christine"},
    {"Guterres", "Antonio"},
    {"Stoltenberg", "Jens"},
    {"Lavrov", "Sergei|Sergey"},
    {"Shoigu", "Sergei|Sergey"},
    {"Peskov", "Dmitry|Dmitri"},
    // Sports and film.
    {"Ohtani", "Shohei"},
    {"Messi", "Lionel|Leo"},
    {"Federer", "Roger"},
    {"Nadal", "Rafael|Rafa"},
    {"Djokovic", "Novak"},
    {"Beckham", "David|Victoria|Brooklyn|Romeo"},
    {"Mbappe", "Kylian"},
    {"Haaland", "Erling"},
    {"Guardiola", "Pep|Josep"},
    {"Mourinho", "Jose"},
    {"Klopp", "Jurgen"},
    {"Spielberg", "Steven"},
    {"Scorsese", "Martin"},
    {"DiCaprio", "Leonardo"},
    // Business.
    {"Zuckerberg", "Mark|Priscilla"},
    {"Musk", "Elon|Kimbal"},
    {"Bezos", "Jeff"},
    {"Buffett", "Warren"},
    {"Altman", "Sam"},
    {"Nadella", "Satya"},
    {"Pichai", "Sundar"},
    {"Soros", "George"},
    {"Dimon", "Jamie"},
};

bool EqualLetters(std::string_view a, std::string_view b) {
  // Case-insensitive, a doubled letter counting as one.
  auto next = [](std::string_view s, size_t* i) -> int {
    if (*i >= s.size()) return -1;
    const char c = static_cast<char>(s[*i] | 0x20);
    ++*i;
    while (*i < s.size() && static_cast<char>(s[*i] | 0x20) == c) ++*i;
    return c;
  };
  size_t i = 0, j = 0;
  while (true) {
    const int x = next(a, &i), y = next(b, &j);
    if (x != y) return false;
    if (x < 0) return true;
  }
}

const FamousSurname* Find(std::string_view surname) {
  const auto it = std::find_if(std::begin(kFamous), std::end(kFamous), [&](const FamousSurname& f) {
    return EqualLetters(f.surname, surname);
  });
  return it == std::end(kFamous) ? nullptr : &*it;
}

}  // namespace

bool IsFamousSurname(std::string_view surname) { return Find(surname) != nullptr; }

const std::vector<std::string_view>& FamousSurnames() {
  static const std::vector<std::string_view> surnames = [] {
    std::vector<std::string_view> all;
    for (const FamousSurname& f : kFamous) all.push_back(f.surname);
    return all;
  }();
  return surnames;
}

bool IsFamousGivenName(std::string_view surname, std::string_view given) {
  const FamousSurname* famous = Find(surname);
  if (famous == nullptr || given.empty()) return false;
  std::string_view names = famous->given_names;
  while (!names.empty()) {
    const size_t bar = names.find('|');
    if (EqualLetters(names.substr(0, bar), given)) return true;
    if (bar == std::string_view::npos) break;
    names.remove_prefix(bar + 1);
  }
  return false;
}

}  // namespace galley::names
