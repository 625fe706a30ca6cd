"""Word tables of the ordering rules in ``events/order.py``: the words and stems that put an
event before or after the events around it.
"""

from __future__ import annotations

import re

from newstimeline.events.vocabulary import (
    ADVERBS_BETWEEN,
    AUXILIARIES,
    DETERMINERS,
    FORMS_OF_BE,
    FORMS_OF_HAVE,
    FUTURE_MODALS,
    IRREALIS_MODALS,
    NEVER_EVENTS,
    SUBORDINATORS,
)

# Subordinators whose ordering reaches over their whole clause, not only HINT_REACH words.
CLAUSE_ORDER_WORDS = frozenset({"after", "because", "when", "since", "before", "until", "once"})

CAUSE_WORDS = frozenset({"by", "due", "connection", "reflecting", "result", "when"})

# Verbs that put a result down to a cause after "to" ("attributed the gain to higher demand", "a
# charge related to the layoffs"). Not "linked": a link runs both ways.
ATTRIBUTING = frozenset({
    "attributed", "attributes", "attribute", "blamed", "blames", "blame", "credited", "credits",
    "traced", "ascribed", "tied", "related", "response", "responses", "reaction", "reactions",
    "reply", "replies", "retaliation", "responded", "respond", "responds", "responding",
    "reacted", "react", "reacting", "replied", "answer", "objection", "objections", "object",
    "objects", "objected", "objecting",
})  # fmt: skip

# Words before a gerund that tell of an activity under way when the main event happened.
DURING_WORDS = frozenset({"while"})

# Stems of verbs that keep someone from doing something ("prevent its enemies from trying",
# "kept shareholders from tendering").
PREVENTING = (
    "prevent", "keep", "kept", "stop", "bar", "ban", "block", "discourag", "deter", "intimidat",
    "prohibit", "restrain", "dissuad",
)  # fmt: skip

# Words that close a range opened by "from" ("from deficit into surplus").
RANGE_ENDS = frozenset({"to", "into"})

# Ordering words that cancel when joined ("both before and after the mother perished").
BEFORE_AND_AFTER = frozenset({"before", "after"})

# Ordering words that are none before the next word: "had to apply" is an obligation, no
# pluperfect.
NO_HINT_PAIRS = frozenset({("had", "to")})

# Verbs that report an earlier saying "as saying" ("quoted the minister as saying").
QUOTING_VERBS = frozenset({"quoted", "quotes", "quote", "quoting", "cited", "cites"})

# Passive participles after which "by" names what comes later ("was followed by a sale").
SUCCESSION_PASSIVES = frozenset({"followed", "succeeded", "replaced"})

# "Earlier" alone or after a short span ("a day", "two weeks"), as a sentence's opener, or
# before the day it narrows ("Earlier Friday,": before the day's other events; not "Earlier
# this month,", a span of its own: measured, it loses a pair).
OPENING_EARLIER = re.compile(
    r"(?:(?:a|one|two|three|four|five|several|\d+) \w+ )?earlier"
    r"(?: (?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday"
    r"|that day|in the day))?")

# Stems of verbs and nouns of blame, punishment or praise: their "for" and a gerund name what
# came first ("criticized Vacco for dismantling", "as punishment for seizing"); not "arrested",
# "held", "wanted": "for questioning" is a purpose, later.
BLAME_STEMS = (
    "accus", "blam", "critici", "lambast", "attack", "assail", "condemn", "denounc", "punish",
    "fined", "jail", "imprison", "sentenc", "convict", "prais", "thank", "credit", "apologi",
    "sued", "suing", "fault", "rebuk", "scold", "censur", "reprimand", "honor", "honour",
    "reward", "cited", "arrest", "detain", "indict",
)  # fmt: skip

# Words whose hint depends on the words around them (``_phrase_hint``).
PHRASE_WORDS = frozenset({"for", "while", "of"})

