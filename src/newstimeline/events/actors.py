"""Who takes part: capitalized names without job titles, surnames and pronouns resolved."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from functools import lru_cache
from itertools import compress
from operator import itemgetter

from newstimeline.events import vocabulary as vocab
from newstimeline.events.word_cache import WordCache
from newstimeline.events.wordnet_classes import word_classes
from newstimeline.text import Token
from newstimeline.timex.vocabulary import MONTHS

# Whether a word (as written) may be part of a name, cached per word: news repeats its words.
_NAME_WORD_CACHE_SIZE = 100_000
# Token.text read as the tuple item it is: a C-level index, where attrgetter("text")
# goes through the generic attribute lookup of a NamedTuple field.
_TEXT = itemgetter(Token._fields.index("text"))
# Endings of a possessive name ("Roper's lawyers", "Harbor’s stock", "Jobs' health"): the
# actor is the name without them.
POSSESSIVE_ENDINGS: tuple[str, ...] = ("'s", "\u2019s", "s'", "s\u2019")
# Words of an organisation's name, never of a person's: what follows a title word is a
# person only without them ("South African Foreign Affairs Department" is no "Affairs
# Department" with the title "Foreign").
ORGANISATION_WORDS: frozenset[str] = frozenset({
    "department", "ministry", "office", "affairs", "council", "committee", "commission",
    "agency", "service", "services", "bureau", "board", "authority", "court", "party", "group",
    "company", "corporation", "bank", "fund", "association", "union", "institute", "university",
    "center", "centre", "organization", "organisation", "administration", "army", "navy",
    "force", "forces", "police", "government", "embassy", "senate", "assembly", "parliament",
    "congress", "foundation", "trust", "exchange", "news", "media", "network", "cabinet",
    "mission", "command", "team", "club", "league", "holdings", "partners", "capital",
    "industries", "systems", "airlines", "motors", "foods", "pharmaceuticals", "technologies",
})  # fmt: skip
# Tokens after which a word opens a sentence, a quotation or the story after its dateline
# ("BEIJING (AP) — Rescuers pulled ..."): a capital there says nothing of a name.
OPENING_AFTER: frozenset[str] = frozenset({
    '"', "\u201c", "\u2018", "'", "`", "(", "\u2014", "\u2013", "--", "-", ":",
})  # fmt: skip
# WordNet's lexicographer files (noun.group, noun.location) whose words are names when
# capitalized at a sentence's start ("Police said", "Germany and the Netherlands have opposed").
NAME_LIKE_NOUN_FILES: frozenset[str] = frozenset({"14", "15"})
# Endings of the adjectives of a people ("Chinese", "Russian", "British", "Israeli", "French"),
# and the lexicographer files of their nouns (noun.communication, the language; noun.person):
# such a word alone is no actor ("his Chinese counterpart", "Chinese state media reported").
DEMONYM_ENDINGS: tuple[str, ...] = ("ese", "ian", "an", "ish", "i", "ch")
DEMONYM_NOUN_FILES: frozenset[str] = frozenset({"10", "18"})


def _name_word(text: str) -> bool:
    return (text[:1].isupper() and any(c.isalpha() for c in text)
            and text.lower() not in vocab.NOT_ACTORS)


is_name_word: Callable[[str], bool] = WordCache(_name_word, _NAME_WORD_CACHE_SIZE).__getitem__
"""Whether a word as written may be part of a name (its lowercase form is ``Token.lower``)."""


def _possessive(word: str) -> bool:
    return word.endswith(POSSESSIVE_ENDINGS)


def _person_name(words: list[str]) -> bool:
    """Whether the words after a title read as a person's name: two to four words, none a
    title, an organisation's word ("Holdings Inc", "Affairs Department") or a possessive."""
    return 2 <= len(words) <= 4 and not any(
        w.lower().rstrip(".") in vocab.ABBREVIATED_NAME_ENDINGS or _possessive(w)
        or w.lower() in vocab.TITLE_WORDS or w.lower() in ORGANISATION_WORDS for w in words)


def _honorific(word: str) -> bool:
    """An abbreviated title before a surname ("Mr.", "Gen.", "Sgt."; not "U.S.")."""
    return word.count(".") == 1 and word.endswith(".") and word.lower() in vocab.TITLE_WORDS


def _strip_titles(words: list[str]) -> tuple[str, bool]:
    """("Alexander Grushko", True) from "Russian Deputy Foreign Minister Alexander Grushko",
    and from a title after an employer's name ("Northwind CEO Sarah Lindqvist", "U.S. District
    Judge Laura Stein": the name after the title's last word).

    The flag says a title was stripped, which marks the rest as a person's name. A name with a
    possessive inside ("U.S. Attorney's Office") is an organisation's, kept whole.
    """
    last_title = max((k for k, word in enumerate(words) if word.lower() in vocab.TITLE_WORDS),
                     default=-1)
    after = words[last_title + 1:]
    if last_title >= 0 and (_person_name(after) or (
            len(after) == 1 and _honorific(words[last_title])
            and _without_possessive(after[0]).isalpha())):
        # ("Mr. Litvack", "Hewlett-Packard's Mr. Archuleta": the person's surname)
        return " ".join(after), True
    if any(map(_possessive, words[:-1])):
        return " ".join(words), False
    i = 0
    while i < len(words) and words[i].lower() in vocab.TITLE_WORDS:
        i += 1
    rest = words[i:]
    if i > 0 and len(rest) >= 2:
        return " ".join(rest), True
    return " ".join(words), False


