"""Ordering: events sorted by their interval; ties by relation, then text order.

An event before a date sorts ahead of events on that date, an event after it behind them. An
undated event keeps its place among its neighbours in the text: it sorts with the event told
just before it in the same document (news tells events near the ones they relate to). Inside a
sentence, a word that puts an event first ("after", "because") outranks a weak date (carried
from an earlier sentence, read from a tense or a convention, or borrowed), not a time
expression of the event's own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import NamedTuple

from newstimeline.events.mentions import ends_in_s
from newstimeline.events.order_vocabulary import (
    AFTER_A_COMMAND,
    AGENT_ENDS,
    AHEAD_ADJECTIVES,
    AMOUNT_WORDS,
    ATTRIBUTING,
    BEFORE_A_PEOPLE,
    BEFORE_AND_AFTER,
    BETWEEN_MODAL_AND_VERB,
    BETWEEN_RELATIVE_AND_VERB,
    BLAME_STEMS,
    CAPACITY_NOUNS,
    CAUSE_WORDS,
    CHARGE_PAIRS,
    CLAIMING_GERUNDS,
    CLAUSE_CAUSE_ENDS,
    CLAUSE_CAUSE_PAIRS,
    CLAUSE_CAUSES,
    CLAUSE_ORDER_WORDS,
    CLAUSE_SUBJECTS,
    COMPLEMENT_VERBS,
    CONDITIONALS,
    CONJUNCTIONS,
    CONTINUING_VERBS,
    COORDINATORS,
    DESCRIBING_RELATIVES,
    DURING_WORDS,
    ENDING_VERBS,
    FINDING_VERBS,
    FINDING_VERBS_THAT,
    FORWARD_MODALS,
    GOING_PROGRESSIVES,
    LASTING_ADJECTIVES,
    LASTING_ENDINGS,
    MEANS,
    MEASURES,
    MOVED_ON,
    NO_HINT_PAIRS,
    NOT_A_CLAUSE,
    NOT_IN_OBJECTS,
    NOT_NOUNS,
    OBJECT_LINKS,
    OBJECT_PRONOUNS,
    OPENING_EARLIER,
    PARTICLES,
    PASSIVE_RELATIVES,
    PAST_PASSIVE_BE,
    PERFECT_CLAUSE_OPENERS,
    PHRASE_WORDS,
    PLANNED_LINKS,
    PLANNED_PASSIVES,
    PLANNING_VERBS,
    PRESUPPOSING_NOUNS,
    PRESUPPOSING_VERBS,
    PREVENTING,
    PUBLISHED_PARTICIPLES,
    PURPOSE_NOUNS,
    QUANTITY_COMPARATIVES,
    QUOTE_CLOSERS,
    QUOTE_OPENERS,
    QUOTING_VERBS,
    RANGE_ENDS,
    SUCCESSION_PASSIVES,
    TIME_NOUNS,
    UNTIL,
    VERB_BEFORE,
    WHETHER_WORDS,
    WOULD_OR_WILL,
)
from newstimeline.events.vocabulary import (
    ADVERBS_BETWEEN,
    CLAUSE_BREAK_MARKS,
    CLAUSE_REPORTING_VERBS,
    CONTRACTED_BE,
    DETERMINERS,
    EARLIER_ADVERBS,
    FORMS_OF_BE,
    FORMS_OF_HAVE,
    FUTURE_MODALS,
    INCIDENT_NOUNS,
    IRREALIS_MODALS,
    IRREGULAR_PAST,
    NEGATIONS,
    NOT_VERBS_ED,
    OCCASION_PREPOSITIONS,
    ORDER_HINT_PAIRS,
    ORDER_HINT_WORDS,
    QUOTE_TOKENS,
    REDUCED_RELATIVE_NEXT,
    RELATIVE_PRONOUNS,
    REPORTING_VERBS,
    SUBORDINATORS,
    WHO_RELATIVES,
)
from newstimeline.models import Event
from newstimeline.text import STATES, Token, next_word, tokens

_FAR_FUTURE = dt.date.max
# Where an event stands among events on the same date: before it, on it, after it.
_RELATION_RANK = {"before": 0, "on": 1, "after": 2, "undated": 1}

SortKey = tuple[dt.date, int, dt.date]
# How far before its trigger an ordering word may stand ("after the two sides met").
HINT_REACH = 6
# The hint of a cause or what set an event off ("hurt by high costs", "due to the strike", "as
# a result of the bombings", "died when their boat sank"): before the other negative hints of
# its sentence ("had been affected by the blasts", "who died ... when their boat sank"), not
# date-wide as -2 is. Not "from": also a place of origin ("the plane she had flown in from
# Washington"); not "since", "following": measured, they lose pairs.
CAUSE_HINT = -3
# The hint of the source of a cause ("offset by a gain from the sale"): before the cause.
SOURCE_HINT = CAUSE_HINT - 1
# How many words before its "to" a verb of ATTRIBUTING may stand.
ATTRIBUTION_REACH = 8
# How many words before its "of" a charge may stand ("convicted in state court of").
ACCUSED_REACH = 5
# An earlier-adverb among the first words of its sentence opens it ("But initially, ...").
OPENING_ADVERB_WORDS = 2
# A "then" among the first words of its sentence opens it ("Then the government stopped").
THEN_OPENING = 4
# How far before "as saying" its quoting verb may stand ("quoted an Iraqi official in Baghdad as").
QUOTE_REACH = 12
SORTING_BASES = frozenset({"expression", "reporting", "discourse", "tense"})


def _own_key(event: Event, words: Sequence[Token] | None = None) -> SortKey | None:
    """The event's own time key, None when it has none (it borrows a neighbour's); ``words``:
    the words before its trigger in its sentence, when already read."""
    time = event.time
    if time.basis not in SORTING_BASES or (time.earliest is None and time.latest is None):
        return None
    if time.likely_day is not None:
        # An undated report sorts on the story's day, its usual day, after what it reports.
        if event.tense == "none" and time.basis == "reporting":
            # The convention dates a finite report ("the ministry said"), not a noun or a
            # gerund ("since the announcement", "..., saying"): it sorts with its neighbours.
            return None
        if event.event_class == "REPORTING" and _is_perfect(
                _words_before(event) if words is None else words):
            # "Reno has said", "they had said": a perfect tells of a saying before the story's
            # time, so it sorts before the events of its day.
            return time.likely_day, _RELATION_RANK["before"], time.likely_day
        return time.likely_day, _RELATION_RANK[time.relation], time.likely_day
    # An open-started range sorts by its known end, an open-ended one by its known start.
    anchor = (time.latest or time.earliest) if time.relation == "before" else (time.earliest or time.latest)
    assert anchor is not None
    return anchor, _RELATION_RANK[time.relation], time.latest or time.earliest or anchor


def _is_perfect(words: Sequence[Token]) -> bool:
    """Whether the words before a verb end in a perfect's auxiliary ("has said", "had
    already told", "had been talking")."""
    for word in reversed(words[-4:]):
        if word.lower in FORMS_OF_HAVE:
            return True
        if word.lower not in ADVERBS_BETWEEN and word.lower != "been":
            return False
    return False


def _open_end(event: Event) -> dt.date | None:
    """The known end of a range the tense alone gives ("has sold", "fled": some time up to the
    story's date), else None."""
    time = event.time
    if time.basis == "tense" and time.earliest is None and time.latest is not None:
        return time.latest
    return None


# The words before the last trigger read: its sentence's text, the words, where they stop.
# Events come in text order, so the next trigger of the same sentence reads only the words
# between the two triggers.
_last_read: list[tuple[str, list[Token], int]] = [("", [], 0)]


def _words_before(event: Event) -> list[Token]:
    """The words of the event's sentence before its trigger."""
    sentence = event.sentence
    text = sentence.text
    offset = max(0, event.trigger.start - sentence.start)
    last_text, words, stop = _last_read[0]
    if (last_text == text and stop <= offset
            and (stop == 0 or stop >= len(text) or text[stop - 1].isspace() or text[stop].isspace())):
        # No word runs across where the last read stopped: the words after it extend the list.
        if stop < offset:
            words = words + tokens(text, stop, offset)
    else:
        words = tokens(text, 0, offset)
    _last_read[0] = (text, words, offset)
    return words


def _word_after(event: Event) -> str | None:
    """The word or mark right after the event's trigger in its sentence (None at its end)."""
    return next_word(event.sentence.text, event.trigger.end - event.sentence.start)


def _breaks(words: Sequence[Token], i: int) -> bool:
    """Whether ``words[i]`` ends a clause: a comma, semicolon or colon, but not a comma that sets
    off a state after its city ("the Farmington, N.M., carrier") or a year after its day ("an
    Aug. 10, 1988, agreement"): those belong to one noun phrase."""
    if words[i].text not in CLAUSE_BREAK_MARKS:
        return False
    if words[i].text != ",":
        return True
    return not (_opens_apposition(words, i) or _closes_apposition(words, i))


def _opens_apposition(words: Sequence[Token], i: int) -> bool:
    """Whether the comma ``words[i]`` stands between a city and its state, or a day and its year."""
    if i == 0 or i + 1 >= len(words):
        return False
    before, after = words[i - 1], words[i + 1]
    # A state's abbreviation as ``tokens`` reads it ("N.M", "Ariz"); a year ("1988").
    if before.text[:1].isupper() and before.text.isalpha() and after.text in STATES:
        return True
    return before.text.isdigit() and len(before.text) <= 2 and len(after.text) == 4 \
        and after.text.isdigit()


def _closes_apposition(words: Sequence[Token], i: int) -> bool:
    """Whether the comma ``words[i]`` closes a state after its city or a year after its day."""
    at = i - 1
    if at >= 0 and words[at].text == ".":
        at -= 1
    if at < 1 or words[at - 1].text != ",":
        return False
    return _opens_apposition(words, at - 1)