# Cause phrases whose noun phrase orders every event up to the clause's end ("fell 30%,
# reflecting higher catastrophe losses and the price war in the property market"). Not "in
# connection with", "in response to", "in the wake of": measured, they lose pairs.
CLAUSE_CAUSES = frozenset({"reflecting"})

CLAUSE_CAUSE_PAIRS = frozenset({("due", "to"), ("result", "of")})

CLAUSE_CAUSE_ENDS = frozenset(second for _, second in CLAUSE_CAUSE_PAIRS)

# Words that end the agent's noun phrase: an infinitive, a clause of its own ("quoted by
# Interfax as saying that Moscow would not join"), a verb's auxiliary.
AGENT_ENDS = (frozenset({"to", "that", "as", "who", "which", "while"}) | AUXILIARIES
               | FUTURE_MODALS | IRREALIS_MODALS | FORMS_OF_BE | FORMS_OF_HAVE)

# Words opening a clause inside a noun phrase or a comparison ("the ally who has backed",
# "the access that the family has permitted", "deeper discounts than observers have seen").
PERFECT_CLAUSE_OPENERS = frozenset({"who", "whom", "which", "that", "where", "than"})

# Verbs of mind whose clause may open without "that" ("I think people have forgotten"): a present
# perfect there tells of what came before. Not "said": a report's clause is ordered by the reports
# rule (measured: "said President Bush has approved" loses a pair).
COMPLEMENT_VERBS = frozenset({
    "think", "thinks", "believe", "believes", "know", "knows", "feel", "feels", "fear", "fears",
    "hope", "hopes", "insist", "insists", "believed", "thought", "knew",
})  # fmt: skip

# Object pronouns: a word right before one is a verb ("allow him", "give it").
OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "it", "you"})

# Nouns of aim that open a purpose ("In an effort to", "In hopes of", "In a bid to").
PURPOSE_NOUNS = frozenset({
    "effort", "efforts", "bid", "attempt", "attempts", "hope", "hopes", "order", "move",
})  # fmt: skip

# Gerunds of claiming whose clause tells what someone holds happened ("alleging Gonzalez abused");
# not "saying", a report itself, whose clause the reports rule orders.
CLAIMING_GERUNDS = frozenset({
    "alleging", "claiming", "charging", "arguing", "asserting", "contending",
    "insisting", "complaining",
})  # fmt: skip

# Nouns of a time that a clause without "when" may describe ("from the night the plane went down").
TIME_NOUNS = frozenset({"night", "day", "morning", "evening", "afternoon", "week", "time", "moment"})

# Modals of what someone would or will do ("said they would look for ways").
WOULD_OR_WILL = FUTURE_MODALS | {"would", "'d"}

# Words before "than" that make it a quantity, no clause ("more than 100 people have been killed").
QUANTITY_COMPARATIVES = frozenset({"more", "less", "fewer"})

# Conjunctions joining the perfect to the main clause ("lived there, but have recently moved").
COORDINATORS = frozenset({"and", "but", "or"})

# Words before a capitalized plural that make it a people or a group, not a name.
BEFORE_A_PEOPLE = DETERMINERS | {
    "of", "many", "several", "other", "all", "most", "few", "about", "some", "more", "fellow",
}

# Words that show a verb before the noun a participle follows ("trying to locate people
# stranded without food", "can reject the applications filed on his behalf"): the participle is
# no main verb, but a reduced relative.
VERB_BEFORE = frozenset({"to"}) | FUTURE_MODALS | IRREALIS_MODALS

# Conjunctions that open a clause of their own before its subject ("when it began").
CONJUNCTIONS = SUBORDINATORS | CLAUSE_ORDER_WORDS | COORDINATORS | {
    "where", "whereas", "unless", "so", "than", "whether", "how", "why", "what", "yet"}

# Subject pronouns of a relative clause whose noun is the verb's object ("poems they wrote").
CLAUSE_SUBJECTS = frozenset({"he", "she", "it", "they", "we", "i", "you"})