def _abbreviation_end(tokens: list[Token], j: int) -> bool:
    """Whether the period after token ``j`` ends an abbreviated name word ("U.S", "Corp")."""
    return j + 1 < len(tokens) and tokens[j + 1].text == "." \
        and tokens[j + 1].start == tokens[j].end \
        and ("." in tokens[j].text or tokens[j].lower in vocab.ABBREVIATED_NAME_ENDINGS
             or tokens[j].lower + "." in vocab.TITLE_WORDS  # "Mr.", "Gen."
             or (len(tokens[j].text) == 1 and tokens[j].text.isupper()))  # an initial


def _run_end(tokens: list[Token], flags: list[bool], i: int) -> int:
    """The last token of the run of name words (and inner connectors) from token ``i``."""
    count = len(tokens)
    j = i
    while j + 1 < count and (
        flags[j + 1]
        or (tokens[j + 1].lower in vocab.NAME_CONNECTORS and j + 2 < count and flags[j + 2])
    ):
        j += 1
    return j


def names_in(tokens: list[Token], flags: list[bool] | None = None
             ) -> list[tuple[int, int, str, bool]]:
    """Maximal runs of name words in a sentence: (first, last, name without titles, titled).
    ``flags`` is ``is_name_word`` of each token's text, when the caller has it."""
    found: list[tuple[int, int, str, bool]] = []
    if flags is None:
        flags = list(map(is_name_word, map(_TEXT, tokens)))
    count = len(tokens)
    last = -1  # the last token of the name found last
    for i in compress(range(count), flags):  # only the name words start a name
        if i <= last or (i == 0 and tokens[i].lower in vocab.NOT_ACTORS):
            continue
        j = _run_end(tokens, flags, i)
        # A name goes on past an abbreviation's period before another name word ("U.S.
        # Attorney Maria Chen", "William E. Lawson").
        while j + 2 < count and flags[j + 2] and _abbreviation_end(tokens, j) \
                and tokens[j].lower not in vocab.ABBREVIATED_NAME_ENDINGS:
            # (Not past a name's own end: "Apple Inc. Steve Jobs" is two names.)
            j = _run_end(tokens, flags, j + 2)
        words = [t.text + "." if _abbreviation_end(tokens, k) and k < j else t.text
                 for k, t in enumerate(tokens[i:j + 1], i) if t.text != "."]
        if _abbreviation_end(tokens, j):
            # "U.S.", "D.C.", "Acme Corp.": the tokenizer leaves an abbreviation's last period
            # apart.
            words[-1] += "."
        name, is_person = _strip_titles(words)
        if i == j and tokens[i].lower in MONTHS and j + 2 < count \
                and tokens[j + 1].text == "." and tokens[j + 2].text[:1].isdigit():
            last = j
            continue  # "by Jan. 15", "on Sept. 4": a date ("Jan Kavan" stays a name)
        if name.lower() not in vocab.NOT_ACTORS and not name.isdigit():
            found.append((i, j, name, is_person))
        last = j
    return found


def _opening(tokens: list[Token], i: int) -> bool:
    return i == 0 or tokens[i - 1].text in OPENING_AFTER


def _common_word(word: str, before_verb: bool) -> bool:
    """Whether a capitalized word opening a sentence is a common English word: the plural of a
    noun that names no group or place ("Prosecutors", "Shares", "Aftershocks"), or, unless a
    verb follows it (as one follows a name: "Clark said", "Turkey urged"), an adjective, a verb
    form or such a noun ("Federal prosecutors", "More than", "Rescue teams")."""
    if not word[1:].islower() or not word.isalpha():
        return False  # "NATO", "McDonald", "U.S.": written so as a name
    lower = word.lower()
    classes = word_classes()
    noun = classes.noun_lemma(lower)
    if noun is not None:
        line = classes.noun_line(noun)
        if line is None or line.split(" ")[0] in NAME_LIKE_NOUN_FILES:
            return False
        if noun != lower:
            return True  # a plural
    if before_verb:
        return False
    return noun is not None or classes.is_adjective(lower) or classes.verb_lemma(lower) is not None


@lru_cache(maxsize=10_000)
def is_demonym(word: str) -> bool:
    """Whether a capitalized word is the adjective of a people ("Chinese", "Ukrainian")."""
    if not word.endswith(DEMONYM_ENDINGS) or not word[1:].islower() or not word.isalpha():
        return False
    lower = word.lower()
    classes = word_classes()
    if not classes.is_adjective(lower):
        return False
    noun = classes.noun_lemma(lower)
    line = classes.noun_line(noun) if noun is not None else None
    return line is None or line.split(" ")[0] in DEMONYM_NOUN_FILES


