"""Entity participation: where a target entity ("iPhone 4", "Steve Jobs") is mentioned in a story.

An entity is found by its name, by shorter aliases derived from the name by general rules (a
company without its generic head noun, a person by surname, a long name without its leading
modifier), by plurals and possessives, and by a pronoun of the right kind in a sentence that
follows a mention of it (he/his for a person, it/its for a thing). It takes part in an event
when it stands where an argument of the trigger stands: the speaker of a report, the subject
shortly before the verb, or the object shortly after it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newstimeline.events.actors import names_in
from newstimeline.events.task_triggers import is_event_noun
from newstimeline.models import Event
from newstimeline.text import Token, sentence_spans
from newstimeline.text import tokens as word_tokens

# Head nouns that name the kind of thing rather than the thing ("iTunes store" is also "iTunes").
GENERIC_HEADS: frozenset[str] = frozenset({
    "store", "shop", "service", "inc", "inc.", "corp", "corp.", "corporation", "company", "co",
    "co.", "ltd", "ltd.", "plc", "llc", "group", "line", "range", "brand", "label", "software",
})  # fmt: skip
PERSON_PRONOUNS: frozenset[str] = frozenset({"he", "him", "his", "she", "her"})
THING_PRONOUNS: frozenset[str] = frozenset({"it", "its"})
# How many words may stand between a participant and its trigger: before it (subject) or after
# it (object); further away, a mention is usually an argument of some other word.
SUBJECT_REACH = 6
OBJECT_REACH = 4
# Prepositions that, inside the object reach, put the mention in some other phrase ("expressed
# condolences for Jobs"); one right after the trigger still governs it ("fired from Apple").
PREPOSITIONS: frozenset[str] = frozenset({"for", "of", "with", "to", "from", "about", "on", "at",
                                          "in", "over", "against", "into"})
COORDINATORS: frozenset[str] = frozenset({"and", "but", "then", "or"})
# A relative clause's subject: the pronoun after the name (or its noun phrase, up to this many
# words and a comma), then up to this many words (auxiliaries, adverbs) before its verb; a verb
# coordinated with "and" in the clause shares the subject.
RELATIVE_PRONOUNS: frozenset[str] = frozenset({"which", "that", "who"})
RELATIVE_HEAD_REACH = 4
RELATIVE_VERB_REACH = 3
CLAUSE_MARKS: frozenset[str] = frozenset({",", ";", ":", '"', "“", "”", "(", ")"})
# Kind nouns a definite description uses for a thing ("the phone", "the store"): one that the
# name contains stands for it ("iPhone 4", "iTunes Store"); a gadget noun stands for any product.
KIND_NOUNS: frozenset[str] = frozenset({"phone", "store", "service", "player", "computer", "tablet",
                                        "label", "pad", "book", "watch", "tv"})
GADGET_NOUNS: frozenset[str] = frozenset({"device", "gadget", "product"})
NEW_WORDS: frozenset[str] = frozenset({"new", "newest", "latest"})
# The first words of a sentence, where its subject (the centre "it" refers to next) stands.
SUBJECT_WINDOW = 4
# First-person words, the marks that open someone's own words, the texts a person writes.
FIRST_PERSON: frozenset[str] = frozenset({"i", "me", "my", "myself", "mine"})
QUOTE_MARKS: frozenset[str] = frozenset({'"', "“", "”"})
VOICE_OPENERS: frozenset[str] = QUOTE_MARKS | {":"}
TEXT_NOUNS: frozenset[str] = frozenset({"email", "e-mail", "letter", "memo", "statement", "note",
                                        "message", "blog", "post", "speech", "words"})
# How many tokens a split model name may span ("3G version of its iPhone": 5).
SPLIT_REACH = 5
# Reporting verbs that news puts before their speaker ('..., said Mike Gikas').
INVERTING_VERBS: frozenset[str] = frozenset({"said", "says", "added", "adds", "noted", "notes",
                                             "wrote", "writes", "explained", "continued"})
# A person's pronoun refers back over this many sentences without another person named.
PERSON_PRONOUN_REACH_SENTENCES = 3
# A thing pronoun refers back only from near the start of its sentence (its subject position).
THING_PRONOUN_REACH = 3
# Endings that keep a token a mention of the name's last word ("iPods", "Apple's").
INFLECTIONS: tuple[str, ...] = ("", "s", "'s", "’s")


@dataclass(frozen=True, slots=True)
class EntityMention:
    """Tokens ``first..last`` (inclusive) of a sentence refer to the entity."""

    first: int
    last: int
    start: int
    """Character offsets of the mention in the document text."""
    end: int
    how: str
    """"name", "alias", "pronoun" or "description" ("the new phone")."""


def _product_name(name: str) -> bool:
    """A product's name: a word with an inner capital ("iPhone", "iTunes") or letters and digits
    ("3GS", "A4")."""
    return any(_product_word(w) for w in name.split())


def _product_word(word: str) -> bool:
    if len(word) < 2 or not word.isalnum() or not any(c.isalpha() for c in word):
        return False  # "Wi-Fi", "AT&T": not product names
    inner = any(c.isupper() for c in word[1:]) and any(c.islower() for c in word)
    return inner or any(c.isdigit() for c in word)


def _other_subject(tokens: Sequence[Token], mentions: Sequence[EntityMention]) -> bool:
    """Whether another product is named in the subject position of the sentence (its first
    words, where the entity is not): the new centre that "it" refers to next."""
    if any(m.first < SUBJECT_WINDOW for m in mentions):
        return False
    return any(_product_word(t.text) and not any(m.first <= i <= m.last for m in mentions)
               for i, t in enumerate(tokens[:SUBJECT_WINDOW]))


def _words(name: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in name.split())


def aliases(name: str) -> list[tuple[str, ...]]:
    """The name and its general shortenings, longest first (lowercased word tuples)."""
    words = _words(name)
    written = name.split()
    found: list[tuple[str, ...]] = [words]
    if len(words) >= 2 and words[-1].rstrip(".") in GENERIC_HEADS:
        found.append(words[:-1])  # "General Motors Corp." → "General Motors"
    # "Beatles Apple Corps" → "Apple Corps"; not "Bank of America" → "of America".
    elif len(words) == 3 and all(w[:1].isupper() for w in written[1:]):
        found.append(words[1:])
    return list(dict.fromkeys(found))


def _looks_like_person(name: str) -> bool:
    """Two or three capitalized words, none with inner capitals ("PowerPC" is a product)."""
    parts = name.split()
    return 2 <= len(parts) <= 3 and all(
        p[:1].isupper() and p.isalpha() and (p[1:].islower() or p.startswith(("Mc", "Mac", "O'")))
        for p in parts)


def _used_alone(tokens: Sequence[Token], word: str, name_words: Sequence[str]) -> bool:
    """Whether ``word`` of a name stands alone somewhere in a sentence ("Jobs said", "Steve
    announced"), not next to another word of the name or another capitalized word."""
    for i, token in enumerate(tokens):
        if token.lower != word:
            continue
        before = tokens[i - 1] if i > 0 else None
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        if before is not None and (before.text[:1].isupper() or before.lower in name_words):
            continue
        if after is not None and (after.text[:1].isupper() or after.lower in name_words):
            continue
        return True
    return False


def _people(document_sentences: Sequence[Sequence[Token]]) -> set[str]:
    """Two- or three-word names of the story whose surname it also uses alone: its people.

    Not a person: a name with a word the story also writes in lower case ("Walt Disney Company",
    "Current PowerPC"), or one whose first word opens several names ("Apple Macintosh", "Apple
    Computer": a company's products and parts).
    """
    lowercase = {t.text for tokens in document_sentences for t in tokens if t.text.islower()}
    names = {name for tokens in document_sentences for _, _, name, _ in names_in(list(tokens))}
    openers: dict[str, int] = {}
    for name in names:
        if len(name.split()) > 1:
            openers[name.split()[0]] = openers.get(name.split()[0], 0) + 1
    candidates = {name for name in names if _looks_like_person(name)
                  and not any(w.lower() in lowercase for w in name.split())
                  and openers.get(name.split()[0], 0) < 2}
    return {name for name in candidates
            if any(_used_alone(t, name.split()[-1].lower(), _words(name)) for t in document_sentences)}


def longer_names(name: str, documents: Sequence[Sequence[Sequence[Token]]]) -> frozenset[str]:
    """Words that, written capitalized right after the name somewhere in the collection, make a
    longer name of another entity ("iPod Nano", "iPod Touch"): "iPod nano" is that one too."""
    words = _words(name)
    n = len(words)
    found: set[str] = set()
    for sentences in documents:
        for tokens in sentences:
            for i in range(len(tokens) - n):
                following = tokens[i + n].text
                if following[:1].isupper() and following.isalpha() and following != "I" and all(
                        tokens[i + k].lower == words[k] for k in range(n)):
                    found.add(following.lower())
    return frozenset(found)


def is_person(name: str, documents: Sequence[Sequence[Sequence[Token]]]) -> bool:
    """Whether ``name`` is a person's: capitalized words whose surname some story uses alone."""
    words = _words(name)
    return _looks_like_person(name) and any(
        _used_alone(tokens, words[-1], words) for sentences in documents for tokens in sentences)


class EntityMatcher:
    """Finds one entity in the sentences of one document, remembering its last mention."""

    def __init__(self, name: str, document_sentences: Sequence[Sequence[Token]],
                 person: bool | None = None, longer: frozenset[str] | None = None) -> None:
        self.name = name
        # Words that extend the name into another entity's, found over the collection if given.
        self.longer = longer_names(name, [document_sentences]) if longer is None else longer
        self.forms = aliases(name)
        words = _words(name)
        people = _people(document_sentences)
        # A person is a two- or three-word capitalized name whose surname the story uses alone
        # (``person`` may carry that decision over from the other stories of a collection); its
        # first name is an alias too when the story uses that alone ("Steve announced").
        self.person = is_person(name, [document_sentences]) if person is None else person
        if self.person:
            self.forms.append((words[-1],))
            if any(_used_alone(tokens, words[0], words) for tokens in document_sentences):
                self.forms.append((words[0],))
        elif len(words) == 2:
            self.forms.append((words[1], words[0]))  # "iPhone 3G" is also "the 3G iPhone"
        # A model name ("iPhone 3G": every word has a letter, one a digit) may be split by a
        # short phrase: "a 3G version of its iPhone device".
        self.splittable = not self.person and len(words) >= 2 and all(
            any(c.isalpha() for c in w) for w in words) and any(c.isdigit() for c in "".join(words))
        self.other_people = {_words(p) for p in people} - {words}
        self.forms.sort(key=len, reverse=True)
        self._since_mention: int | None = None
        self._voice = False  # inside the person's own words (a quotation or text over sentences)

    def _match_at(self, tokens: Sequence[Token], i: int) -> int:
        """Length of the longest form starting at token ``i`` (0 when none)."""
        for form in self.forms:
            n = len(form)
            if i + n > len(tokens):
                continue
            last = tokens[i + n - 1].text.replace("’", "'")
            # Endings are matched as written: "iPods", "iPhone 4s" (plural), but "4S" is a model.
            endings = INFLECTIONS
            if all(tokens[i + k].lower == form[k] for k in range(n - 1)) and any(
                    last.lower() == form[-1] + end and last[len(last) - len(end):] == end
                    for end in endings):
                return n
        return 0

    def _extended(self, tokens: Sequence[Token], after: int, name: Sequence[str]) -> bool:
        """Whether the match runs on into a longer proper name (a capitalized word follows, or
        one the collection writes capitalized after the name: "iPod nano") that is not just the
        entity's own name spelled out ("iTunes Music Store" is "iTunes store")."""
        if after >= len(tokens):
            return False
        following = tokens[after].text
        if any(t.lower in name for t in tokens[after:after + 2]):
            return False
        if following.lower() in self.longer:
            return True
        return following[:1].isupper() and following.isalpha() and following != "I"

    def _split_at(self, tokens: Sequence[Token], i: int) -> int:
        """Length of a split model name starting at token ``i`` ("3G version of its iPhone"), or 0:
        every word of the name within ``SPLIT_REACH`` tokens, no punctuation between."""
        words = _words(self.name)
        if not self.splittable or tokens[i].lower not in words:
            return 0
        wanted = set(words) - {tokens[i].lower}
        for k in range(i + 1, min(len(tokens), i + SPLIT_REACH)):
            if not tokens[k].text[:1].isalnum():
                return 0
            wanted.discard(tokens[k].lower)
            if not wanted:
                return k - i + 1
        return 0

    def named_in(self, tokens: Sequence[Token]) -> bool:
        """Whether the name or an alias occurs in ``tokens`` (no pronouns, no memory)."""
        return any(self._match_at(tokens, i) or self._split_at(tokens, i) for i in range(len(tokens)))

    def mentions(self, tokens: Sequence[Token]) -> list[EntityMention]:
        """Mentions of the entity in the next sentence of the document (call in text order)."""
        found = self._third_person(tokens)
        if self.person:
            found = sorted(found + self._first_person(tokens, found), key=lambda m: m.start)
        return found

    def _first_person(self, tokens: Sequence[Token], found: Sequence[EntityMention]) -> list[EntityMention]:
        """"I", "me", "my" in the person's own words: a quotation or a text ("Jobs's email,
        which reads: ...") that the person as subject or author introduces, over the following
        sentences while they speak in the first person and the quotation stays open."""
        start, close = 0, len(tokens)
        if not self._voice:
            intro = next((k for k, t in enumerate(tokens) if t.text in VOICE_OPENERS
                          and any(m.last < k and m.how in {"name", "alias"} for m in found)), None)
            if intro is None or not self._introduces(tokens, found, intro):
                return []
            start = intro + 1
            if tokens[intro].text == ":" and start < len(tokens) and tokens[start].text in QUOTE_MARKS:
                start += 1  # 'a statement: " I will ...': the quotation opens after the colon
        quote = next((k for k in range(start, len(tokens)) if tokens[k].text in QUOTE_MARKS), None)
        if quote is not None:
            close = quote
        own = [EntityMention(k, k, tokens[k].start, tokens[k].end, "pronoun")
               for k in range(start, close) if tokens[k].lower in FIRST_PERSON]
        # The voice goes on past this sentence while no quotation mark closes it and it still
        # speaks in the first person.
        self._voice = quote is None and bool(own)
        return own

    def _introduces(self, tokens: Sequence[Token], found: Sequence[EntityMention], intro: int) -> bool:
        """Whether the entity introduces the words after token ``intro``: as the subject (named
        first, no other person before) or as the author of a text ("Jobs's email, which reads:")."""
        first = next(m for m in found if m.how in {"name", "alias"})
        if self._names_other_person(tokens[:first.first]):
            return False
        if first.first <= SUBJECT_WINDOW and all(t.text[:1].isupper() for t in tokens[:first.first]):
            return True  # "Jobs resigned ... stating, "", "Apple CEO Steve Jobs said: """
        following = tokens[first.last + 1:first.last + 3]
        return any(t.lower in TEXT_NOUNS for t in following)

    def _third_person(self, tokens: Sequence[Token]) -> list[EntityMention]:
        found: list[EntityMention] = []
        i = 0
        while i < len(tokens):
            n = self._match_at(tokens, i) or self._split_at(tokens, i)
            if n and self._extended(tokens, i + n, self.forms[0]):
                i += n  # "iPod Nano", "iPhone 4 Bumper": a longer name, another entity
                continue
            if n:
                how = "name" if n == len(self.forms[0]) and n == len(_words(self.name)) else "alias"
                found.append(EntityMention(i, i + n - 1, tokens[i].start, tokens[i + n - 1].end, how))
                i += n
                continue
            i += 1
        if found:
            live = self._live
            if live:  # "He left ..., the same move made in Jobs' last absences"
                found = [m for m in self._pronouns(tokens) if m.end <= found[0].start] + found
            if self.person and found[0].how != "pronoun" and self._other_subject_person(
                    tokens[:found[0].first], live):
                # "Richard Doherty attributes Steve Jobs' success ...": the subject, not the
                # entity, is who "he" is next.
                self._since_mention = None
                return found
            if not self.person:
                found = sorted(found + self._possessives(tokens, found), key=lambda m: m.start)
            # Another product as the subject takes "it" and "the phone" next ("The newest
            # iPhone, iPhone 4 was ...": a description of the entity is not another product).
            self._since_mention = None if not self.person and _other_subject(
                tokens, [*found, *self._descriptions(tokens)]) else 0
            return found
        if self.person and self._names_other_person(tokens):
            self._since_mention = None  # another person now takes "he" and "she"
            return found
        if self.person:
            if self._live:
                found.extend(self._pronouns(tokens))
        elif self._live:
            # Before another product is named ("It replaces the iPhone 3GS"), "it" and "the
            # phone" are still the entity; after it, that product takes them.
            referring = sorted(self._descriptions(tokens) + self._pronouns(tokens),
                               key=lambda m: m.start)
            if _other_subject(tokens, referring):
                self._since_mention = None  # "The iPhone 3GS sold well": it takes "it" now
                return found
            found.extend(referring)
        self._since_mention = 0 if found else (
            None if self._since_mention is None else self._since_mention + 1)
        return found

    @property
    def _live(self) -> bool:
        """Whether a pronoun here may still refer back to the entity."""
        reach = PERSON_PRONOUN_REACH_SENTENCES if self.person else 1
        return self._since_mention is not None and self._since_mention < reach

    def _other_subject_person(self, before: Sequence[Token], live: bool) -> bool:
        """Whether the words before the entity's first mention name another person, or start
        with "he"/"she" that is not the entity: the sentence's subject is someone else."""
        if self._names_other_person(before):
            return True
        return not live and any(t.lower in {"he", "she"} for t in before[:THING_PRONOUN_REACH])

    def _names_other_person(self, tokens: Sequence[Token]) -> bool:
        """Whether the sentence names another person of the story, in full or by surname."""
        surnames = {p[-1] for p in self.other_people}
        return any(t.lower in surnames and t.text[:1].isupper() for t in tokens)

    def _descriptions(self, tokens: Sequence[Token]) -> list[EntityMention]:
        """Definite descriptions of the thing just named: "the (new) phone" for "iPhone 4" (a
        kind noun its name contains), "the store" for "iTunes Store", "the device" for any
        product, "the new iPhone" for a model of the iPhone."""
        words = _words(self.name)
        kinds = {k for k in KIND_NOUNS if any(k in w for w in words)}
        if _product_name(self.name):
            kinds |= GADGET_NOUNS
        if len(words) == 2 and _product_name(self.name.split()[0]):
            kinds.add(words[0])  # "the new iPhone" (a model of the iPhone told just before)
        found: list[EntityMention] = []
        for i, token in enumerate(tokens):
            if token.lower != "the":
                continue
            k = i + 2 if i + 2 < len(tokens) and tokens[i + 1].lower in NEW_WORDS else i + 1
            if k >= len(tokens):
                continue
            head = tokens[k].lower
            for end in ("'s", "’s"):
                head = head.removesuffix(end)
            if head not in kinds or (head == words[0] and k == i + 1):
                continue  # the bare base ("the iPhone") may be the original model
            following = tokens[k + 1].text if k + 1 < len(tokens) else ""
            if following[:1].isupper() or following[:1].isdigit():
                continue  # "the phone company X", "the iPhone 3GS": something else
            found.append(EntityMention(i, k, token.start, tokens[k].end, "description"))
        return found

    @staticmethod
    def _possessives(tokens: Sequence[Token], named: Sequence[EntityMention]) -> list[EntityMention]:
        """"its" in a sentence that names the thing, when no other name stands between them:
        after the name ("the iTunes store since its launch") or opening the sentence before any
        name ("Five years after its launch, Apple Computer's iTunes ...")."""
        found: list[EntityMention] = []
        first = named[0].first
        for i, token in enumerate(tokens):
            if token.lower != "its" or any(m.first <= i <= m.last for m in named) \
                    or i + 1 >= len(tokens) or not is_event_noun(tokens[i + 1].text):
                continue
            if i < first:
                others = [t for t in tokens[:i] if t.text[:1].isupper()]
                if others and not (len(others) == 1 and others[0] is tokens[0]):
                    continue
            else:
                last = max((m.last for m in named if m.last < i), default=-1)
                if any(t.text[:1].isupper() for t in tokens[last + 1:i]):
                    continue
            found.append(EntityMention(i, i, token.start, token.end, "pronoun"))
        return found

    def _pronouns(self, tokens: Sequence[Token]) -> list[EntityMention]:
        if self.person:
            return [EntityMention(i, i, t.start, t.end, "pronoun") for i, t in enumerate(tokens)
                    if t.lower in PERSON_PRONOUNS]
        return [EntityMention(i, i, t.start, t.end, "pronoun")
                for i, t in enumerate(tokens[:THING_PRONOUN_REACH])
                if t.lower in THING_PRONOUNS and not _expletive(tokens, i)]


# Verbs after which "it" stands for a clause to come ("It appears that", "It was announced that").
EXPLETIVE_VERBS: frozenset[str] = frozenset({"is", "was", "seems", "seemed", "appears", "appeared",
                                             "has", "had", "will", "would"})
EXPLETIVE_REACH = 4


def _expletive(tokens: Sequence[Token], i: int) -> bool:
    """Whether "it" at ``i`` is expletive: a verb of being or seeming, then "that" shortly after."""
    if tokens[i].lower != "it" or i + 1 >= len(tokens) or tokens[i + 1].lower not in EXPLETIVE_VERBS:
        return False
    return any(t.lower == "that" for t in tokens[i + 2:i + 2 + EXPLETIVE_REACH])


def takes_part(event: Event, mentions: Sequence[EntityMention], matcher: EntityMatcher,
               text: str) -> bool:
    """Whether the entity is a participant: the speaker of a report, else named in the event's
    clause (its summary) or among its actors, or referred to there by a pronoun, and standing
    where an argument of the trigger stands."""
    if not mentions:
        return False
    actors = [word_tokens(actor) for actor in event.actors]
    if event.event_class == "REPORTING":
        if _speaker_follows(event, text):  # '..., as it has for iPhone 4, said Mike Gikas'
            return any(_inverted_speaker(event, m, text) for m in mentions)
        return ((bool(actors) and matcher.named_in(actors[0])) or _pronoun_before(event, mentions)
                or any(_subject(event, m, text) or _inverted_speaker(event, m, text) for m in mentions))
    if any(_relative_subject(event, m, text) for m in mentions):
        return True
    if _coordinated(event, text):  # the subject of "..., but dismissed" stands outside its clause
        return any(_argument(event, m, text) for m in mentions)
    in_clause = any(matcher.named_in(a) for a in actors) or matcher.named_in(word_tokens(event.summary))
    if not in_clause:
        pronouns = {text[m.start:m.end].lower() for m in mentions if m.how == "pronoun"}
        in_clause = any(t.lower in pronouns for t in word_tokens(event.summary)) or any(
            text[m.start:m.end].lower() in event.summary.lower()
            for m in mentions if m.how == "description")
    return in_clause and any(_argument(event, m, text) for m in mentions)


def _relative_subject(event: Event, mention: EntityMention, text: str) -> bool:
    """The mention is the subject of a relative clause the trigger heads: "an iPod portable music
    player, which is made by Apple ... and marketed", "the iTunes store, which sells music"."""
    if mention.how == "pronoun" or mention.end > event.trigger.start \
            or text[mention.start:mention.end].replace("’", "'").endswith(("'s", "s'")):
        return False  # "Jobs's email, which reads": the email is the subject
    between = word_tokens(text, mention.end, event.trigger.start)
    r = next((i for i, t in enumerate(between) if t.lower in RELATIVE_PRONOUNS), None)
    if r is None or r > RELATIVE_HEAD_REACH or (r > 0 and between[r - 1].text != ","):
        return False  # the pronoun must follow the name or its noun phrase and a comma
    if any(not t.text.islower() and t.text != "," for t in between[:r]):
        return False
    after = between[r + 1:]
    if any(t.lower in RELATIVE_PRONOUNS or t.text in CLAUSE_MARKS for t in after):
        return False
    return len(after) <= RELATIVE_VERB_REACH or after[-1].lower == "and"


def _subject(event: Event, mention: EntityMention, text: str) -> bool:
    """The mention is the trigger's subject: shortly before it (an apposition aside), or anywhere
    before a coordinated verb ("Jobs acknowledged ..., but dismissed"), with no other name
    between."""
    if mention.end > event.trigger.start:
        return False
    between = _without_apposition(word_tokens(text, mention.end, event.trigger.start))
    if any(t.text[:1].isupper() and t.text.isalpha() for t in between):
        return False
    coordinated = bool(between) and between[-1].lower in COORDINATORS
    return coordinated or len(between) <= SUBJECT_REACH


def _coordinated(event: Event, text: str) -> bool:
    """Whether the trigger follows "and"/"but": a verb sharing an earlier subject."""
    before = word_tokens(text, max(0, event.trigger.start - 12), event.trigger.start)
    return bool(before) and before[-1].lower in COORDINATORS


def _speaker_follows(event: Event, text: str) -> bool:
    """Whether a reporting verb after a comma or quotation has its speaker right after it
    ('..., said Mike Gikas of Consumer Reports'): what stands before is what was said."""
    if event.trigger.text.lower() not in INVERTING_VERBS:
        return False  # "Jobs, the CEO, announced Apple's plans": no inversion
    before = text[max(0, event.trigger.start - 3):event.trigger.start]
    after = word_tokens(text, event.trigger.end, min(len(text), event.trigger.end + 40))
    return any(c in before for c in ',"”') and bool(after) and after[0].text[:1].isupper() \
        and after[0].text != "I"


def _inverted_speaker(event: Event, mention: EntityMention, text: str) -> bool:
    """'"...," said Apple CEO Steve Jobs': a name right after a reporting verb that follows
    the quotation."""
    if mention.how == "pronoun" or mention.start < event.trigger.end:
        return False
    before = text[max(0, event.trigger.start - 3):event.trigger.start]
    return any(c in before for c in ',"”') and len(
        word_tokens(text, event.trigger.end, mention.start)) <= OBJECT_REACH


def _argument(event: Event, mention: EntityMention, text: str) -> bool:
    """Whether a mention stands where an argument of the trigger stands: its subject, or shortly
    after it and not inside a later prepositional phrase (its object)."""
    if _possessive(mention, text) and not is_event_noun(event.trigger.text):
        return False  # "said Jobs's health has", "demoed the device's gyroscope": the possessed
    if mention.end <= event.trigger.start:
        return _subject(event, mention, text)
    if mention.start >= event.trigger.end:
        between = word_tokens(text, event.trigger.end, mention.start)
        return len(between) <= OBJECT_REACH and not any(t.lower in PREPOSITIONS for t in between[1:])
    return False


def _possessive(mention: EntityMention, text: str) -> bool:
    """Whether a name mention is a possessor ("Jobs's", "Jobs'", "the device's")."""
    if mention.how == "pronoun":
        return False
    own = text[mention.start:mention.end].replace("’", "'")
    after = text[mention.end:mention.end + 2].replace("’", "'")
    return own.endswith("'s") or after.startswith("'s") or (after[:1] == "'" and own.endswith("s"))


def _without_apposition(between: list[Token]) -> list[Token]:
    """Words between a subject and its verb minus an apposition set off by commas ("Jobs, born
    in San Francisco on February 24, 1955, has built")."""
    commas = [i for i, t in enumerate(between) if t.text == ","]
    if len(commas) >= 2 and commas[0] == 0:
        return between[:commas[0]] + between[commas[-1] + 1:]
    return between


def _pronoun_before(event: Event, mentions: Sequence[EntityMention]) -> bool:
    return any(m.how in {"pronoun", "description"} and m.end <= event.trigger.start
               for m in mentions)


def keep_entity_events(text: str, events: Sequence[Event], entity: str) -> list[Event]:
    """The events of one document (its ``text``) in which ``entity`` takes part."""
    spans = sentence_spans(text)
    sentence_tokens = [word_tokens(text, start, end) for start, end in spans]
    matcher = EntityMatcher(entity, sentence_tokens)
    found = [m for toks in sentence_tokens for m in matcher.mentions(toks)]
    kept: list[Event] = []
    for event in events:
        mentions = [m for m in found if event.sentence.start <= m.start < event.sentence.end]
        if takes_part(event, mentions, matcher, text):
            kept.append(event)
    return kept