# Words after "by" that measure a change rather than name an agent ("rose by 5%", "fell by
# about half", "grew by as much as a third").
MEASURES = frozenset({
    "about", "nearly", "almost", "roughly", "some", "more", "less", "half", "as", "up", "only",
    "just", "over", "around", "far", "much", "one", "two", "three", "four", "five", "ten",
})  # fmt: skip

# Words after "by" that name a means of going or telling, no cause of what follows ("talked by
# telephone and the relatives went back", "reached Florida by boat").
MEANS = frozenset({
    "telephone", "phone", "cellphone", "fax", "mail", "e-mail", "email", "letter", "satellite",
    "radio", "boat", "raft", "ship", "sea", "air", "plane", "car", "bus", "train", "road",
    "land", "foot", "helicopter", "truck", "hand",
})  # fmt: skip

# Words that may stand between "to" or a modal and its verb ("must not be accompanied").
BETWEEN_MODAL_AND_VERB = ADVERBS_BETWEEN | {"be"}

# "To" and the modals that point ahead ("must find", "would be accompanied"); not "could", mostly
# a past ability ("could not contact the plane").
FORWARD_MODALS = (IRREALIS_MODALS | FUTURE_MODALS | {"to"}) - {"could"}

# Words between a relative pronoun and its verb ("who had earlier fled"), and words that are no
# noun before a reduced relative's participle ("was dispatched" is a passive, not one).
BETWEEN_RELATIVE_AND_VERB = ADVERBS_BETWEEN | FORMS_OF_BE | FORMS_OF_HAVE

# Words no reduced relative hangs on: function words, and conjunctions ("his father yet stayed
# in contact": a second verb, not a noun's clause).
NOT_NOUNS = (NEVER_EVENTS | AUXILIARIES | ADVERBS_BETWEEN | FORMS_OF_BE | FORMS_OF_HAVE
             | CONJUNCTIONS)

# Relative pronouns opening a passive that tells of what befell the noun, and the past forms of
# "be" right before that passive's participle.
PASSIVE_RELATIVES = frozenset({"that", "which"})

PAST_PASSIVE_BE = frozenset({"was", "were", "been"})

# Words that end a noun phrase looking back from its noun ("urged its people to keep").
NOT_IN_OBJECTS = NEVER_EVENTS | AUXILIARIES | FUTURE_MODALS | IRREALIS_MODALS

# Past verbs that ended an activity named by a gerund after them; not "stop" after a modal or
# a negation ("We cannot stop mobilizing": it goes on).
ENDING_VERBS = frozenset({"stopped", "finished", "ceased", "halted", "ended"})

# Verbs whose gerund or infinitive goes on from before them ("will keep fighting").
CONTINUING_VERBS = frozenset({"keep", "continue", "remain", "stay"})

# Past verbs of finding or seeing whose gerund after them tells what was going on when they
# happened ("he was found clinging to an inner tube", "saw the plane burning").
FINDING_VERBS = frozenset({
    "found", "seen", "saw", "caught", "spotted", "discovered", "heard", "noticed", "observed",
})  # fmt: skip

# Particles of phrasal verbs: the word before them is the verb ("touched off protests").
PARTICLES = frozenset({"off", "up", "out", "down", "back", "over", "away", "in", "on"})

# Prepositions that join a noun phrase to the object of a verb before it ("the importance of
# the announcement", "impatience at Washington's failure").
OBJECT_LINKS = frozenset({"of", "at", "on", "for", "with", "to", "about", "over", "into", "against"})

# Verbs whose object is already there when they act on it ("to end the exploitation", "to
# survive the war", "rebut foreign criticism", "overturn the ruling", "to outbid the offer": a
# bid tops or sweetens one made before), unlike verbs of intention ("to block his return",
# "demand a hearing"), whose object comes after them.
PRESUPPOSING_VERBS = frozenset({
    "end", "ending", "stop", "stopping", "halt", "halting", "settle", "settling", "resolve",
    "resolving", "survive", "surviving", "investigate", "investigating", "probe", "probing",
    "condemn", "condemning", "denounce", "denouncing", "criticize", "criticizing", "protest",
    "protesting", "mourn", "mourning", "rebut", "rebutting", "counter", "countering",
    "reverse", "reversing", "overturn", "overturning", "appeal", "appealing", "challenge",
    "challenging", "uphold", "upholding", "lift", "lifting", "review", "reviewing", "hear",
    "hearing", "match", "matching", "avenge", "punish", "punishing", "outbid", "top", "topping",
    "sweeten", "sweetening",
})  # fmt: skip