# How many words before its "from" a verb of PREVENTING may stand.
PREVENT_REACH = 7


def _prevents(words: Sequence[Token]) -> bool:
    """Whether one of these words keeps someone from doing something (``PREVENTING``)."""
    return any(w.lower.startswith(PREVENTING) for w in words)


# How many words after "from" one of RANGE_ENDS may stand.
RANGE_REACH = 3


def _pair_hint(word: str, after: str) -> int:
    """The hint of a word with the word after it ("accused of", "charged with"), else 0."""
    return ORDER_HINT_PAIRS.get((word, after), 0) or CHARGE_PAIRS.get((word, after), 0)


def order_hint(event: Event, words: Sequence[Token] | None = None) -> int:
    """-1 when the sentence puts the event before its neighbours ("earlier", "in response to"),
    +1 when after them ("before the vote" makes the vote later, "then"), else 0; -2 when it sorts
    before every event of its date, in any sentence: after "after" or "because" (-2 in
    `ORDER_HINT_WORDS`), or an adverb before it in its sentence that sets it before the story's
    time ("Merieux previously said", "Initially, the company said", "A day earlier, trucks
    streamed north"); `CAUSE_HINT` (-3) after a cause word ("affected by the blasts"), so it
    sorts before the other -1 events of its sentence, and ``SOURCE_HINT`` (-4) after "from"
    inside a cause's phrase ("offset by a gain from the sale"). "By" counts as a cause except for an
    infinitive ("an attempt by his relatives to block") and after a passive of succession ("be
    followed by": +1)."""
    if words is None:
        words = _words_before(event)
    prefix = event.sentence.text[:max(0, event.trigger.start - event.sentence.start)].lower()
    # A substring test first: the adverbs are rare, and most sentences need no word-by-word look.
    if any(adverb in prefix for adverb in EARLIER_ADVERBS) and _earlier_adverb(words):
        return -2
    if "," in prefix and OPENING_EARLIER.fullmatch(prefix.split(",", 1)[0].strip()):
        # A sentence opened by "Earlier," "A day earlier," or "Earlier Friday," tells of what
        # came before (not "Earlier this week,": a span of its own; not "from $4 million a year earlier,": the
        # base of a comparison at the end of a clause).
        return -2
    if _wished_passive(event, words):
        # "demanding that Elian be returned", "calls for his boy to be returned": after the
        # demand, as after "before".
        return 1
    if _published_after(event, words):
        # "wrote in a letter published on the front page": published after the writing.
        return 1
    if ((event.tense == "present" and _subordinate_perfect(event, words))
            or _embedded_past(event, words)
            or (event.event_class == "REPORTING" and _quoted_saying(words))):
        return -1
    after = ""  # the word after the one looked at
    reach = words[-HINT_REACH:]
    for back, token in enumerate(reversed(reach), 1):
        word = token.lower
        if token.text in CLAUSE_BREAK_MARKS and _breaks(words, len(words) - back):
            if _closes_relative(words, len(words) - back):
                # The clause goes on past a relative clause set off by commas.
                return _clause_hint(event.sentence.text, words)
            return 0
        if back == 1 and word == "and" and _untensed_verb(event):
            # "asked them to end the battle after the ruling and allow him to return": a verb
            # after "and" opens a phrase of its own, out of the ordering word's reach.
            return 0
        hint = ORDER_HINT_WORDS.get(word, 0) or _pair_hint(word, after)
        if (word, after) in NO_HINT_PAIRS:
            hint = 0
        if word == "to" and not ATTRIBUTING.isdisjoint(
                w.lower for w in words[max(0, len(words) - back - ATTRIBUTION_REACH):len(words) - back]):
            # "attributed the gain to improved results": what a result is put down to came first.
            return CAUSE_HINT
        if word in PHRASE_WORDS and not hint:
            phrase = _phrase_hint(event, words, word, back)
            if phrase:
                return phrase
        if not hint:
            after = word
            continue
        if word == "from" and (after if back > 1 else event.trigger.text.lower()).endswith(
                "ing") and _prevents(words[max(0, len(words) - back - PREVENT_REACH):len(words) - back]):
            # "help prevent its enemies from trying to block the return", "won't let anyone
            # intimidate him from doing": what is kept from happening is no source, not earlier.
            return 0
        if word == "from" and back > 2 and not RANGE_ENDS.isdisjoint(
                w.lower for w in words[len(words) - back + 1:len(words) - back + 1 + RANGE_REACH]):
            # "will move from deficit into surplus", "rose from $4 to $5": a range, no source.
            return 0
        if word in BEFORE_AND_AFTER and back + 2 <= len(words) and (
                words[-back - 1].lower in COORDINATORS
                and words[-back - 2].lower in BEFORE_AND_AFTER):
            # "had spoken to the father both before and after the mother perished": the two
            # words cancel, neither orders the event.
            return 0
        if word in UNTIL and _negated_before(words[:len(words) - back]):
            # "couldn't estimate the charge until they determine": what a negated clause waits
            # for comes first.
            return -1
        if word == "then" and len(words) - back < THEN_OPENING:
            # "Then she handed a flag to the Marines and toured the site", "Bush then sent
            # troops, saying ...": a "then" opening its sentence follows the sentence before,
            # not the events of its own sentence.
            return 0
        if word == "by":
            if back > 1 and after in MEANS:
                # "talked by telephone and the Miami relatives went back": a means, no cause.
                return 0
            if (back + 1 < len(reach) and reach[-back - 1].lower in SUCCESSION_PASSIVES
                    and reach[-back - 2].lower in FORMS_OF_BE):
                # "will be followed by the sale": the sale comes later, not first.
                return 1
            if event.tense == "none" and reach[-1].lower == "to":
                at = len(words) - back
                if (len(words) >= 2 and words[-2].lower in CAPACITY_NOUNS and at >= 2
                        and _is_past_form(words[at - 1].lower) and words[at - 2].lower in FORMS_OF_BE):
                    # "was fueled by the company's ability to cut spending": what the agent
                    # was able to do is the cause, before the passive.
                    return CAUSE_HINT
                # "an attempt by his relatives to block": the agent's "by" is not the
                # infinitive's cause; what it aims at comes later.
                return 0
            at = len(words) - back
            before_by = words[at - 1].lower if at > 0 else ""
            if (event.tense != "none" and before_by.isalpha() and not _is_past_form(before_by)
                    and not before_by.endswith(("en", "ing", "ly"))
                    and before_by not in FORMS_OF_BE):
                # "A statement by the ministry described the attacks": after a noun, "by" names
                # an agent (or a means, a measure), not a cause of the verb that follows; after
                # a passive it does ("hurt by the fact that the company lost").
                return 0
        if word == "when" and back == 1 and event.trigger.text.lower().endswith("ing"):
            # "urged Americans to exercise caution when visiting Kenya": a gerund after "when"
            # tells of the time the main verb covers, no event that set it off.
            return 0
        if word == "since" and back < len(words) and words[-back - 1].lower in FORMS_OF_HAVE and all(
                w.lower in FORMS_OF_BE for w in words[len(words) - back + 1:]):
            # "Dataproducts has since started a restructuring": an adverb between a perfect's
            # "have" and its verb, "since then": after what was told, not a clause it opens.
            return 1
        if word in CAUSE_WORDS:
            # A cause sorts before the other earlier events of its sentence: the passive it is
            # the agent of is often one ("had been affected by the blasts").
            return CAUSE_HINT
        if word == "from" and any(w.lower == "by" for w in reach[:len(reach) - back]):
            # The source of a cause came before it ("offset in part by a gain from the sale").
            return SOURCE_HINT
        return hint
    # A subordinator orders its clause however long the clause's subject ("fell because the
    # company's largest European insurance unit took a charge").
    return _clause_hint(event.sentence.text, words)


# The last sentence whose clauses were read: its text, how many words were read, the hint of
# the subordinator opening the clause they end in (0: none), and the hint held while a relative
# clause set off by commas interrupts that clause. Triggers come in text order, so the next
# trigger of the sentence reads only the words after the last.
_last_clause: list[tuple[str, int, int, int]] = [("", 0, 0, 0)]

# How many words a relative clause set off by commas may span ("the laws, under which
# Erbamont is organized, don't provide").
RELATIVE_SPAN = 12


def _opens_relative(words: Sequence[Token], i: int) -> bool:
    """Whether the comma ``words[i]`` opens a relative clause (", which ...", ", under which ...")."""
    if words[i].text != "," or i + 1 >= len(words):
        return False
    after = words[i + 1].lower
    return after in RELATIVE_PRONOUNS or (
        i + 2 < len(words) and after.isalpha() and words[i + 2].lower in ("which", "whom"))


def _closes_relative(words: Sequence[Token], i: int) -> bool:
    """Whether the comma ``words[i]`` closes a relative clause opened by a comma before it: the
    clause the relative interrupts goes on after it."""
    if words[i].text != ",":
        return False
    for k in range(i - 1, max(-1, i - 1 - RELATIVE_SPAN), -1):
        if words[k].text in CLAUSE_BREAK_MARKS:
            return _opens_relative(words, k)
    return False


# How many words before that "for" the word of blame may stand (quote marks count as words:
# "accusing them of ''child abuse'' for turning").
BLAME_REACH = 10


def _blames(words: Sequence[Token]) -> bool:
    """Whether one of these words blames, punishes or praises someone (``BLAME_STEMS``)."""
    return any(w.lower.startswith(BLAME_STEMS) for w in words)


