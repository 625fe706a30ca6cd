"""Holders of the world's most reported offices, as evidence for the year of a story.

"President Clinton" or "Chancellor Helmut Kohl" in a story dates it to the holder's term;
"former Prime Minister Margaret Thatcher" dates it after the term. Only titled mentions count:
a full name alone ("Dick Cheney", "John F. Kennedy airport") is often someone in another role.
The table covers, by one fixed rule and with every holder in office since 1960, the leaders of
the permanent members of the UN Security Council and of the G7, the US vice president and
secretary of state, the UN and NATO secretaries-general and the popes: no office is chosen for a
particular corpus or decade.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Titles as news copy writes them before a name, per office.
OFFICE_TITLES: dict[str, tuple[str, ...]] = {
    "us_president": ("President", "U.S. President", "US President", "American President"),
    "us_vice_president": ("Vice President", "U.S. Vice President", "US Vice President"),
    "us_secretary_of_state": ("Secretary of State", "U.S. Secretary of State",
                              "US Secretary of State"),
    "uk_prime_minister": ("Prime Minister", "British Prime Minister", "UK Prime Minister"),
    "uk_monarch": ("Queen", "King"),
    "soviet_leader": ("Soviet leader", "Soviet President", "President", "General Secretary",
                      "Premier"),
    "russian_president": ("President", "Russian President"),
    "french_president": ("President", "French President"),
    "german_chancellor": ("Chancellor", "German Chancellor", "West German Chancellor"),
    "japanese_prime_minister": ("Prime Minister", "Japanese Prime Minister", "Premier"),
    "italian_prime_minister": ("Prime Minister", "Italian Prime Minister", "Premier"),
    "canadian_prime_minister": ("Prime Minister", "Canadian Prime Minister"),
    "chinese_leader": ("President", "Chinese President", "Chairman", "Premier",
                       "Chinese Premier", "leader", "General Secretary"),
    "un_secretary_general": ("Secretary-General", "U.N. Secretary-General",
                             "UN Secretary-General", "United Nations Secretary-General"),
    "nato_secretary_general": ("Secretary-General", "Secretary General",
                               "NATO Secretary-General", "NATO Secretary General"),
    "pope": ("Pope",),
}  # fmt: skip

# (office, full name, the name a title stands before, first year, last year or None if serving).
# Years are those of taking and leaving office; a story in either year may fall in the term.
HOLDERS: tuple[tuple[str, str, str, int, int | None], ...] = (
    ("us_president", "Dwight Eisenhower", "Eisenhower", 1953, 1961),
    ("us_president", "John F. Kennedy", "Kennedy", 1961, 1963),
    ("us_president", "Lyndon Johnson", "Johnson", 1963, 1969),
    ("us_president", "Richard Nixon", "Nixon", 1969, 1974),
    ("us_president", "Gerald Ford", "Ford", 1974, 1977),
    ("us_president", "Jimmy Carter", "Carter", 1977, 1981),
    ("us_president", "Ronald Reagan", "Reagan", 1981, 1989),
    ("us_president", "George Bush", "Bush", 1989, 1993),
    ("us_president", "Bill Clinton", "Clinton", 1993, 2001),
    ("us_president", "George W. Bush", "Bush", 2001, 2009),
    ("us_president", "Barack Obama", "Obama", 2009, 2017),
    ("us_president", "Donald Trump", "Trump", 2017, 2021),
    ("us_president", "Joe Biden", "Biden", 2021, 2025),
    ("us_president", "Donald Trump", "Trump", 2025, None),
    ("us_vice_president", "Richard Nixon", "Nixon", 1953, 1961),
    ("us_vice_president", "Lyndon Johnson", "Johnson", 1961, 1963),
    ("us_vice_president", "Hubert Humphrey", "Humphrey", 1965, 1969),
    ("us_vice_president", "Spiro Agnew", "Agnew", 1969, 1973),
    ("us_vice_president", "Gerald Ford", "Ford", 1973, 1974),
    ("us_vice_president", "Nelson Rockefeller", "Rockefeller", 1974, 1977),
    ("us_vice_president", "Walter Mondale", "Mondale", 1977, 1981),
    ("us_vice_president", "George Bush", "Bush", 1981, 1989),
    ("us_vice_president", "Dan Quayle", "Quayle", 1989, 1993),
    ("us_vice_president", "Al Gore", "Gore", 1993, 2001),
    ("us_vice_president", "Dick Cheney", "Cheney", 2001, 2009),
    ("us_vice_president", "Joe Biden", "Biden", 2009, 2017),
    ("us_vice_president", "Mike Pence", "Pence", 2017, 2021),
    ("us_vice_president", "Kamala Harris", "Harris", 2021, 2025),
    ("us_vice_president", "JD Vance", "Vance", 2025, None),
    ("us_secretary_of_state", "John Foster Dulles", "Dulles", 1953, 1959),
    ("us_secretary_of_state", "Christian Herter", "Herter", 1959, 1961),
    ("us_secretary_of_state", "Dean Rusk", "Rusk", 1961, 1969),
    ("us_secretary_of_state", "William Rogers", "Rogers", 1969, 1973),
    ("us_secretary_of_state", "Henry Kissinger", "Kissinger", 1973, 1977),
    ("us_secretary_of_state", "Cyrus Vance", "Vance", 1977, 1980),
    ("us_secretary_of_state", "Edmund Muskie", "Muskie", 1980, 1981),
    ("us_secretary_of_state", "Alexander Haig", "Haig", 1981, 1982),
    ("us_secretary_of_state", "George Shultz", "Shultz", 1982, 1989),
    ("us_secretary_of_state", "James Baker", "Baker", 1989, 1992),
    ("us_secretary_of_state", "Lawrence Eagleburger", "Eagleburger", 1992, 1993),
    ("us_secretary_of_state", "Warren Christopher", "Christopher", 1993, 1997),
    ("us_secretary_of_state", "Madeleine Albright", "Albright", 1997, 2001),
    ("us_secretary_of_state", "Colin Powell", "Powell", 2001, 2005),
    ("us_secretary_of_state", "Condoleezza Rice", "Rice", 2005, 2009),
    ("us_secretary_of_state", "Hillary Clinton", "Clinton", 2009, 2013),
    ("us_secretary_of_state", "John Kerry", "Kerry", 2013, 2017),
    ("us_secretary_of_state", "Rex Tillerson", "Tillerson", 2017, 2018),
    ("us_secretary_of_state", "Mike Pompeo", "Pompeo", 2018, 2021),
    ("us_secretary_of_state", "Antony Blinken", "Blinken", 2021, 2025),
    ("us_secretary_of_state", "Marco Rubio", "Rubio", 2025, None),
    ("uk_prime_minister", "Harold Macmillan", "Macmillan", 1957, 1963),
    ("uk_prime_minister", "Alec Douglas-Home", "Douglas-Home", 1963, 1964),
    ("uk_prime_minister", "Harold Wilson", "Wilson", 1964, 1970),
    ("uk_prime_minister", "Edward Heath", "Heath", 1970, 1974),
    ("uk_prime_minister", "Harold Wilson", "Wilson", 1974, 1976),
    ("uk_prime_minister", "James Callaghan", "Callaghan", 1976, 1979),
    ("uk_prime_minister", "Margaret Thatcher", "Thatcher", 1979, 1990),
    ("uk_prime_minister", "John Major", "Major", 1990, 1997),
    ("uk_prime_minister", "Tony Blair", "Blair", 1997, 2007),
    ("uk_prime_minister", "Gordon Brown", "Brown", 2007, 2010),
    ("uk_prime_minister", "David Cameron", "Cameron", 2010, 2016),
    ("uk_prime_minister", "Theresa May", "May", 2016, 2019),
    ("uk_prime_minister", "Boris Johnson", "Johnson", 2019, 2022),
    ("uk_prime_minister", "Liz Truss", "Truss", 2022, 2022),
    ("uk_prime_minister", "Rishi Sunak", "Sunak", 2022, 2024),
    ("uk_prime_minister", "Keir Starmer", "Starmer", 2024, None),
    ("uk_monarch", "Queen Elizabeth II", "Elizabeth", 1952, 2022),
    ("uk_monarch", "King Charles III", "Charles", 2022, None),
    ("soviet_leader", "Nikita Khrushchev", "Khrushchev", 1953, 1964),
    ("soviet_leader", "Leonid Brezhnev", "Brezhnev", 1964, 1982),
    ("soviet_leader", "Yuri Andropov", "Andropov", 1982, 1984),
    ("soviet_leader", "Konstantin Chernenko", "Chernenko", 1984, 1985),
    ("soviet_leader", "Mikhail Gorbachev", "Gorbachev", 1985, 1991),
    ("russian_president", "Boris Yeltsin", "Yeltsin", 1991, 1999),
    ("russian_president", "Vladimir Putin", "Putin", 2000, 2008),
    ("russian_president", "Dmitry Medvedev", "Medvedev", 2008, 2012),
    ("russian_president", "Vladimir Putin", "Putin", 2012, None),
    ("french_president", "Charles de Gaulle", "de Gaulle", 1959, 1969),
    ("french_president", "Georges Pompidou", "Pompidou", 1969, 1974),
    ("french_president", "Valery Giscard d'Estaing", "Giscard d'Estaing", 1974, 1981),
    ("french_president", "Francois Mitterrand", "Mitterrand", 1981, 1995),
    ("french_president", "Jacques Chirac", "Chirac", 1995, 2007),
    ("french_president", "Nicolas Sarkozy", "Sarkozy", 2007, 2012),
    ("french_president", "Francois Hollande", "Hollande", 2012, 2017),
    ("french_president", "Emmanuel Macron", "Macron", 2017, None),
    ("german_chancellor", "Konrad Adenauer", "Adenauer", 1949, 1963),
    ("german_chancellor", "Ludwig Erhard", "Erhard", 1963, 1966),
    ("german_chancellor", "Kurt Georg Kiesinger", "Kiesinger", 1966, 1969),
    ("german_chancellor", "Willy Brandt", "Brandt", 1969, 1974),
    ("german_chancellor", "Helmut Schmidt", "Schmidt", 1974, 1982),
    ("german_chancellor", "Helmut Kohl", "Kohl", 1982, 1998),
    ("german_chancellor", "Gerhard Schroeder", "Schroeder", 1998, 2005),
    ("german_chancellor", "Angela Merkel", "Merkel", 2005, 2021),
    ("german_chancellor", "Olaf Scholz", "Scholz", 2021, 2025),
    ("german_chancellor", "Friedrich Merz", "Merz", 2025, None),
    ("japanese_prime_minister", "Nobusuke Kishi", "Kishi", 1957, 1960),
    ("japanese_prime_minister", "Hayato Ikeda", "Ikeda", 1960, 1964),
    ("japanese_prime_minister", "Eisaku Sato", "Sato", 1964, 1972),
    ("japanese_prime_minister", "Kakuei Tanaka", "Tanaka", 1972, 1974),
    ("japanese_prime_minister", "Takeo Miki", "Miki", 1974, 1976),
    ("japanese_prime_minister", "Takeo Fukuda", "Fukuda", 1976, 1978),
    ("japanese_prime_minister", "Masayoshi Ohira", "Ohira", 1978, 1980),
    ("japanese_prime_minister", "Zenko Suzuki", "Suzuki", 1980, 1982),
    ("japanese_prime_minister", "Yasuhiro Nakasone", "Nakasone", 1982, 1987),
    ("japanese_prime_minister", "Noboru Takeshita", "Takeshita", 1987, 1989),
    ("japanese_prime_minister", "Sosuke Uno", "Uno", 1989, 1989),
    ("japanese_prime_minister", "Toshiki Kaifu", "Kaifu", 1989, 1991),
    ("japanese_prime_minister", "Kiichi Miyazawa", "Miyazawa", 1991, 1993),
    ("japanese_prime_minister", "Morihiro Hosokawa", "Hosokawa", 1993, 1994),
    ("japanese_prime_minister", "Tsutomu Hata", "Hata", 1994, 1994),
    ("japanese_prime_minister", "Tomiichi Murayama", "Murayama", 1994, 1996),
    ("japanese_prime_minister", "Ryutaro Hashimoto", "Hashimoto", 1996, 1998),
    ("japanese_prime_minister", "Keizo Obuchi", "Obuchi", 1998, 2000),
    ("japanese_prime_minister", "Yoshiro Mori", "Mori", 2000, 2001),
    ("japanese_prime_minister", "Junichiro Koizumi", "Koizumi", 2001, 2006),
    ("japanese_prime_minister", "Shinzo Abe", "Abe", 2006, 2007),
    ("japanese_prime_minister", "Yasuo Fukuda", "Fukuda", 2007, 2008),
    ("japanese_prime_minister", "Taro Aso", "Aso", 2008, 2009),
    ("japanese_prime_minister", "Yukio Hatoyama", "Hatoyama", 2009, 2010),
    ("japanese_prime_minister", "Naoto Kan", "Kan", 2010, 2011),
    ("japanese_prime_minister", "Yoshihiko Noda", "Noda", 2011, 2012),
    ("japanese_prime_minister", "Shinzo Abe", "Abe", 2012, 2020),
    ("japanese_prime_minister", "Yoshihide Suga", "Suga", 2020, 2021),
    ("japanese_prime_minister", "Fumio Kishida", "Kishida", 2021, 2024),
    ("japanese_prime_minister", "Shigeru Ishiba", "Ishiba", 2024, 2025),
    ("japanese_prime_minister", "Sanae Takaichi", "Takaichi", 2025, None),
    ("italian_prime_minister", "Antonio Segni", "Segni", 1959, 1960),
    ("italian_prime_minister", "Fernando Tambroni", "Tambroni", 1960, 1960),
    ("italian_prime_minister", "Amintore Fanfani", "Fanfani", 1960, 1963),
    ("italian_prime_minister", "Giovanni Leone", "Leone", 1963, 1963),
    ("italian_prime_minister", "Aldo Moro", "Moro", 1963, 1968),
    ("italian_prime_minister", "Giovanni Leone", "Leone", 1968, 1968),
    ("italian_prime_minister", "Mariano Rumor", "Rumor", 1968, 1970),
    ("italian_prime_minister", "Emilio Colombo", "Colombo", 1970, 1972),
    ("italian_prime_minister", "Giulio Andreotti", "Andreotti", 1972, 1973),
    ("italian_prime_minister", "Mariano Rumor", "Rumor", 1973, 1974),
    ("italian_prime_minister", "Aldo Moro", "Moro", 1974, 1976),
    ("italian_prime_minister", "Giulio Andreotti", "Andreotti", 1976, 1979),
    ("italian_prime_minister", "Francesco Cossiga", "Cossiga", 1979, 1980),
    ("italian_prime_minister", "Arnaldo Forlani", "Forlani", 1980, 1981),
    ("italian_prime_minister", "Giovanni Spadolini", "Spadolini", 1981, 1982),
    ("italian_prime_minister", "Amintore Fanfani", "Fanfani", 1982, 1983),
    ("italian_prime_minister", "Bettino Craxi", "Craxi", 1983, 1987),
    ("italian_prime_minister", "Amintore Fanfani", "Fanfani", 1987, 1987),
    ("italian_prime_minister", "Giovanni Goria", "Goria", 1987, 1988),
    ("italian_prime_minister", "Ciriaco De Mita", "De Mita", 1988, 1989),
    ("italian_prime_minister", "Giulio Andreotti", "Andreotti", 1989, 1992),
    ("italian_prime_minister", "Giuliano Amato", "Amato", 1992, 1993),
    ("italian_prime_minister", "Carlo Azeglio Ciampi", "Ciampi", 1993, 1994),
    ("italian_prime_minister", "Silvio Berlusconi", "Berlusconi", 1994, 1995),
    ("italian_prime_minister", "Lamberto Dini", "Dini", 1995, 1996),
    ("italian_prime_minister", "Romano Prodi", "Prodi", 1996, 1998),
    ("italian_prime_minister", "Massimo D'Alema", "D'Alema", 1998, 2000),
    ("italian_prime_minister", "Giuliano Amato", "Amato", 2000, 2001),
    ("italian_prime_minister", "Silvio Berlusconi", "Berlusconi", 2001, 2006),
    ("italian_prime_minister", "Romano Prodi", "Prodi", 2006, 2008),
    ("italian_prime_minister", "Silvio Berlusconi", "Berlusconi", 2008, 2011),
    ("italian_prime_minister", "Mario Monti", "Monti", 2011, 2013),
    ("italian_prime_minister", "Enrico Letta", "Letta", 2013, 2014),
    ("italian_prime_minister", "Matteo Renzi", "Renzi", 2014, 2016),
    ("italian_prime_minister", "Paolo Gentiloni", "Gentiloni", 2016, 2018),
    ("italian_prime_minister", "Giuseppe Conte", "Conte", 2018, 2021),
    ("italian_prime_minister", "Mario Draghi", "Draghi", 2021, 2022),
    ("italian_prime_minister", "Giorgia Meloni", "Meloni", 2022, None),
    ("canadian_prime_minister", "John Diefenbaker", "Diefenbaker", 1957, 1963),
    ("canadian_prime_minister", "Lester Pearson", "Pearson", 1963, 1968),
    ("canadian_prime_minister", "Pierre Trudeau", "Trudeau", 1968, 1979),
    ("canadian_prime_minister", "Joe Clark", "Clark", 1979, 1980),
    ("canadian_prime_minister", "Pierre Trudeau", "Trudeau", 1980, 1984),
    ("canadian_prime_minister", "John Turner", "Turner", 1984, 1984),
    ("canadian_prime_minister", "Brian Mulroney", "Mulroney", 1984, 1993),
    ("canadian_prime_minister", "Kim Campbell", "Campbell", 1993, 1993),
    ("canadian_prime_minister", "Jean Chretien", "Chretien", 1993, 2003),
    ("canadian_prime_minister", "Paul Martin", "Martin", 2003, 2006),
    ("canadian_prime_minister", "Stephen Harper", "Harper", 2006, 2015),
    ("canadian_prime_minister", "Justin Trudeau", "Trudeau", 2015, 2025),
    ("canadian_prime_minister", "Mark Carney", "Carney", 2025, None),
    # Chinese names are matched whole: the family name alone ("Li") names many people.
    ("chinese_leader", "Mao Zedong", "Mao Zedong", 1949, 1976),
    ("chinese_leader", "Zhou Enlai", "Zhou Enlai", 1949, 1976),
    ("chinese_leader", "Hua Guofeng", "Hua Guofeng", 1976, 1981),
    ("chinese_leader", "Deng Xiaoping", "Deng Xiaoping", 1978, 1992),
    ("chinese_leader", "Zhao Ziyang", "Zhao Ziyang", 1980, 1989),
    ("chinese_leader", "Li Peng", "Li Peng", 1987, 1998),
    ("chinese_leader", "Jiang Zemin", "Jiang Zemin", 1989, 2003),
    ("chinese_leader", "Zhu Rongji", "Zhu Rongji", 1998, 2003),
    ("chinese_leader", "Hu Jintao", "Hu Jintao", 2002, 2013),
    ("chinese_leader", "Wen Jiabao", "Wen Jiabao", 2003, 2013),
    ("chinese_leader", "Xi Jinping", "Xi Jinping", 2012, None),
    ("chinese_leader", "Li Keqiang", "Li Keqiang", 2013, 2023),
    ("chinese_leader", "Li Qiang", "Li Qiang", 2023, None),
    ("un_secretary_general", "Dag Hammarskjold", "Hammarskjold", 1953, 1961),
    ("un_secretary_general", "U Thant", "U Thant", 1961, 1971),
    ("un_secretary_general", "Kurt Waldheim", "Waldheim", 1972, 1981),
    ("un_secretary_general", "Javier Perez de Cuellar", "Perez de Cuellar", 1982, 1991),
    ("un_secretary_general", "Boutros Boutros-Ghali", "Boutros-Ghali", 1992, 1996),
    ("un_secretary_general", "Kofi Annan", "Annan", 1997, 2006),
    ("un_secretary_general", "Ban Ki-moon", "Ban", 2007, 2016),
    ("un_secretary_general", "Antonio Guterres", "Guterres", 2017, None),
    ("nato_secretary_general", "Paul-Henri Spaak", "Spaak", 1957, 1961),
    ("nato_secretary_general", "Dirk Stikker", "Stikker", 1961, 1964),
    ("nato_secretary_general", "Manlio Brosio", "Brosio", 1964, 1971),
    ("nato_secretary_general", "Joseph Luns", "Luns", 1971, 1984),
    ("nato_secretary_general", "Lord Carrington", "Carrington", 1984, 1988),
    ("nato_secretary_general", "Manfred Woerner", "Woerner", 1988, 1994),
    ("nato_secretary_general", "Willy Claes", "Claes", 1994, 1995),
    ("nato_secretary_general", "Javier Solana", "Solana", 1995, 1999),
    ("nato_secretary_general", "George Robertson", "Robertson", 1999, 2003),
    ("nato_secretary_general", "Jaap de Hoop Scheffer", "de Hoop Scheffer", 2004, 2009),
    ("nato_secretary_general", "Anders Fogh Rasmussen", "Rasmussen", 2009, 2014),
    ("nato_secretary_general", "Jens Stoltenberg", "Stoltenberg", 2014, 2024),
    ("nato_secretary_general", "Mark Rutte", "Rutte", 2024, None),
    ("pope", "Pope John XXIII", "John XXIII", 1958, 1963),
    ("pope", "Pope Paul VI", "Paul VI", 1963, 1978),
    ("pope", "Pope John Paul I", "John Paul I", 1978, 1978),
    ("pope", "Pope John Paul II", "John Paul II", 1978, 2005),
    ("pope", "Pope Benedict XVI", "Benedict XVI", 2005, 2013),
    ("pope", "Pope Francis", "Francis", 2013, 2025),
    ("pope", "Pope Leo XIV", "Leo XIV", 2025, None),
)  # fmt: skip

# Words before a title that put the term in the past ("former President Carter") or make the
# mention say nothing about when the story is ("the late", "then-President").
FORMER_WORDS: frozenset[str] = frozenset({"former", "ex", "ex-"})
TIMELESS_WORDS: frozenset[str] = frozenset({"late", "then", "then-", "future", "first",
                                            "acting"})  # fmt: skip


@dataclass(frozen=True, slots=True)
class OfficeEvidence:
    """A titled officeholder: the terms the mention fits, and whether it speaks of a past term."""

    phrase: str
    terms: tuple[tuple[int, int | None], ...]
    former: bool = False


def _alternation(names: set[str]) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


_TITLED: dict[tuple[str, str], list[tuple[int, int | None]]] = {}
for _office, _full, _name, _start, _end in HOLDERS:
    for _title in OFFICE_TITLES[_office]:
        _TITLED.setdefault((_title, _name), []).append((_start, _end))
# A title, then optionally a first name, then the name: "President Bill Clinton".
_TITLED_PATTERN = re.compile(
    r"(?P<before>\b[\w-]+[ -])?(?P<title>" + _alternation({t for t, _ in _TITLED}) + r")"
    r" (?:[A-Z][\w.'-]*\.? ){0,2}?(?P<name>" + _alternation({n for _, n in _TITLED}) + r")\b")


def find_officeholders(text: str) -> list[OfficeEvidence]:
    """Officeholders the text names with their title, one item per holder."""
    found: dict[tuple[tuple[int, int | None], ...], OfficeEvidence] = {}
    for m in _TITLED_PATTERN.finditer(text):
        holder = _TITLED.get((m["title"], m["name"]))
        word = (m["before"] or "").strip().lower()
        if holder is None or word in TIMELESS_WORDS:  # "Pope Clinton" names nobody
            continue
        terms = tuple(holder)
        item = OfficeEvidence(text[m.start("title"):m.end()], terms, former=word in FORMER_WORDS)
        known = found.get(terms)
        # A current mention says more than a "former" one: keep it.
        if known is None or (known.former and not item.former):
            found[terms] = item
    return list(found.values())