# Nouns of acts on what is already there: their "of" object came first ("the rejection of the
# effort", "the impact of the earthquake", "the reversal of the decision").
PRESUPPOSING_NOUNS = frozenset({
    "rejection", "reversal", "review", "settlement", "handling", "condemnation", "impact",
    "investigation", "probe", "resolution", "repeal", "cancellation", "denial", "criticism",
    "aftermath", "anniversary", "end", "suppression", "consequences", "effects",
})  # fmt: skip

# Past verbs of planning, arranging or demanding: their object comes after them ("planned the
# attacks", "scheduled a news conference", "organized the journey").
PLANNING_VERBS = frozenset({
    "organized", "planned", "arranged", "scheduled", "plotted", "ordered", "requested",
    "proposed", "designed", "prepared", "sought", "demanded",
})  # fmt: skip

# Subordinators whose clause, after a future, tells of a later time in the present tense.
UNTIL = frozenset({"until", "till"})

# Conjunctions opening a condition: what it supposes has not happened when it is reported.
CONDITIONALS = frozenset({"if", "unless"})

# Words after which "if" asks whether, no condition ("it was not known if the arrest ...").
WHETHER_WORDS = frozenset({
    "know", "knows", "knew", "known", "ask", "asks", "asked", "asking", "see", "unclear",
    "wonder", "wondered", "sure", "decide", "determine",
})  # fmt: skip

# Words right after a command's verb: its object or particle ("Send him back", "Give us time",
# "Stop the war"), where a noun opening a quote is followed by its verb ("Violence is ...").
AFTER_A_COMMAND = DETERMINERS | {
    "him", "her", "them", "us", "me", "it", "back", "away", "up", "out", "off", "down",
}

# Past verbs of deciding or finding out that, with a clause, tell what was so before them, as a
# report does ("The INS decided that Gonzalez met the test", "The analysis showed unemployment
# rates dropped"); not "found" (mostly a body or a boy found), "agreed" (to do something).
FINDING_VERBS_THAT = frozenset({
    "decided", "ruled", "concluded", "determined", "learned", "discovered", "showed",
    "revealed", "indicated", "established", "judged", "realized",
})  # fmt: skip

# Words after such a verb that open no clause ("decided to appeal", "ruled on the case"); "that"
# opens one.
NOT_A_CLAUSE = DETERMINERS | {"to", "on", "in", "at", "for", "against", "by", "with", "from"}

# Relative pronouns opening a clause that describes a noun ("Compaq, which said it discovered
# the bugs, still plans"; "Five Iraqis, whose names were not disclosed, also were deported").
# Not "who": after a speaker it mostly opens a second report of the sentence ("said his
# daughter, Rosa, who said he would prefer not to talk"; measured: 3 won, 2 lost).
DESCRIBING_RELATIVES = frozenset({"which", "whose"})

# Passive participles of planning, approving or putting off: a noun naming an event, their
# subject ("The move was approved at a meeting", "his return is put off", "The purchase is
# expected to cost"), is what they plan: it comes after them.
PLANNED_PASSIVES = frozenset({
    "approved", "planned", "scheduled", "designed", "expected", "proposed", "put", "renewed",
    "postponed", "delayed", "authorized", "slated", "arranged", "organized",
})  # fmt: skip

# Prepositions of a phrase joined to a noun before its passive of planning ("The purchase of
# the stake is expected", "Albright's visit to East Africa was designed").
PLANNED_LINKS = frozenset({"of", "to", "for", "with", "by"})