def _phrase_hint(event: Event, words: Sequence[Token], word: str, back: int) -> int:
    """The hint of "for", "while" or "of" standing ``back`` words before the trigger, else 0."""
    at = len(words) - back
    if back == 1 and word != "of" and event.trigger.text.lower().endswith("ing"):
        if word == "for" and _blames(words[max(0, at - BLAME_REACH):at]):
            # "accusing them of child abuse for turning his son against him", "criticized
            # Vacco for dismantling": what someone is blamed, punished or praised for came first.
            return CAUSE_HINT
        if word in DURING_WORDS:
            # "drowned while trying to reach Florida": the activity was under way first.
            return -1
    if word == "of":
        # Right before "of" the charge is read as a pair by ``order_hint`` ("as a result of").
        for w in reversed(words[max(0, at - ACCUSED_REACH):at - 1]):
            if w.text in CLAUSE_BREAK_MARKS:
                break
            if _pair_hint(w.lower, "of") < 0:
                # "was convicted in state court of helping to defraud investors": a phrase may
                # stand between the charge and its "of".
                return -1
    return 0


# The agent of a passive ("was hurt by high financing costs associated with the company's
# buy-out") is a cause over its whole noun phrase, up to the clause's end; not past a "to":
# what the agent makes happen comes later ("was coerced by the government to stay").
_AGENT_CAUSE = -100  # a marker while reading a clause, returned as CAUSE_HINT


def _clause_hint(text: str, words: Sequence[Token]) -> int:
    """The hint of the subordinator ("because", "after") opening the clause these words of the
    sentence end in, else 0."""
    last_text, read, hint, held = _last_clause[0]
    if last_text != text or read > len(words):
        read, hint, held = 0, 0, 0
    for i in range(read, len(words)):
        word = words[i]
        lower = word.lower
        if word.text == "," and held and _closes_relative(words, i):
            hint, held = held, 0
        elif word.text == "," and _opens_relative(words, i):
            # "because the laws, under which Erbamont is organized, don't provide": the
            # relative clause is no part of the clause it interrupts, which goes on after it.
            held, hint = hint, 0
        elif (word.text in CLAUSE_BREAK_MARKS and _breaks(words, i)) or (
                (lower in OBJECT_PRONOUNS or lower in DETERMINERS) and i >= 2
                and words[i - 2].lower == "and"):
            # "... after the ruling and allow him to return": "and", a verb and its object open
            # a phrase of its own.
            hint = 0
        elif lower in CLAUSE_ORDER_WORDS:
            hint = CAUSE_HINT if lower in CAUSE_WORDS else ORDER_HINT_WORDS[lower]
            if (lower in BEFORE_AND_AFTER and i >= 2 and words[i - 1].lower in COORDINATORS
                    and words[i - 2].lower in BEFORE_AND_AFTER):
                hint = 0  # "both before and after the long and bitter dispute was settled"
        elif lower in CLAUSE_CAUSES or (
                lower in CLAUSE_CAUSE_ENDS and i
                and (words[i - 1].lower, lower) in CLAUSE_CAUSE_PAIRS):
            hint = CAUSE_HINT
        elif lower == "by" and i >= 2 and _is_past_form(words[i - 1].lower) and (
                words[i - 2].lower in FORMS_OF_BE):
            hint = _AGENT_CAUSE
        elif hint == _AGENT_CAUSE and lower in AGENT_ENDS:
            hint = 0
    _last_clause[0] = (text, len(words), hint, held)
    return CAUSE_HINT if hint == _AGENT_CAUSE else hint


def _earlier_adverb(words: Sequence[Token]) -> bool:
    """Whether an adverb of ``EARLIER_ADVERBS`` sets the event before the story's time: in its
    clause ("Merieux previously said", "suits previously filed by shareholders"), or opening the
    sentence ("Initially, the company said"); not one of an earlier clause ("shares, originally
    issued at C$25 each, will eliminate": the adverb is the participle's)."""
    for word in reversed(words):
        if word.lower in EARLIER_ADVERBS:
            return True
        if word.text == ",":
            return not EARLIER_ADVERBS.isdisjoint(w.lower for w in words[:OPENING_ADVERB_WORDS])
    return False


def _quoted_saying(words: Sequence[Token]) -> bool:
    """Whether a report after these words is the saying a quoting reports ("ABC quoted an
    official as saying", "he was quoted as saying"): the saying came first."""
    if len(words) < 2 or words[-1].lower != "as":
        return False
    return any(w.lower in QUOTING_VERBS for w in words[-QUOTE_REACH:-1])


def _subordinate_perfect(event: Event, words: Sequence[Token]) -> bool:
    """Whether a present perfect stands in a relative, complement or compared clause ("the one
    ally who has backed his threat", "the visas that they have proposed", "than observers have
    seen"): it tells of what came before the clause it hangs on."""
    if event.tense != "present" or event.event_class == "REPORTING" or not _is_perfect(words):
        return False
    auxiliary = len(words) - 1
    while words[auxiliary].lower not in FORMS_OF_HAVE:
        auxiliary -= 1
    if (auxiliary >= 2 and words[auxiliary - 1].lower in CLAUSE_SUBJECTS
            and _noun_like(words[auxiliary - 2])):
        # A relative clause on its object with a pronoun subject ("the visas they have proposed").
        return True
    # The opener stands before the perfect's subject, in the same clause.
    for i in range(auxiliary - 1, -1, -1):
        word = words[i].lower
        if word in COMPLEMENT_VERBS:
            return True
        if word in PERFECT_CLAUSE_OPENERS and not (
                word == "than" and i > 0 and words[i - 1].lower in QUANTITY_COMPARATIVES):
            return True
        if word in COORDINATORS or not words[i].text[:1].isalnum():
            return False
    return False


def _is_past_form(word: str) -> bool:
    """Whether the lowercase word looks like a past verb form ("survived", "left")."""
    return (word.endswith("ed") and word not in NOT_VERBS_ED) or word in IRREGULAR_PAST


def _embedded_past(event: Event, words: Sequence[Token]) -> bool:
    """Whether a past event is told inside a noun's relative clause, after a past verb of its
    sentence: "others who survived the blast", or reduced, "criticized the multinational force
    dispatched to Saudi Arabia", "the crater left by the blast", or reduced with its agent after
    any verb ("hope to rebuild the homes destroyed by the floods"): the clause tells of an earlier
    event that the noun already carries; also a simple present in a "who" clause ("those who
    oppose his return"): what marks the noun holds before the main clause's event."""
    if event.event_class == "REPORTING" or len(words) < 2:
        return False
    if event.tense == "present":
        # A simple present in a "who" clause tells what marks the noun, which holds before the
        # main clause's event ("anyone who donates", "those who oppose his return"); not a
        # progressive or a passive ("who are fighting", "who is accused"): going on at the time.
        for word in reversed(words[-3:]):
            if word.lower in WHO_RELATIVES:
                return True
            if word.lower not in ADVERBS_BETWEEN and not word.lower.endswith("ly"):
                return False
        return False
    if event.tense not in ("past", "none"):
        return False
    if event.tense == "past" and _object_relative(words):
        return True
    if event.tense == "past" and _on_a_time_noun(words):
        return True
    if event.tense == "past" and any(w.lower in CLAIMING_GERUNDS for w in words[-4:-1]) and not any(
            w.text in CLAUSE_BREAK_MARKS for w in words[-3:]):
        # "filed affidavits alleging Gonzalez abused his former wife": what a claim tells in
        # the past came before the claim.
        return True
    for back, word in enumerate(reversed(words[-4:]), 1):
        if word.lower in WHO_RELATIVES:
            return True
        if back > 1 and word.lower in PASSIVE_RELATIVES and words[-1].lower in PAST_PASSIVE_BE:
            # A past passive in a "that/which" clause tells what had befallen the noun ("to
            # finish talks that were interrupted by the car bombing"); an active one may be the
            # noun's own event ("the blast, which damaged the embassy").
            return True
        if word.lower not in BETWEEN_RELATIVE_AND_VERB and not word.lower.endswith("ly"):
            # An -ly adverb may stand between too ("who apparently organized the journey").
            break
    trigger = event.trigger.text.lower()
    previous = words[-1]
    at = event.trigger.end - event.sentence.start
    if (previous.text == "," and len(words) > 1 and _is_past_form(trigger)
            and next_word(event.sentence.text, at) == "by"
            and _names_an_agent(event.sentence.text, at)):
        # A participle set off by a comma, with its agent, tells what had acted on the clause
        # before it: "net income rose 51%, bolstered by unusual gains".
        return True
    if not _is_past_form(trigger) or not previous.text.isalpha():
        return False
    if not previous.text.islower() and not (
            previous.text.endswith("s") and previous.text[1:].islower() and len(words) > 2
            and (words[-2].text[:1].isdigit() or words[-2].lower in BEFORE_A_PEOPLE)):
        # A capitalized plural after a number or a quantity names a people or a group that may
        # carry the clause ("3,000 Americans caught in Iraq", "hundreds of Britons trapped in
        # Kuwait"); not a name ("said Jones arrived in Paris").
        return False
    if previous.lower in NOT_NOUNS or previous.lower.endswith("ly"):
        return False
    sentence = event.sentence
    after = _word_after(event)
    if after is None or after.lower() not in REDUCED_RELATIVE_NEXT:
        return False
    if _opens_a_clause(words[:-1]):
        return False
    if after.lower() == "by" and _names_an_agent(sentence.text, event.trigger.end - sentence.start):
        # A participle with its agent is passive, so no main verb: "could heal the wounds
        # created by the saga", "resolution of lawsuits brought by holders".
        return True
    # A sentence opened by a subordinate clause ("But while exiles cheered the family, their
    # taunts seemed to shock him"): a past verb in that clause, before its comma, makes no
    # noun after the comma the object of a clause with a reduced relative; the main clause's
    # verb follows its subject.
    head = words[:-1]
    comma = max((k for k, w in enumerate(head) if w.text == ","), default=-1)
    opening = words[1] if words[0].lower in COORDINATORS and len(words) > 1 else words[0]
    if comma >= 0 and opening.lower in SUBORDINATORS:
        head = head[comma + 1:]
    return any(_is_past_form(w.lower) or w.lower in REPORTING_VERBS or w.lower in VERB_BEFORE
               for w in head)