def _without_possessive(name: str) -> str:
    """"Roper" from "Roper's", "Jobs" from "Jobs'" (a possessive's owner is the actor)."""
    if name.endswith(POSSESSIVE_ENDINGS[:2]):
        return name[:-2]
    if name.endswith(POSSESSIVE_ENDINGS[2:]):
        return name[:-1]
    return name


def document_names(sentences: list[list[Token]], flags: list[list[bool]],
                   verb_at: Callable[[list[Token], int], bool] | None = None
                   ) -> list[list[tuple[int, int, str, bool]]]:
    """``names_in`` of each sentence of a story, read as the story writes its names: a common
    word capitalized only where a sentence opens is no name ("More than 200 people were
    injured", "Shares of Acme Corp. fell": "Acme Corp."). ``verb_at`` tells whether a token is
    a verb (or a verb's auxiliary)."""
    found = [names_in(tokens, sentence_flags) for tokens, sentence_flags
             in zip(sentences, flags, strict=True)]
    # Words the story writes in a name other than as the word opening a sentence.
    written = {_without_possessive(word) for tokens, names in zip(sentences, found, strict=True)
               for first, last, _, _ in names
               for word in map(_TEXT, tokens[first + _opening(tokens, first):last + 1])}
    result: list[list[tuple[int, int, str, bool]]] = []
    for tokens, names in zip(sentences, found, strict=True):
        kept: list[tuple[int, int, str, bool]] = []
        for first, last, name, titled in names:
            word = _without_possessive(tokens[first].text)
            if last == first and word.lower() in vocab.NOT_ACTORS:
                continue  # "What's", "Here's": a contraction, no possessive
            # (A possessive opening a sentence is a name's: a common noun would take an
            # article, "The company's".)
            before_verb = first + 1 < len(tokens) and (
                tokens[first + 1].text == "," or (verb_at is not None
                                                  and verb_at(tokens, first + 1)))
            if _opening(tokens, first) and word not in written \
                    and not _possessive(tokens[first].text) and _common_word(word, before_verb):
                if last == first:
                    continue
                words = name.split(" ")
                if tokens[first + 1].lower in vocab.NAME_CONNECTORS and words[:2] == [
                        tokens[first].text, tokens[first + 1].text]:
                    # "Shares of Harbor Snacks jumped": the name is after the connector.
                    first += 2
                    name, titled = _strip_titles(words[2:])
            kept.append((first, last, name, titled))
        result.append(kept)
    return result


class ActorResolver:
    """Document-level memory: surnames point to full names, "he"/"she" to the last person."""

    def __init__(self, name_counts: Counter[str]) -> None:
        self.counts = name_counts
        self.by_surname: dict[str, str] = {}
        # A person's first word alone: a Chinese surname ("Wang Yi" ... "Wang said"), or a
        # first name the story goes on with.
        self.by_first_word: dict[str, str] = {}
        self.last_person: str | None = None

    def canonical(self, name: str, titled: bool) -> str:
        """The full name a mention denotes, its owner for a possessive ("Roper's lawyers"); a
        titled name, or one whose surname the story uses alone, is a person and becomes the
        referent of later "he"/"she" (an owner does not: "Slepian's death")."""
        owner = _without_possessive(name)
        possessive = owner != name
        name = owner
        words = name.split()
        if len(words) == 1 and name in self.by_surname:
            # "Mr. Litvack" after "Mark Litvack": the person named before.
            full = self.by_surname[name]
            if not possessive:
                self.last_person = full
            return full
        is_person = titled or (1 < len(words) <= 3 and self.counts[words[-1]] > 0)
        if is_person:
            self.by_surname[words[-1]] = name
            if titled and len(words) == 2 and "." not in words[0]:
                self.by_first_word.setdefault(words[0], name)
            if not possessive:
                self.last_person = name
            return name
        other = self.by_first_word.get(name)
        if other:
            if not possessive:
                self.last_person = other
            return other
        return name

    def pronoun(self, word: str) -> str | None:
        return self.last_person if word in vocab.PERSONAL_PRONOUNS else None

    def pronoun_among(self, words: Iterable[str]) -> str | None:
        """What ``pronoun`` resolves for any of ``words`` (lowercased), if one is a pronoun."""
        if self.last_person is None or vocab.PERSONAL_PRONOUNS.isdisjoint(words):
            return None
        return self.last_person

    def salient(self, name: str) -> bool:
        """Names worth listing as participants: people, and names the story repeats."""
        # (The count first: a dict lookup, where the people are a scan of all the story's.)
        return self.counts[name] >= 2 or name in self.by_surname.values()


def count_found_names(found: list[list[tuple[int, int, str, bool]]]) -> Counter[str]:
    """How often each (title-stripped) name occurs in the document, a possessive as its owner,
    from each sentence's ``names_in``."""
    return Counter(_without_possessive(name) for names in found for _, _, name, _ in names)