# Participles of making a text public: after a noun ("wrote in a letter published on the front
# page", "said a communique, read at a rally"), what was written is published after the writing.
PUBLISHED_PARTICIPLES = frozenset({"published", "broadcast", "aired", "printed", "televised", "read"})

# Verbs of going whose present progressive tells of a trip planned, to come ("is leaving for the
# United States", "They are coming with everyone"): after the report that tells it.
GOING_PROGRESSIVES = frozenset({
    "coming", "leaving", "going", "heading", "arriving", "returning", "traveling",
    "travelling", "flying", "moving"})

# Past verbs of a price or a market moving: an "on" phrase after them, past the amounts, names
# the news that moved it ("shares soared on the announcement", "fell 7/8 on reports"): the news
# came first.
MOVED_ON = frozenset({
    "rose", "fell", "soared", "jumped", "climbed", "slipped", "dropped", "gained", "declined",
    "surged", "tumbled", "plunged", "rallied", "advanced", "eased", "slid", "plummeted",
    "rebounded", "firmed", "weakened", "strengthened", "lost", "added", "sagged", "skidded",
    "retreated", "spurted", "sank",
})  # fmt: skip
# Words of the amount between such a verb and its "on" ("rose 15 pence to 420 pence on").
AMOUNT_WORDS = frozenset({
    "to", "from", "a", "by", "up", "down", "cents", "pence", "points", "point", "share",
    "percent", "sharply", "slightly", "steeply", "modestly", "%", "/", ".", "$",
})  # fmt: skip

# Nouns of being able, failing or choosing to do something: in a passive's agent ("was fueled by
# the company's ability to cut spending", "was hurt by its failure to sell"), the infinitive after
# one is the cause, before the passive.
CAPACITY_NOUNS = frozenset({
    "ability", "inability", "failure", "refusal", "willingness", "unwillingness", "capacity",
})  # fmt: skip

# Adjectives that make the event a noun names one still to come ("the possible arrival of his
# father", "the planned merger", "an upcoming visit"): it follows what its sentence tells.
AHEAD_ADJECTIVES = frozenset({
    "possible", "planned", "proposed", "upcoming", "impending", "expected", "future",
    "eventual", "anticipated", "forthcoming", "prospective", "scheduled", "further",
    "potential", "likely", "pending", "imminent",
})  # fmt: skip

# Marks that open and close a quote (the corpus's ``...'' and typographic ones; a plain '"' is
# both and is left out).
QUOTE_OPENERS = re.compile(r"``|\u201c")
QUOTE_CLOSERS = re.compile(r"''|\u201d")

# What someone is charged, arrested, convicted or sentenced for came first, as what someone is
# accused of (``ORDER_HINT_PAIRS`` of ``vocabulary.py``): "his convictions for securities fraud",
# "charged with murder", "arrested for drunken driving".
CHARGE_PAIRS: dict[tuple[str, str], int] = {
    **{(noun, "for"): -1 for noun in (
        "conviction", "convictions", "convicted", "arrested", "arrest", "arrests", "indicted",
        "indictment", "sentenced", "jailed", "imprisoned", "prosecuted", "prosecution",
        "fined", "punished", "punishment", "executed", "charged", "charges", "tried")},
    **{(verb, "with"): -1 for verb in ("charged", "charges", "charging")},
    **{(noun, "of"): -1 for noun in ("charges", "charge", "allegations", "allegation",
                                     "suspicion", "conviction", "convictions")},
}  # fmt: skip

# Adjectives of a state of affairs that has gone on for long ("the decades-long battle", "a
# years-old slump", "the long-running dispute"): the noun's event began before what its sentence
# tells. Read with the endings of ``LASTING_ENDINGS`` too.
LASTING_ADJECTIVES = frozenset({
    "long-running", "long-standing", "longstanding", "longtime", "long-time", "ongoing",
    "lingering", "protracted", "lengthy", "simmering", "festering",
})  # fmt: skip
LASTING_ENDINGS = ("-long", "-old")