def _on_a_time_noun(words: Sequence[Token]) -> bool:
    """Whether a past verb after these words stands in a clause on a time noun ("tapes from the
    night the plane went down", "the day he arrived"): the time it names came first."""
    for back in range(2, min(7, len(words)) + 1):
        word = words[-back]
        if word.lower in TIME_NOUNS:
            return back < len(words) and words[-back - 1].lower in ("the", "that") and all(
                w.text.isalnum() or w.text in ("'s",) for w in words[len(words) - back + 1:])
        if (not word.text[:1].isalnum() or _is_past_form(word.lower) or word.lower in FORMS_OF_BE
                or word.lower in CONJUNCTIONS):
            # Not past a verb or a conjunction ("the day before authorities issued": "before"
            # orders it).
            return False
    return False


def _noun_like(word: Token) -> bool:
    """Whether a word may be the noun a relative clause hangs on: a lowercase word that is no
    verb form, function word or adverb ("poems", "circular"; not "said", "knew", "also")."""
    lower = word.lower
    return (word.text.isalpha() and word.text.islower() and not _is_past_form(lower)
            and lower not in REPORTING_VERBS and lower not in NOT_NOUNS
            and lower not in CONJUNCTIONS and not lower.endswith("ly"))


def _object_relative(words: Sequence[Token]) -> bool:
    """Whether a past verb after these words stands in a relative clause on its object, with a
    pronoun subject ("recited poems they wrote for Elian", "the circular that it mailed last
    Friday", "the diplomacy he began"): it tells of what was done to the noun first; not a
    verb's complement ("said they wrote", "said that it mailed")."""
    if len(words) < 2 or words[-1].lower not in CLAUSE_SUBJECTS:
        return False
    before = words[-2]
    if before.lower in PASSIVE_RELATIVES:
        return len(words) > 2 and _noun_like(words[-3])
    return _noun_like(before)


def _names_an_agent(text: str, at: int) -> bool:
    """Whether the "by" after the participle ending at ``at`` names an agent ("created by the
    saga"), not a measure ("rose by 5%")."""
    by_phrase = text[at:].split(None, 2)
    if len(by_phrase) < 2:
        return False
    word = by_phrase[1]
    return not word[:1].isdigit() and word[:1] != "$" and word.lower() not in MEASURES


def _opens_a_clause(words: Sequence[Token]) -> bool:
    """Whether the noun phrase ending these words follows a subordinating conjunction ("before
    the war began", "because the offer was not financed"): it is a clause's subject, and a past
    form after it is that clause's verb, not a reduced relative."""
    for back in range(1, min(5, len(words)) + 1):
        word = words[-back]
        if word.lower in SUBORDINATORS:
            return True
        if word.lower in DETERMINERS:
            return back < len(words) and words[-back - 1].lower in SUBORDINATORS
        if not word.text.isalpha():
            return False
    return False


class OrderFacts(NamedTuple):
    """What ordering reads of one event (``order_facts``), so the event itself can be dropped."""

    key: SortKey | None
    """Its own time key; None: it borrows a neighbour's."""
    document: str
    sentence: int
    """Its sentence's start: the first tie-breaker."""
    hint: int
    """Its order hint (0 when ``then`` places it instead)."""
    with_reports: bool
    """Whether it sorts with the reports of its sentence (after what they report)."""
    open_end: dt.date | None
    """The known end of a range its tense alone gives: it may sort with its neighbour inside."""
    trigger_end: int
    verb_end: int
    """Where the verb whose object it is ends, else -1."""
    earlier_objects: bool
    """Whether a noun phrase right after it tells of something earlier."""
    report_kind: int
    """Its kind for the reports of its sentence (``_report_kind``: ``_REPORT``, ``_CONDITION``...)."""
    by_expression: bool
    """Whether a time expression of its own dates it."""
    then: bool
    """Whether "then" sets it after what its sentence told before it."""
    linked: bool = False
    planned_by: int = -1
    """Where the passive of planning it is the subject of ends ("The move was approved"), else -1."""
    """Whether it stands in a phrase joined to a bare noun, a verb's object ("announced support
    for the decision"): there before the verb, even a report's."""
    after_future: bool = False
    """Whether it is an untensed verb right after a future's modal ("will consider helping")."""
    past: bool = False
    """Whether it is a past event or a present perfect ("have been caring"), no report."""
    now_by_tense: bool = False
    """Whether it is a simple present or untensed event dated by its tense alone, no report."""
    after_will: bool = False
    """Whether it is an untensed verb after "would" or "will" ("would look", "will never come")."""
    progressive: bool = False
    """Whether it is a present progressive of going ("is leaving", "are coming"): to come."""
    before_past: bool = False
    """Whether a past verb form follows its trigger ("Catastrophe losses reduced"): its subject."""
    ahead_noun: bool = False
    """Whether it is a noun an adjective sets still to come ("the possible arrival")."""
    quote_runs_on: bool = False
    """Whether its sentence opens a quote that goes on into the next sentence."""
    closes_quote: bool = False
    """Whether a quote opened in an earlier sentence closes in its sentence before its trigger."""
    infinitive: bool = False
    """Whether it is an untensed verb on "to", or one joined by "and" ("to buy ... and pay")."""

# An event's kind for the reports of its sentence (``_report_kind``).
_NOT_REPORTED, _UNTENSED, _REPORT, _UNTENSED_AHEAD, _CONDITION = 0, 1, 2, 3, 4
# How many words (adjectives, names) may stand between an object's determiner and its noun.
OBJECT_REACH = 4
# How many events back the verb of an object's phrase may be told (the object itself between).
OBJECT_EVENTS_BACK = 2


def object_verb_end(event: Event, words: Sequence[Token] | None = None) -> int:
    """Where the verb ends whose object the event is ("condemned the bombing": the end of
    "condemned"), for an untensed event opened by a determiner or a name's possessive right after
    a word, or by "in/at" and a determiner ("killed in the attack"); else -1."""
    if event.tense != "none":
        return -1
    sentence = event.sentence
    if words is None:
        words = _words_before(event)
    if words and event.trigger.text.lower().endswith("ing") and (
            words[-1].lower in ENDING_VERBS or words[-1].lower in FINDING_VERBS):
        # What someone stops or finishes doing was going on before ("the government stopped
        # providing escorts", "finished drafting the bill").
        return sentence.start + words[-1].end
    if words and _is_past_form(words[-1].lower) and event.trigger.text.lower().endswith("s"):
        # A bare plural right after a past verb is its object ("refused requests by the
        # relatives", "rejected objections").
        return sentence.start + words[-1].end
    opener = _phrase_opener(words, len(words))
    moved = _moved_on(words, opener if opener >= 1 else len(words))
    if moved >= 0:
        # "shares soared on the announcement": the news that moved the price came first.
        return sentence.start + words[moved].end
    if opener < 1:
        if (len(words) > 1 and (event.trigger.text.lower().endswith("s")
                                or words[-2].lower in PRESUPPOSING_VERBS)
                and words[-1].text.isalpha() and words[-1].text.islower()
                and words[-1].lower not in NOT_IN_OBJECTS and words[-1].lower not in PARTICLES
                and not words[-1].lower.endswith("er")):
            # A bare plural behind one modifier ("didn't return phone calls"), or any bare noun
            # after a verb that presupposes its object ("to rebut foreign criticism"): the verb
            # before the modifier, when it is the event told just before (``order_indices``);
            # not a comparative ("offered deeper discounts": an offer of what is new).
            return sentence.start + words[-2].end
        return -1
    if words[opener].lower in DETERMINERS and opener >= 2 and (
            words[opener - 1].lower in OCCASION_PREPOSITIONS):
        # The occasion of a past verb comes first too ("injured in the blast").
        return sentence.start + words[opener - 2].end
    if (words[opener - 1].lower == "of" and opener >= 2
            and words[opener - 2].lower in PRESUPPOSING_NOUNS):
        # The object of a noun that acts on what is there ("the rejection of the effort").
        return sentence.start + words[opener - 2].end
    if words[opener - 1].lower in OBJECT_LINKS and opener >= 3:
        # A phrase joined to the object is part of it, and was there first too ("downplayed
        # the importance of the announcement", "bounced back with the introduction of").
        head = _phrase_opener(words, opener - 1)
        if head >= 1:
            return sentence.start + words[head - 1].end
        bare = words[opener - 2]
        if bare.text.isalpha() and bare.text.islower() and bare.lower not in NOT_IN_OBJECTS:
            # A bare noun as the object ("expressed impatience at Washington's failure").
            return sentence.start + words[opener - 3].end
    if (opener >= 4 and words[opener - 1].text == "," and words[opener - 3].text == ","
            and words[opener - 2].text.isalpha() and words[opener - 2].text.islower()):
        # A one-word aside between the verb and its object ("denied, however, a request").
        return sentence.start + words[opener - 4].end
    return sentence.start + words[opener - 1].end


# How many words of an amount may stand between a verb of ``MOVED_ON`` and its "on" ("fell 7/8
# to 37 3/4 on": 8).
MOVED_REACH = 10


def _moved_on(words: Sequence[Token], opener: int) -> int:
    """The index of the verb of a price moving (``MOVED_ON``) whose "on" stands right before
    ``words[opener]``, past the amounts and their words ("soared on", "fell 7/8 to 37 3/4
    on"), else -1."""
    if opener < 2 or words[opener - 1].lower != "on":
        return -1
    for k in range(opener - 2, max(-1, opener - 2 - MOVED_REACH), -1):
        word = words[k]
        if word.lower in MOVED_ON:
            return k
        if not (_is_amount(word) or word.lower in AMOUNT_WORDS or word.lower in MEASURES):
            return -1
    return -1


def _phrase_opener(words: Sequence[Token], end: int) -> int:
    """The index of the determiner or name's possessive opening the noun phrase that ends just
    before ``words[end]`` (at most ``OBJECT_REACH`` words back, a price's "$15 a share" not
    counted), else -1."""
    reach = OBJECT_REACH
    at = end - 1
    while at >= max(0, end - reach):
        word = words[at]
        if word.lower == "a" and at > 0 and _is_amount(words[at - 1]):
            # "rejected a $15 a share offer": "a share" is part of the price, and the phrase
            # opens before it.
            reach += 2
        elif word.lower in DETERMINERS:
            return at
        elif word.text == "." and at > 0 and "." in words[at - 1].text:
            # The last period of an abbreviation ("the U.S. government's decision") ends no phrase.
            reach += 1
        elif word.lower.endswith("'s") and word.text[:1].isupper() and word.lower not in CONTRACTED_BE:
            # A name's possessive opens the phrase as a determiner does ("condemned Iraq's invasion").
            return at
        elif word.text == "'" and at > 0 and words[at - 1].text[:1].isupper():
            # A name's possessive apostrophe alone ("disapproves the INS' decision"): the phrase
            # opens at the name or the determiner before it.
            at -= 1
            reach += 1
            if at == 0 or words[at - 1].lower not in DETERMINERS:
                return at
        elif (not word.text[:1].isalnum() or word.lower in NOT_IN_OBJECTS) and not _is_amount(word):
            return -1
        at -= 1
    return -1


def _is_amount(word: Token) -> bool:
    """Whether the word is a sum or a number ("$15", "3.5")."""
    return word.text[:1] == "$" or word.text[:1].isdigit()


def _takes_earlier_objects(event: Event) -> bool:
    """Whether a noun phrase right after the event tells of something before it: after a past
    verb ("condemned the bombing") or a simple present in -s ("Iran condemns any acts", "the
    offer violates a standstill agreement"; not a progressive: "is orchestrating the visit"), or
    the subject of what a past "said" reports ("said the ruling was appropriate"), or after an
    untensed verb that presupposes its object ("to survive the war"); not a report's own object
    ("announced a ban": the ban comes after), nor a plan's ("planned the attacks")."""
    if event.tense == "present" and ends_in_s(event.trigger.text):
        return event.event_class != "REPORTING"
    if event.tense == "none":
        return event.trigger.text.lower() in PRESUPPOSING_VERBS | PRESUPPOSING_NOUNS or (
            event.event_class == "REPORTING" and event.trigger.text.lower() == "saying")
    if event.tense != "past" or event.trigger.text.lower() in PLANNING_VERBS:
        return False
    return event.event_class != "REPORTING" or event.trigger.text.lower() in CLAUSE_REPORTING_VERBS


# The hint of what an opening purpose aims at: after every other event of its sentence.
PURPOSE_HINT = 2
# How many words may stand between "In" and the "to" or "of" of an opening purpose ("In an
# effort to").
PURPOSE_OPENING = 3


def _in_opening_purpose(words: Sequence[Token]) -> bool:
    """Whether the words before a trigger lie in a purpose opening its sentence, past its "to"
    or "of" and before its comma ("To prevent his return, a lawmaker subpoenaed him", "In hopes
    of trumping the law, they have demanded"): what it aims at comes after the main clause."""
    if not words or any(w.text in CLAUSE_BREAK_MARKS for w in words):
        return False
    if words[0].lower == "to":
        # "To prevent ...", not "To the people of Kenya, ...": a verb follows.
        return len(words) == 1 or (words[1].lower not in DETERMINERS and words[1].text.islower())
    if words[0].lower != "in":
        return False
    for k, word in enumerate(words[1:PURPOSE_OPENING + 2], 1):
        if word.lower in ("to", "of"):
            return k > 1 and not PURPOSE_NOUNS.isdisjoint(w.lower for w in words[1:k])
    return False


def tie_hint(event: Event, words: Sequence[Token]) -> int:
    """The event's ``order_hint``; when its sentence gives none, -1 for a noun naming a sudden
    incident (``INCIDENT_NOUNS``): what the sentence tells about it came after it."""
    if _in_opening_purpose(words) and "," in event.sentence.text[event.trigger.end - event.sentence.start:]:
        return PURPOSE_HINT
    hint = order_hint(event, words)
    if hint == -2 and (event.tense == "future" or _infinitive(event, words) or (
            words and (words[-1].lower in FUTURE_MODALS or words[-1].lower.endswith("'ll")))):
        # "because he's afraid we'll find him", "after which a new chief will be named": a
        # future in the clause is no earlier event, whatever the word that opens it.
        return 0
    if hint == CAUSE_HINT and _when_after_modal(event, words):
        # "should expect little help when they come": the time a modal's event will take
        # place, not what set it off: after it.
        return 1
    if not hint and event.tense == "none" and _lasting(words):
        # "a boy hero symbolizing the government's decades-long battle with the exiles": begun
        # long before what its sentence tells, before its other earlier events too.
        return CAUSE_HINT
    if not hint and event.tense == "none" and _presupposed_object(words):
        # "could still force the reversal of the government's decision": the decision was
        # there before anything its sentence tells.
        return -1
    if hint or event.tense != "none" or event.trigger.text.lower() not in INCIDENT_NOUNS:
        return hint
    if words and (words[-1].lower in FORWARD_MODALS or (
            words[-1].text == "," and event.trigger.text.lower().endswith("ing"))):
        # A verb, not a noun: "to attack", "..., killing dozens of people" (a result).
        return 0
    opener = _phrase_opener(words, len(words))
    if opener >= 1 and words[opener - 1].lower in PLANNING_VERBS:
        # What is planned or ordered comes after the plan ("planned the attacks").
        return 0
    return -1


def _when_after_modal(event: Event, words: Sequence[Token]) -> bool:
    """Whether the event stands in a "when" clause that hangs on a modal's clause ("they should
    expect little help when they come", "would, when it was broken, give the military a green
    light"): the time the modal's event will take place."""
    if event.tense == "future":
        return False
    for i in range(len(words) - 1, -1, -1):
        if words[i].text in CLAUSE_BREAK_MARKS:
            return False
        if words[i].lower == "when":
            # The modal's clause, back to its start; a comma may set the "when" clause off.
            head = i - 1 if i > 0 and words[i - 1].text == "," else i
            for word in reversed(words[:head]):
                if word.text in CLAUSE_BREAK_MARKS or word.lower in COORDINATORS:
                    return False
                if word.lower in FUTURE_MODALS or word.lower in IRREALIS_MODALS:
                    return True
            return False
    return False


def _lasting(words: Sequence[Token]) -> bool:
    """Whether an adjective of a long-lasting state stands right before a noun after these words,
    or one word before it ("the decades-long ideological battle")."""
    return any(w.lower in LASTING_ADJECTIVES or _has_lasting_ending(w.lower) for w in words[-2:])


def _has_lasting_ending(word: str) -> bool:
    """Whether the word is a measure of time joined to an ending of ``LASTING_ENDINGS``
    ("decades-long", "years-old"), not the bare ending."""
    return any(word.endswith(ending) and len(word) > len(ending) for ending in LASTING_ENDINGS)


def _presupposed_object(words: Sequence[Token]) -> bool:
    """Whether a noun after these words is the "of" object of a noun that acts on what is there
    (``PRESUPPOSING_NOUNS``: "the reversal of the government's decision")."""
    opener = _phrase_opener(words, len(words))
    return (opener >= 2 and words[opener - 1].lower == "of"
            and words[opener - 2].lower in PRESUPPOSING_NOUNS)


def _untensed_verb(event: Event) -> bool:
    """Whether an untensed event is a verb: a gerund, or a word with an object pronoun or a
    determiner after it ("allow him", "give it", "sign the agreement"), not a noun."""
    if event.tense != "none":
        return False
    if event.trigger.text.lower().endswith("ing"):
        return True
    after = _word_after(event)
    return after is not None and (after.lower() in OBJECT_PRONOUNS or after.lower() in DETERMINERS)


def _negated_before(words: Sequence[Token]) -> bool:
    """Whether the clause these words end in is negated ("would not lift the sanctions",
    "couldn't estimate")."""
    for word in reversed(words):
        if word.text in CLAUSE_BREAK_MARKS:
            return False
        if word.lower in NEGATIONS or word.lower.endswith("n't"):
            return True
    return False


def _after_then(words: Sequence[Token]) -> bool:
    """Whether the ordering word nearest before a trigger, in its clause, is "then" ("took in
    the child, but then refused")."""
    for token in reversed(words[-HINT_REACH:]):
        if token.text in CLAUSE_BREAK_MARKS:
            return False
        if ORDER_HINT_WORDS.get(token.lower, 0):
            return token.lower == "then"
    return False


def _until_after_future(event: Event, words: Sequence[Token]) -> bool:
    """Whether a present or untensed event stands in an "until" clause after a future or an
    intention of its sentence ("will pursue terrorists until the cases are solved", "intends to
    remain chief executive until the businesses are sold"); not after a negation ("will not
    lift the sanctions until inspectors certify": the clause is what comes first)."""
    if event.tense not in ("present", "none") or not (
            "until" in event.sentence.text or "till" in event.sentence.text):
        # A substring test first: most sentences have no "until".
        return False
    for i in range(len(words) - 1, -1, -1):
        word = words[i].lower
        if words[i].text in CLAUSE_BREAK_MARKS:
            return False
        if word in UNTIL:
            before = [w.lower for w in words[:i]]
            if not NEGATIONS.isdisjoint(before) or "n't" in "".join(before):
                return False
            return any(w in FUTURE_MODALS or w == "to" for w in before)
    return False


# How many words back the future's modal may stand from an untensed verb it governs ("will
# consider helping set up").
FUTURE_REACH = 4


def _governed_by_future(event: Event, words: Sequence[Token]) -> bool:
    """Whether an untensed event follows a future's modal closely in its clause ("will assist in
    sending", "will consider helping set up"): it is part of what is to come."""
    if event.tense != "none" or (words and words[-1].lower in CONTINUING_VERBS):
        # "will keep fighting": what goes on was under way before.
        return False
    for word in reversed(words[-FUTURE_REACH:]):
        if word.text in CLAUSE_BREAK_MARKS:
            return False
        if word.lower in FUTURE_MODALS:
            return True
    return False


def order_facts(event: Event) -> OrderFacts:
    """The few values ``order_indices`` needs of an event, so the event itself can be dropped."""
    words = _words_before(event)
    hint = tie_hint(event, words)
    # "Then" puts its event after what its sentence told before it, not after what it tells
    # next ("but then refused to return him ..., citing the harshness of the regime"): it keeps
    # its text place against what follows and is placed after what precedes (``order_indices``).
    then = hint == 1 and _after_then(words)
    key = _own_key(event, words)
    if key is not None and key[1] == _RELATION_RANK["on"] and _until_after_future(event, words):
        # "we will pursue terrorists until the cases are solved": the "until" clause's present
        # tells of the future too (English uses the present there), after the main verb.
        key = (key[0], _RELATION_RANK["after"], key[2])
    return OrderFacts(key, event.document, event.sentence.start, 0 if then else hint,
                      _report_rank(event, words), _open_end(event), event.trigger.end,
                      object_verb_end(event, words), _takes_earlier_objects(event),
                      _report_kind(event, words), event.time.basis == "expression", then,
                      _linked(event, words), _planned_by(event), _governed_by_future(event, words),
                      _past_or_perfect(event, words),
                      _now_by_tense(event), event.tense == "none" and _after_will(words),
                      _present_progressive(event, words), _before_past(event),
                      _ahead_noun(event, words), _quote_runs_on(event.sentence.text),
                      _closes_quote(event), _infinitive(event, words))


def _quote_marks(text: str) -> list[tuple[int, bool]]:
    """Where the quote marks of a text stand, each with whether it opens a quote."""
    marks = [(m.start(), True) for m in QUOTE_OPENERS.finditer(text)]
    marks += [(m.start(), False) for m in QUOTE_CLOSERS.finditer(text)]
    return sorted(marks)


def _quote_runs_on(text: str) -> bool:
    """Whether the sentence opens a quote it does not close (the quote goes on in the next)."""
    marks = _quote_marks(text)
    return bool(marks) and marks[-1][1]


def _closes_quote(event: Event) -> bool:
    """Whether the event's sentence closes, before its trigger, a quote it did not open (``I would
    go there. Nothing more,'' she said)."""
    marks = _quote_marks(event.sentence.text)
    return bool(marks) and not marks[0][1] and marks[0][0] < event.trigger.start - event.sentence.start


def _infinitive(event: Event, words: Sequence[Token]) -> bool:
    """Whether the event is an untensed verb on "to" ("to buy the shares"), or joined by "and"
    to one before it ("... and pay related fees")."""
    if event.tense != "none" or not words or words[-1].lower not in ("to", "and"):
        return False
    for word in reversed(words):
        if word.text in CLAUSE_BREAK_MARKS or word.lower in SUBORDINATORS:
            # "will remain even after the court refused to order": the clause of its own.
            return False
        if word.lower in FUTURE_MODALS:
            return True
    return False


def _ahead_noun(event: Event, words: Sequence[Token]) -> bool:
    """Whether the event is a noun right after an adjective of what is still to come
    (``AHEAD_ADJECTIVES``: "the possible arrival of his father", "the planned merger")."""
    return event.tense == "none" and bool(words) and words[-1].lower in AHEAD_ADJECTIVES


def _before_past(event: Event) -> bool:
    """Whether a past verb form follows the trigger ("Catastrophe losses reduced net income")."""
    after = _word_after(event)
    return after is not None and after.isalpha() and after.islower() and _is_past_form(after.lower())


# How many words of "be", "have" or a modal may stand between a noun and its passive participle.
PASSIVE_AUXILIARIES = 3
# How many words of a phrase joined to the noun ("visit to East Africa") may come before them.
PASSIVE_PHRASE = 6


def _planned_by(event: Event) -> int:
    """Where the passive participle of planning that the untensed event is the subject of ends
    ("The move was approved", "his return is put off", "that decision was put on hold"), else -1."""
    if event.tense != "none":
        return -1
    sentence = event.sentence
    after = tokens(sentence.text, event.trigger.end - sentence.start,
                   min(len(sentence.text), event.trigger.end - sentence.start + 40))
    if after and after[0].lower in PLANNED_LINKS:
        # "The purchase of the additional 48% stake is expected": past the noun's phrase.
        for k, word in enumerate(after[1:PASSIVE_PHRASE + 1], 1):
            if word.lower in FORMS_OF_BE or word.lower in FUTURE_MODALS:
                after = after[k:]
                break
            if not word.text[:1].isalnum() and word.text not in {"'", "%", "$"}:
                return -1
    auxiliaries = 0
    for word in after[:PASSIVE_AUXILIARIES + 1]:
        if word.lower in FORMS_OF_BE or word.lower in FORMS_OF_HAVE or word.lower in FUTURE_MODALS:
            auxiliaries += 1
            continue
        if word.lower in PLANNED_PASSIVES and auxiliaries and after[auxiliaries - 1].lower in FORMS_OF_BE:
            return sentence.start + word.end
        return -1
    return -1


def _linked(event: Event, words: Sequence[Token]) -> bool:
    """Whether the untensed event stands in a phrase joined to a bare noun right after a verb
    ("announced support for the decision"): what a report announces of it was there first."""
    if event.tense != "none":
        return False
    opener = _phrase_opener(words, len(words))
    if opener < 3 or words[opener].lower not in DETERMINERS or words[opener - 1].lower not in OBJECT_LINKS:
        return False
    bare = words[opener - 2]
    return _phrase_opener(words, opener - 1) < 1 and bare.text.isalpha() and bare.text.islower()


def _in_condition(words: Sequence[Token]) -> bool:
    """Whether the words before a trigger end in an "if" or "unless" clause ("would retaliate if
    they boost oil production"), not in an indirect question ("not known if")."""
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        if word.text in CLAUSE_BREAK_MARKS:
            return False
        if word.lower in CONDITIONALS:
            if i >= 1 and words[i - 1].lower == "or" and any(w.lower == "whether" for w in words[:i]):
                return False  # "not clear whether they would come ... or if they would travel"
            return i == 0 or words[i - 1].lower not in WHETHER_WORDS
    return False


def _opens_a_command(event: Event) -> bool:
    """Whether the event's word, opening its quote, is a command's verb ("Send him back")."""
    after = _word_after(event)
    return (event.trigger.text[:1].isupper() and after is not None
            and after.lower() in AFTER_A_COMMAND)


def _report_kind(event: Event, words: Sequence[Token]) -> int:
    """2 for a report; 4 for an event in a condition ("said they would give the boy to Gonzalez
    if he made the trip": not yet done when reported); for an untensed event (it sorts with a
    report told before it in its sentence) 3 when it hangs on "to" or a modal ("ready to come",
    "we must find": not yet done when reported), else 1; else 0."""
    if event.trigger.text.lower() == "according":
        # "according to individuals familiar with the case": a source, not a telling at a time.
        return _NOT_REPORTED
    if event.event_class == "REPORTING" or _tells_a_finding(event):
        return _REPORT
    text = event.sentence.text
    # Substring tests first: most sentences have no condition, and their events need no look back.
    if (" if " in text or "If " in text or "nless " in text) and _in_condition(words):
        return _CONDITION
    if event.tense != "none":
        return _NOT_REPORTED
    if words and all(w.text in QUOTE_TOKENS for w in words) and _opens_a_command(event):
        # A quote opened by a verb's plain form is a command ("``Send him back,'' said ..."):
        # what it asks is to come.
        return _UNTENSED_AHEAD
    for word in reversed(words[-4:]):
        if word.lower in FORWARD_MODALS:
            return _UNTENSED_AHEAD
        if word.lower not in BETWEEN_MODAL_AND_VERB:
            break
    if words and words[-1].lower == "and" and _untensed_verb(event):
        # A verb joined by "and" to what a modal points ahead to shares it ("we must find those
        # responsible ... and see that justice is done"), not past the clause or the quote.
        for word in reversed(words[:-1]):
            if word.text in CLAUSE_BREAK_MARKS or word.text in QUOTE_TOKENS:
                break
            if word.lower in FORWARD_MODALS and word.lower != "to":
                return _UNTENSED_AHEAD
    return _UNTENSED


def _report_rank(event: Event, words: Sequence[Token]) -> bool:
    """Whether the event sorts with the reports of its sentence (after what they report): a
    report itself, or an untensed event told after one ("said the talks", "announced a plan
    to cut jobs"): what a report announces comes after the report, in text order."""
    if event.event_class == "REPORTING" or _tells_a_finding(event):
        return not _in_relative_clause(words) and not _reported_report(event, words)
    if event.tense != "none":
        return False
    return any(w.lower in REPORTING_VERBS for w in words)


def _reported_report(event: Event, words: Sequence[Token]) -> bool:
    """Whether a past report is itself what a report before it in its clause tells ("Castro
    said Tuesday his government told U.S. officials"): reported, it came before the telling."""
    if event.tense != "past":
        return False
    for word in reversed(words):
        if (word.text in CLAUSE_BREAK_MARKS or word.text in QUOTE_TOKENS
                or word.lower in COORDINATORS):
            return False
        if word.lower in REPORTING_VERBS:
            return True
    return False


def _tells_a_finding(event: Event) -> bool:
    """Whether the event is a past verb of deciding or finding out followed by a clause."""
    if event.tense != "past" or event.trigger.text.lower() not in FINDING_VERBS_THAT:
        return False
    after = _word_after(event)
    return after is not None and (after.lower() == "that" or after.lower() not in NOT_A_CLAUSE)


def _in_relative_clause(words: Sequence[Token]) -> bool:
    """Whether a report after these words is told in a relative clause set off by a comma
    (", which said", ", whose names were not disclosed"): it describes a noun of the sentence and
    is no report of the sentence's other events."""
    for i in range(len(words) - 1, max(-1, len(words) - 6), -1):
        if words[i].lower in DESCRIBING_RELATIVES:
            return i > 0 and words[i - 1].text == ","
        if not words[i].text[:1].isalnum():
            return False
    return False


def _borrowed(keys: list[SortKey | None], documents: Sequence[str],
              open_ends: Sequence[dt.date | None] = ()) -> list[SortKey]:
    """Every key filled in: an undated event takes the key of the event before it in its
    document (or, at the head of a document, of the first dated event after it). A range its
    tense alone gives ("fled": up to the story's date) also sorts with the event before it when
    that event's date lies inside the range (not a future's key, after the story's date); else
    by its known end."""
    last: dict[str, SortKey] = {}
    for i, document in enumerate(documents):
        key = keys[i]
        before = last.get(document)
        end = open_ends[i] if i < len(open_ends) else None
        if key is None or (end is not None and before is not None and (
                before[0] < end or (before[0] == end and before[1] != _RELATION_RANK["after"]))):
            keys[i] = before
        else:
            last[document] = key
    following: dict[str, SortKey] = {}
    for i in range(len(documents) - 1, -1, -1):
        key, document = keys[i], documents[i]
        if key is None:
            keys[i] = following.get(document)
        else:
            following[document] = key
    return [key or (_FAR_FUTURE, 1, _FAR_FUTURE) for key in keys]


def sort_keys(events: list[Event]) -> list[SortKey]:
    """Each event's time key as ``order_indices`` sorts by it; an undated event borrows the key
    of the event told before it in its document (or, at the head of a document, of the first
    dated event after it)."""
    return _keys_of([order_facts(event) for event in events])


def _keys_of(facts: Sequence[OrderFacts]) -> list[SortKey]:
    """The sort keys of events given by their facts: own keys, borrowed where there is none,
    joined to a pluperfect's rank where their sentence puts them first."""
    keys = _borrowed([f.key for f in facts], [f.document for f in facts], [f.open_end for f in facts])
    _join_earlier_rank(keys, facts)
    _join_future(keys, facts)
    _reported_by_then(keys, facts)
    _said_to_come(keys, facts)
    _subject_of_past(keys, facts)
    return keys


def _subject_of_past(keys: list[SortKey], facts: Sequence[OrderFacts]) -> None:
    """An event dated by its tense alone that is the subject of the past verb told right after
    it ("Catastrophe losses reduced Aetna's net income") was there by that verb's time: with a
    later key, it takes the verb's."""
    for i in range(len(facts) - 1):
        f, verb = facts[i], facts[i + 1]
        if (f.before_past and f.now_by_tense and verb.past
                and (verb.document, verb.sentence) == (f.document, f.sentence)
                and keys[i + 1] < keys[i]):
            keys[i] = keys[i + 1]


def _said_to_come(keys: list[SortKey], facts: Sequence[OrderFacts]) -> None:
    """What a report says someone would or will do is not before the report ("Gonzalez had said
    he would never come here", "said they would look for ways to get around the ruling"): an
    untensed verb after "would" or "will" told after a report of its sentence, with no time
    expression of its own and an earlier key, takes the report's; so does the untensed verb on
    "to" told right after it ("to get around")."""
    report: tuple[str, int, int] | None = None  # the last report's sentence and index
    moved = -1
    for i, f in enumerate(facts):
        if f.report_kind == _REPORT and f.with_reports:
            report = (f.document, f.sentence, i)
        elif ((f.after_will or (moved == i - 1 and f.report_kind == _UNTENSED_AHEAD))
              and not f.by_expression and report is not None
              and report[:2] == (f.document, f.sentence) and keys[i] < keys[report[2]]):
            keys[i] = keys[report[2]]
            moved = i


def _present_progressive(event: Event, words: Sequence[Token]) -> bool:
    """Whether the event is a present progressive of going ("is leaving", "are coming")."""
    return (event.tense == "present" and event.event_class != "REPORTING"
            and event.trigger.text.lower() in GOING_PROGRESSIVES
            and bool(words) and (words[-1].lower in FORMS_OF_BE or words[-1].lower in CONTRACTED_BE))


def _wished_passive(event: Event, words: Sequence[Token]) -> bool:
    """Whether the event is a passive participle on a bare "be" that no modal governs, or after
    "to have" or "to get" and a name or pronoun: what a demand, a call, a permission or a wish
    wants done ("request that the boy be returned", "allow the boy to be sent back", "is
    anxious to have Elian returned")."""
    if not _is_past_form(event.trigger.text.lower()) or len(words) < 3:
        return False
    if (words[-2].lower in {"have", "get"} and words[-3].lower == "to" and words[-1].text.isalpha()
            and (words[-1].lower in OBJECT_PRONOUNS or words[-1].text[:1].isupper())):
        return True
    return (words[-1].lower == "be" and words[-2].lower not in IRREALIS_MODALS
            and words[-2].lower not in FUTURE_MODALS)


def _published_after(event: Event, words: Sequence[Token]) -> bool:
    """Whether the event is a participle of making public right after a noun, or its comma
    ("a letter published on the front page", "a communique, read Wednesday night")."""
    if event.trigger.text.lower() not in PUBLISHED_PARTICIPLES or not words:
        return False
    last = words[-2] if words[-1].text == "," and len(words) > 1 else words[-1]
    return (last.text.isalpha() and last.text.islower() and last.lower not in FORMS_OF_BE
            and last.lower not in FORMS_OF_HAVE and not _is_past_form(last.lower)
            and last.lower not in NOT_NOUNS)


def _after_will(words: Sequence[Token]) -> bool:
    """Whether the words before an untensed verb end in "would" or "will" and adverbs or a
    negation ("they would never come")."""
    for word in reversed(words[-4:]):
        if word.lower in WOULD_OR_WILL:
            return True
        if word.lower not in BETWEEN_MODAL_AND_VERB and word.lower not in NEGATIONS:
            return False
    return False


def _past_or_perfect(event: Event, words: Sequence[Token]) -> bool:
    """Whether the event is a past or a present perfect ("have been caring"), no report."""
    return event.event_class != "REPORTING" and (
        event.tense == "past" or (event.tense == "present" and _is_perfect(words)))


def _now_by_tense(event: Event) -> bool:
    """Whether the event is a simple present or untensed one dated by its tense alone, no report
    ("This appears", "these evil acts"; not "they're doing": going on)."""
    return (event.time.basis == "tense" and event.tense in ("present", "none")
            and event.event_class != "REPORTING"
            and not (event.tense == "present" and event.trigger.text.lower().endswith("ing")))


def _reported_by_then(keys: list[SortKey], facts: Sequence[OrderFacts]) -> None:
    """A past event or a present perfect told with a report of its sentence ("noted that the
    earnings, which fell short, contributed", "said that ... the relatives who have been caring
    for him", "One of his sons has informed Sununu ..., sources said") happened by the report's
    time: with no time expression of its own and a later date, it takes the key of the report
    told nearest before it, else after it."""
    reports: dict[tuple[str, int], list[int]] = {}
    for i, f in enumerate(facts):
        if f.report_kind == _REPORT and f.with_reports:
            reports.setdefault((f.document, f.sentence), []).append(i)
    if not reports:
        return
    for i, f in enumerate(facts):
        told = reports.get((f.document, f.sentence))
        if not f.past or f.by_expression or not told:
            continue
        before = [j for j in told if j < i]
        report = before[-1] if before else min(told)
        if keys[i][0] > keys[report][0]:
            keys[i] = keys[report]
    for i, f in enumerate(facts):
        # What a quote tells in the present, dated by its tense alone, holds when the report
        # after it was made ("``This appears to have been a well-planned attack,'' Crowley
        # said"), and so does a condition a report tells ("said on Tuesday that Iraq would
        # retaliate if they boost oil production"); not what it says is to come ("we must
        # find").
        told = reports.get((f.document, f.sentence))
        if (not f.now_by_tense or not told or keys[i][1] != _RELATION_RANK["on"]
                or f.report_kind == _UNTENSED_AHEAD):
            continue
        after = [j for j in told if j > i]
        before = [j for j in told if j < i]
        report = after[0] if after else before[-1] if before and f.report_kind == _CONDITION else -1
        if (report >= 0 and keys[report][1] == _RELATION_RANK["on"]
                and keys[i][0] > keys[report][0]):
            keys[i] = keys[report]


def _join_future(keys: list[SortKey], facts: Sequence[OrderFacts]) -> None:
    """An untensed verb governed by the future told just before it ("will assist in sending",
    "will immediately become involved") is part of what is to come: it takes the future's key
    (after the events of their date) instead of its date's. So is what a future aims at, told
    next in its sentence ("will need $215 million to buy the shares and pay related fees")."""
    for i in range(1, len(facts)):
        f, future = facts[i], facts[i - 1]
        if ((f.after_future or f.infinitive)
                and (future.document, future.sentence) == (f.document, f.sentence)
                and keys[i - 1][1] == _RELATION_RANK["after"]
                and keys[i][1] == _RELATION_RANK["on"] and keys[i - 1][0] == keys[i][0]):
            keys[i] = keys[i - 1]


def _join_earlier_rank(keys: list[SortKey], facts: Sequence[OrderFacts]) -> None:
    """An event its sentence puts first (an ordering word or a relative clause: a negative hint)
    takes the key of an event ranked before their shared date in that sentence (a pluperfect:
    "he had been killed soon after being captured"), so the words order the two, not the rank."""
    before: dict[tuple[str, int], list[SortKey]] = {}
    for i, f in enumerate(facts):
        if keys[i][1] == _RELATION_RANK["before"]:
            before.setdefault((f.document, f.sentence), []).append(keys[i])
    if not before:
        return
    for i, f in enumerate(facts):
        if f.hint < 0 and keys[i][1] == _RELATION_RANK["on"]:
            for key in before.get((f.document, f.sentence), ()):
                if key[0] == keys[i][0]:
                    keys[i] = key
                    break


def _date_rank(hint: int) -> int:
    """Where an event stands among the events of its date, in any sentence, by its hint: first
    a date-wide ordering word (-2: "after", "previously"), then what its sentence's words put
    first ("who just turned 6", "had requested", "hatched by the dictator"): news tells the
    background of an event after it; then the rest."""
    return 0 if hint == -2 else 1 if hint < 0 else 2


def order_indices(facts: Sequence[OrderFacts]) -> list[int]:
    """The positions of events (given by their ``order_facts``) in time order; as
    ``order_events``, from the facts alone."""
    keys = _keys_of(facts)
    ties: list[tuple[tuple[int, int, int], float]] = [
        ((f.sentence, f.hint, f.with_reports), i) for i, f in enumerate(facts)]
    reported: tuple[str, int] | None = None  # the sentence of the last report seen
    report_at = -1  # and where it stands
    main: tuple[str, int] | None = None  # the sentence of the last event outside a condition
    main_at = -1  # and where it stands
    tensed: tuple[str, int] | None = None  # the sentence of the last tensed event, no report
    tensed_at = -1  # and where it stands
    for i, f in enumerate(facts):
        sentence = (f.document, f.sentence)
        if f.report_kind == _REPORT:
            reported = sentence
            report_at = i
        elif f.report_kind == _CONDITION and reported == sentence:
            # What a report supposes comes after the report, before what it would bring ("said
            # they would not turn Elian over if he came": said, came, turn).
            ties[i] = ((f.sentence, f.hint, 1), report_at + 0.5)
        elif f.report_kind == _CONDITION and main == sentence:
            # A condition is met before what it brings, the event told just before it ("the
            # sale could still fall through if financing problems develop": develop, fall), a
            # verb rather than a noun after it ("are being deprived of a fair trial if the
            # government can seize": seize, deprived).
            at = tensed_at if tensed == sentence else main_at
            ties[i] = ((f.sentence, f.hint, f.with_reports), at - 0.5)
        elif f.report_kind in (_UNTENSED, _UNTENSED_AHEAD) and not f.with_reports and reported == sentence:
            # Announced by a report the mention model found ("filed a brief ... arguing").
            ties[i] = ((f.sentence, f.hint, 1), i)
        if f.report_kind != _CONDITION:
            main, main_at = sentence, i
        if f.report_kind == _NOT_REPORTED:
            tensed, tensed_at = sentence, i
    # A trip a report tells in the present progressive is planned, to come ("Farkas is leaving
    # for the United States ..., he said Saturday"): after the reports of its sentence. So is
    # what a noun names as still to come ("the possible arrival of his father").
    reports = {(f.document, f.sentence) for f in facts if f.report_kind == _REPORT and f.with_reports}
    for i, f in enumerate(facts):
        if not ties[i][0][2] and ((f.progressive and (f.document, f.sentence) in reports)
                                  or (f.ahead_noun and not f.hint)):
            ties[i] = ((f.sentence, f.hint, 2), i)
    for i, f in enumerate(facts):
        if f.quote_runs_on and (f.report_kind in (_UNTENSED_AHEAD, _CONDITION) or f.progressive):
            # What a quote says is to come is not done when reported, also when the report
            # follows the quote's last sentence ("``I would go there. Nothing more,'' she said").
            j = _report_of_quote(facts, i)
            if j >= 0 and keys[j] == keys[i]:
                ties[i] = ((facts[j].sentence, facts[j].hint, 2), j + 0.5)
    reported = None
    for i in range(len(facts) - 1, -1, -1):
        f = facts[i]
        if f.report_kind == _REPORT:
            reported = (f.document, f.sentence)
        elif (f.report_kind in (_UNTENSED_AHEAD, _CONDITION) and not ties[i][0][2]
              and reported == (f.document, f.sentence)):
            # What a quote before its report says is to come, or supposes, is not done when
            # reported ("``He is ready to come,'' said Craig", "``If he goes back, ...,'' said
            # Hernandez"): after the report.
            ties[i] = ((f.sentence, f.hint, 2), i)
    for i in range(1, len(facts)):
        # The object of a past verb told just before it ("condemned the bombing") happened first;
        # one its own words put earlier still keeps that place ("a rise followed the invasion").
        # So does a noun in a phrase joined to a report's bare object ("announced support for
        # the decision"), though the object itself ("announced a ban") comes after the report.
        # The verb may be told two events back, when the object is an event too ("likened the
        # revolutionary battle to the fight": fight, battle, likened).
        for j in range(i - 1, max(-1, i - 1 - OBJECT_EVENTS_BACK), -1):
            verb = facts[j]
            if (facts[i].verb_end >= 0 and facts[i].verb_end == verb.trigger_end
                    and (verb.earlier_objects or (facts[i].linked and verb.with_reports and j == i - 1))
                    and verb.document == facts[i].document
                    and keys[j] == keys[i]):
                # Before the verb where it now stands (itself an object moved before its own
                # verb: "condemned the handling of the meeting": meeting, handling, condemned).
                ties[i] = min(ties[i], (ties[j][0], ties[j][1] - 0.5))
                break
    for i in range(len(facts) - 1):
        if facts[i].planned_by >= 0:
            # "The move was approved at a meeting": what is planned comes after the planning.
            for j in range(i + 1, min(len(facts), i + 3)):
                if facts[j].trigger_end == facts[i].planned_by and keys[j] == keys[i]:
                    ties[i] = (ties[j][0], ties[j][1] + 0.25)
                    break
    for i in range(1, len(facts)):
        if facts[i].then or facts[i].hint == 1:
            # "... took in the child, but then refused": right after the last of what its
            # sentence told before it, among the events of its date. So too an event a "before"
            # or "prior to" puts after what it is told with ("options exercised prior to
            # completion of the transaction, Heritage would issue"): after that, not after the
            # events told later in its sentence.
            sentence = (facts[i].document, facts[i].sentence)
            ahead = []
            for j in range(i - 1, -1, -1):
                if (facts[j].document, facts[j].sentence) != sentence:
                    break
                if keys[j] == keys[i]:
                    ahead.append(ties[j])
            if ahead and (max(ahead) > ties[i] or not facts[i].then):
                last = max(ahead)
                ties[i] = (last[0], last[1] + 0.25)
    order = sorted(range(len(facts)), key=lambda i: (keys[i], _date_rank(ties[i][0][1]), ties[i]))
    return _words_before_dates(order, keys, facts)


# How many sentences after the one it opens in a quote may go on.
QUOTE_SENTENCES = 3


def _report_of_quote(facts: Sequence[OrderFacts], i: int) -> int:
    """The report after the quote the event ``i`` is told in, when that quote goes on past its
    sentence and closes right before a report of a later sentence; else -1."""
    sentences = 0
    for j in range(i + 1, len(facts)):
        f = facts[j]
        if f.document != facts[i].document:
            return -1
        if f.sentence != facts[j - 1].sentence:
            sentences += 1
            if sentences > QUOTE_SENTENCES:
                return -1
        if f.sentence != facts[i].sentence and f.closes_quote:
            return j if f.report_kind == _REPORT and f.with_reports else -1
    return -1


def _words_before_dates(order: list[int], keys: Sequence[SortKey],
                        facts: Sequence[OrderFacts]) -> list[int]:
    """The order with each event its sentence's words put first (a negative hint: "after the
    parliament ratified the treaty", "because they insisted", "who oppose his return") moved
    just before the first event of that sentence its words rank later (no such words, or
    weaker ones: "had been expected after police said") that its date alone put ahead: an
    ordering word is surer evidence than a date carried from earlier sentences, read from a
    tense or a reporting convention, or borrowed from a neighbour; not than a time expression
    of the other event's own ("Earlier AT&T announced a drop in profits for the fourth
    quarter": the drop stays first)."""
    movers: dict[tuple[str, int], list[int]] = {}
    for i, f in enumerate(facts):
        if f.hint < 0:
            movers.setdefault((f.document, f.sentence), []).append(i)
    rivals: dict[tuple[str, int], list[int]] = {}
    for j, f in enumerate(facts):
        # A rival: no time expression of its own, and a hint weaker than a cause's (the strongest).
        if f.hint > CAUSE_HINT and not f.by_expression and (f.document, f.sentence) in movers:
            rivals.setdefault((f.document, f.sentence), []).append(j)
    # Most sentences tie on one date: only a mover dated after one of its rivals can move.
    candidates = [(i, others) for sentence, others in rivals.items()
                  for earliest in [min(keys[j][0] for j in others)]
                  for i in movers[sentence] if earliest < keys[i][0]]
    if not candidates:
        return order
    at = [0] * len(order)
    for p, i in enumerate(order):
        at[i] = p
    place: dict[int, float] = {}
    for i, others in candidates:
        ahead = [at[j] for j in others if at[j] < at[i] and keys[j][0] < keys[i][0]
                 and facts[j].hint > facts[i].hint]
        if ahead:
            place[i] = min(ahead) - 0.5
    if not place:
        return order
    return sorted(order, key=lambda i: (place.get(i, at[i]), at[i]))


def order_events(events: list[Event]) -> list[Event]:
    """Events in time order; given in text order per document, equal keys are ordered by the
    before/after words of their sentence, then by text order."""
    return [events[i] for i in order_indices([order_facts(event) for event in events])]
