"""Vocabulary of the event stage, as data: verbs, auxiliaries, titles, pronouns."""

from __future__ import annotations

from typing import Literal

# Reporting verbs in the forms news copy uses them; their events are the acts of saying.
REPORTING_VERBS: frozenset[str] = frozenset({
    "said", "says", "say", "told", "tells", "stressed", "stresses", "added", "adds", "noted",
    "notes", "stated", "states", "announced", "announces", "declared", "declares", "claimed",
    "claims", "reported", "reports", "warned", "warns", "explained", "explains", "insisted",
    "insists", "argued", "argues", "emphasized", "emphasised", "confirmed", "confirms",
    "denied", "denies", "acknowledged", "acknowledges", "admitted", "admits", "asserted",
    "replied", "responded", "wrote", "writes", "commented", "remarked", "recalled", "predicted",
    "suggested", "urged", "urges", "estimated", "quoted", "cited", "underlined", "pointed",
})  # fmt: skip

# Nouns naming the vehicle of a report, which may speak as its subject ("said a message that
# was read Wednesday night", "said a statement that was issued in Nairobi").
REPORT_VEHICLES: frozenset[str] = frozenset({
    "message", "letter", "statement", "note", "communique", "fax", "memo", "memorandum",
    "release", "bulletin", "broadcast", "editorial", "declaration", "announcement",
})  # fmt: skip
# What opens a relative clause telling of such a vehicle, and the past "be" of its passive
# ("a message that was read", "a statement which was issued").
VEHICLE_RELATIVES: frozenset[str] = frozenset({"that", "which"})
VEHICLE_PASSIVE_BE: frozenset[str] = frozenset({"was", "were"})

# Base forms of reporting verbs, for phrases such as "went on to say".
REPORTING_BASES: frozenset[str] = frozenset({"say", "add", "note", "stress", "tell", "warn",
                                             "explain", "insist", "argue"})  # fmt: skip

# Reporting verbs that take a clause, not an event noun, as their object: a noun right after
# them opens what is reported ("said the ruling was appropriate"), unlike "announced a ban".
CLAUSE_REPORTING_VERBS: frozenset[str] = frozenset({"said", "says", "say"})

# Irregular past tenses and participles ("went", "held", "has come", "became", "got") that
# mark an event. A verb prefix keeps a form irregular ("retook", "overcame": VERB_PREFIXES).
# Forms that are as often a present or a noun ("beat", "cast", "bound", "wound") stay out.
IRREGULAR_PAST: frozenset[str] = frozenset({
    "arose", "arisen", "ate", "awoke", "awoken", "became", "began", "begun", "beaten", "bent",
    "bid", "bled", "blew", "blown", "bore", "borne", "bought", "bred", "broke", "broken",
    "brought", "built", "came", "caught", "chose", "chosen", "clung", "come", "cost", "crept",
    "cut", "dealt", "did", "done", "drank", "drawn", "drew", "driven", "drove", "dug", "eaten",
    "fallen", "fed", "fell", "felt", "fled", "flew", "flown", "flung", "forbade", "forbidden",
    "forgave", "forgiven", "forgot", "forgotten", "fought", "found", "froze", "frozen", "gave",
    "given", "gone", "got", "gotten", "grew", "grown", "heard", "held", "hid", "hidden", "hit",
    "hung", "hurt", "kept", "knelt", "knew", "known", "laid", "leapt", "led", "left", "lent",
    "lit", "lost", "made", "meant", "met", "mistook", "overcame", "oversaw", "overtook", "paid",
    "put", "quit", "ran", "rang",
    "ridden", "risen", "rode", "rose", "sang", "sank", "sat", "saw", "seen", "sent", "set",
    "shaken", "shone", "shook", "shot", "shown", "shrank", "shrunk", "shut", "slain", "slept",
    "slid", "sold", "sought", "sped", "spent", "split", "spoke", "spoken", "sprang", "spread",
    "sprung", "spun", "stole", "stolen", "stood", "struck", "stuck", "stung", "sung", "sunk",
    "swam", "swept", "swore", "sworn", "swung", "taken", "taught", "thought", "threw",
    "thrown", "took", "tore", "torn", "understood", "undertook", "upheld", "went", "wept",
    "withdrawn", "withdrew", "woke", "won", "wore", "woven", "written", "wrote", "wrung",
})  # fmt: skip

# Forms the shipped mention model was trained without: its lexicon feature ("irr") and the verb
# reader that gives its "rv=" feature read MODEL_IRREGULAR_PAST. Retraining with them moved the
# cross-validated figures only by training noise (class -0.3, as much as a change of seed:
# docs/events.md, "Round 16"); tense reads the whole table.
MODEL_UNSEEN_PAST: frozenset[str] = frozenset({
    "arisen", "arose", "awoke", "awoken", "beaten", "became", "bent", "bled", "blew", "blown",
    "bore", "borne", "bred", "clung", "crept", "dealt", "drank", "dug", "flung", "forbidden",
    "forgiven", "frozen", "got", "gotten", "heard", "hung", "knelt", "leapt", "overcame",
    "oversaw", "ridden", "shaken", "shone", "shown", "shrank", "shrunk", "slain", "slid", "sped",
    "sprang", "sprung", "spun", "stung", "sung", "sunk", "swam", "swept", "swung", "upheld",
    "wept", "woven", "wrung",
})  # fmt: skip
MODEL_IRREGULAR_PAST: frozenset[str] = IRREGULAR_PAST - MODEL_UNSEEN_PAST

# Words ending in "-ed" that are not verbs, or whose -ed form is adjectival in news copy.
NOT_VERBS_ED: frozenset[str] = frozenset({
    "red", "bed", "need", "feed", "seed", "speed", "breed", "creed", "greed", "shed", "sled",
    "united", "hundred", "indeed", "proceed", "exceed", "succeed", "naked", "sacred", "wicked",
    "kindred", "rugged", "ragged", "beloved", "learned", "aged", "alleged", "so-called",
    "detailed", "limited", "advanced", "based", "related", "armed", "titled", "entitled",
    "supposed", "concerned", "interested", "involved", "skilled", "unprecedented", "unexpected",
    "unnamed", "unidentified",
})  # fmt: skip

AUXILIARIES: frozenset[str] = frozenset({
    "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having",
    "do", "does", "did", "get", "got", "gets",
})  # fmt: skip
DO_SUPPORT: frozenset[str] = frozenset({"did", "does", "do"})
# Forms of "be" and "have", told apart from the other auxiliaries in the mention model's
# features: "was willing" (a state after a copula) is not "had talks" (a verb of its own).
FORMS_OF_BE: frozenset[str] = frozenset({"is", "are", "was", "were", "be", "been", "being", "am"})
FORMS_OF_HAVE: frozenset[str] = frozenset({"has", "have", "had", "having"})
NEGATED_DO: frozenset[str] = frozenset({"didn't", "doesn't", "don't"})
# Prefixes that keep a verb irregular ("retook", "overran", "undertook", "withheld").
VERB_PREFIXES: tuple[str, ...] = ("re", "over", "under", "with", "out", "mis", "fore")
# Words that read as a prefix and an irregular past but are nouns, adjectives or presents.
PREFIXED_NOT_PAST: frozenset[str] = frozenset({
    "outcome", "outset", "outlet", "output", "outcast", "outlay", "forethought", "overcast",
    "rebound",
})  # fmt: skip
PERFECT_AUXILIARIES: frozenset[str] = frozenset({"has", "have", "had", "'s", "'ve", "'d"})
FUTURE_MODALS: frozenset[str] = frozenset({"will", "shall", "'ll", "wo"})
# Modals of possibility or obligation: what follows has not happened and gets no date of its own.
IRREALIS_MODALS: frozenset[str] = frozenset({
    "would", "could", "can", "may", "might", "must", "should", "ought", "'d", "ca",
})
NEGATIONS: frozenset[str] = frozenset({"not", "n't", "never", "no"})

# Words that may stand between an auxiliary and its verb ("has long been", "will soon start").
ADVERBS_BETWEEN: frozenset[str] = frozenset({
    "also", "already", "still", "just", "long", "soon", "never", "not", "n't", "now", "then",
    "recently", "reportedly", "allegedly", "repeatedly", "previously", "finally", "only",
    "even", "again", "earlier", "since", "officially", "once", "first", "jointly",
})  # fmt: skip

# Clause boundaries inside a sentence: a comma before one of these starts a new clause.
CLAUSE_OPENERS: frozenset[str] = frozenset({
    "and", "but", "while", "which", "who", "whom", "whose", "because", "although", "though",
    "as", "after", "before", "when", "where", "whereas", "since", "until", "if", "so",
})  # fmt: skip
# Complementizers after a reporting verb: what follows is the content reported.
COMPLEMENTIZERS: frozenset[str] = frozenset({"that"})
# Words after which "that" opens a clause's content, not a relative clause describing a noun:
# "the concern is that displaced people", "now that armed guards patrol" (verbs of thinking,
# I_STATE_STEMS, and reporting verbs do so too).
THAT_CONTENT_HOSTS: frozenset[str] = FORMS_OF_BE | frozenset({"so", "now", "such", "given"})

# Job titles and honorifics stripped from names ("Russian Deputy Foreign Minister Alexander
# Grushko" is the actor "Alexander Grushko").
TITLE_WORDS: frozenset[str] = frozenset({
    "president", "vice", "prime", "minister", "deputy", "foreign", "defense", "defence",
    "secretary", "general", "spokesman", "spokeswoman", "spokesperson", "aide", "adviser",
    "advisor", "ambassador", "envoy", "chairman", "chairwoman", "chair", "director", "chief",
    "executive", "ceo", "cfo", "head", "leader", "senator", "sen.", "rep.", "representative",
    "governor", "gov.", "mayor", "king", "queen", "prince", "princess", "pope", "judge",
    "justice", "mr.", "mrs.", "ms.", "dr.", "prof.", "gen.", "col.", "capt.", "lt.", "sgt.",
    "commander", "officer", "official", "state", "national", "security", "press", "first",
    "lady", "chancellor", "premier", "attorney", "speaker", "russian", "american", "chinese",
    "british", "french", "german", "ukrainian", "israeli", "iranian", "indian", "japanese",
    "kremlin", "white", "house", "us", "u.s.", "former", "acting", "senior", "top", "economy",
    "finance", "trade", "interior", "health", "energy", "presidential", "assistant",
})  # fmt: skip

# Capitalized words that begin sentences or name times, never actors.
NOT_ACTORS: frozenset[str] = frozenset({
    "the", "a", "an", "in", "on", "at", "it", "its", "it's", "this", "that", "these", "those",
    "he", "she", "they", "we", "i", "you", "there", "here", "but", "and", "or", "if", "when",
    "while", "after", "before", "all", "some", "many", "most", "one", "two", "as", "by", "for",
    "from", "with", "of", "to", "his", "her", "their", "our", "my", "your", "not", "no", "yes",
    "what", "who", "why", "how", "where", "according", "also", "meanwhile", "however",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "moment", "that's", "then", "so", "today", "yesterday",
})  # fmt: skip

# Words before which an "-ed" or irregular form is an adjective ("the proposed treaty").
DETERMINERS: frozenset[str] = frozenset({
    "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "these",
    "those", "that", "some", "any", "no", "every", "each",
})  # fmt: skip

# Adverbs that may stand between a subject and its verb ("Smith also said", "Moscow then
# said"), and conjunctions there: no noun a name before them modifies.
SUBJECT_ADVERBS: frozenset[str] = frozenset({
    "also", "then", "now", "still", "again", "too", "earlier", "later", "first", "once", "and",
    "or", "but",
})  # fmt: skip

# Subject pronouns resolved to the most recent person named before them.
PERSONAL_PRONOUNS: frozenset[str] = frozenset({"he", "she"})

# Name endings written as abbreviations ("Acme Corp.", "Martin Luther King Jr."): a name ending
# in one keeps the period the tokenizer leaves apart, as one with a period inside does ("U.S.").
ABBREVIATED_NAME_ENDINGS: frozenset[str] = frozenset({
    "corp", "inc", "co", "cos", "ltd", "bros", "jr", "sr", "mfg", "intl",
})  # fmt: skip

# Connecting words a multi-word name may contain ("Treaty Between the US and Russia" is not one
# name, but "Bank of England" is).
NAME_CONNECTORS: frozenset[str] = frozenset({"of", "de", "van", "von", "al", "bin", "la", "du"})

# Small hand-written lexicon for the mention model's features: verbs whose TimeML class is not
# the default OCCURRENCE, by crude stem (lowercase word minus -s/-ed/-ing). The model learns how
# far to trust each table; a word missing here is still learned from its own features.
ASPECTUAL_STEMS: frozenset[str] = frozenset({
    "begin", "began", "begun", "start", "continu", "continue", "stop", "finish", "end", "complet",
    "complete", "resum", "resume", "halt", "ceas", "cease", "quit", "keep", "kept", "remain",
    "launch", "initiat", "initiate", "terminat", "terminate", "conclud", "conclude",
})  # fmt: skip
I_STATE_STEMS: frozenset[str] = frozenset({
    "believ", "believe", "think", "thought", "want", "hope", "expect", "fear", "feel", "felt",
    "doubt", "wish", "intend", "know", "knew", "known", "consider", "suspect", "worri", "worry",
    "need", "prefer", "like", "love", "hate", "assum", "assume", "anticipat", "anticipate",
})  # fmt: skip
I_ACTION_STEMS: frozenset[str] = frozenset({
    "try", "tri", "attempt", "plan", "promis", "promise", "seek", "sought", "ask", "order",
    "urg", "urge", "call", "propos", "propose", "agree", "decid", "decide", "refus", "refuse",
    "allow", "permit", "prevent", "avoid", "offer", "threaten", "demand", "request", "vow",
    "pledg", "pledge", "approv", "approve", "reject", "investigat", "investigate", "accus",
    "accuse", "charg", "charge", "delay", "postpon", "postpone", "authoriz", "authorize",
    "persuad", "persuade", "encourag", "encourage", "help", "forc", "force", "claim",
})  # fmt: skip
PERCEPTION_STEMS: frozenset[str] = frozenset({
    "see", "saw", "seen", "hear", "heard", "watch", "observ", "observe", "notic", "notice",
    "look", "view", "witness", "spot", "detect", "sense",
})  # fmt: skip
STATE_WORDS: frozenset[str] = frozenset({
    "own", "live", "lived", "belong", "contain", "remain", "exist", "available", "able",
    "responsible", "likely", "unlikely", "aware", "crisis", "tension", "tensions", "position",
    "control", "shortage", "deficit", "debt", "member", "rule", "alive", "dead", "open",
})  # fmt: skip
PREPOSITIONS: frozenset[str] = frozenset({
    "in", "on", "at", "by", "for", "of", "with", "from", "to", "into", "after", "before",
    "during", "since", "until", "over", "under", "about", "against", "between", "through",
    "amid", "despite", "following", "without", "within", "toward", "towards", "among",
})  # fmt: skip
# Prepositions after which an event word is a noun or gerund, not a finite verb.
PREPOSITIONS_BEFORE_NOUNS: frozenset[str] = frozenset({
    "of", "in", "on", "at", "for", "with", "from", "into", "after", "before", "during", "since",
    "amid", "despite", "following", "without", "about", "against", "over", "by",
})  # fmt: skip
PAST_FORMS_OF_BE: frozenset[str] = frozenset({"was", "were", "had", "did"})
PRESENT_FORMS_OF_BE: frozenset[str] = frozenset({"is", "are", "am", "has", "have", "does"})
# Quote marks as tokens: the tokenizer splits "``" and "''" into single characters.
QUOTE_TOKENS: frozenset[str] = frozenset({"`", "'", '"', "\u201c", "\u201d"})
# Pronouns that stand as subjects: a verb in -s right after one is in the present tense.
SUBJECT_PRONOUNS: frozenset[str] = frozenset({"he", "she", "it", "they", "we", "i", "you", "who",
                                              "which", "that", "this"})  # fmt: skip
# Relative pronouns before a verb's plain form, which is then a present ("exiles who oppose
# the return", "laws which prohibit violence"); the personal pronouns a plain form also agrees
# with ("they", "we", "I", "you") are left out ("we consider" in a quote became a TimeLine
# entity event: see docs/events.md).
RELATIVE_SUBJECTS: frozenset[str] = frozenset({"who", "which"})
# Subjects before which a verb's plain form is read as a present: the relative pronouns and
# "they" ("Authorities have said they believe the weapon may ...", "if they lose their
# appeal"). "I/we/you" speak in quotes, where a present is the speaker's view ("we consider"),
# which the TimeLine task would take as an entity's event (its trial F1 falls 55.07 -> 54.92).
PLAIN_PRESENT_SUBJECTS: frozenset[str] = RELATIVE_SUBJECTS | {"they"}
# Contracted auxiliaries and the tense they give the verb after them ("don't know": present).
CONTRACTED_TENSES: dict[str, Literal["past", "present", "future"]] = {
    "don't": "present", "doesn't": "present", "didn't": "past", "won't": "future",
}
# Negated auxiliaries written as one word, read as the auxiliary ("isn't abandoning").
CONTRACTED_AUXILIARIES: dict[str, str] = {
    "isn't": "is", "aren't": "are", "wasn't": "was", "weren't": "were", "hasn't": "has",
    "haven't": "have", "hadn't": "had",
}
# A subject contracted with "be" ("they're talking", "it's turning out"); "'s" only after a
# pronoun, since "Apple's market-leading store" is a possessive.
CONTRACTED_BE: frozenset[str] = frozenset({
    "i'm", "we're", "you're", "they're", "it's", "he's", "she's", "that's", "there's", "who's",
    "what's", "here's",
})  # fmt: skip

# Nouns that name events in news copy (a feature for the mention model, not a rule): wars,
# talks and votes, crimes and disasters, business results. Written here from common usage.
EVENT_NOUNS: frozenset[str] = frozenset({
    "war", "wars", "attack", "attacks", "bombing", "bombings", "blast", "explosion", "fire",
    "shooting", "killing", "killings", "murder", "death", "deaths", "assassination", "crash",
    "earthquake", "quake", "flood", "floods", "storm", "hurricane", "rains", "drought",
    "fighting", "battle", "clashes", "conflict", "invasion", "occupation", "strike", "strikes",
    "raid", "raids", "siege", "coup", "uprising", "protest", "protests", "demonstration",
    "riot", "riots", "violence", "crisis", "standoff", "dispute", "talks", "negotiations",
    "meeting", "meetings", "summit", "conference", "visit", "trip", "tour", "ceremony",
    "election", "elections", "vote", "voting", "referendum", "campaign", "race", "trial",
    "hearing", "rehearing", "investigation", "inquiry", "probe", "arrest", "arrests",
    "charges", "conviction", "sentence", "appeal", "appeals", "ruling", "verdict", "decision",
    "agreement", "deal", "accord", "treaty", "pact", "settlement", "merger", "acquisition",
    "takeover", "offer", "bid", "sale", "sales", "purchase", "buyback", "earnings", "profit",
    "profits", "loss", "losses", "income", "revenue", "gain", "gains", "results", "growth",
    "decline", "drop", "rise", "increase", "cut", "cuts", "layoffs", "bankruptcy", "recession",
    "trading", "issue", "offering", "payment", "payments", "change", "changes", "reform",
    "reforms", "plan", "proposal", "statement", "announcement", "report", "remarks", "speech",
    "interview", "response", "support", "opposition", "threat", "threats", "warning",
    "sanctions", "embargo", "ban", "aid", "rescue", "evacuation", "release", "escape",
    "departure", "arrival", "return", "launch", "treatment", "process", "setback", "move",
    "effort", "efforts", "operation", "operations", "mission", "crackdown", "ceasefire",
    "truce", "withdrawal", "deployment", "incident", "accident", "scandal", "resignation",
    "appointment", "nomination", "inauguration", "funeral", "wedding", "birth", "career",
})  # fmt: skip

# Words that order an event against the others of its sentence when their dates tie: the event
# they introduce comes first (-1: "after the meeting", "following talks") or last (+1: "before
# the vote", "then", "until"); -2: first among all the events of its date, whatever their
# sentence ("... was necessary after a Miami judge turned legal logic on its head").
ORDER_HINT_WORDS: dict[str, int] = {
    "after": -2, "following": -1, "since": -1, "earlier": -1, "previously": -1, "once": -1,
    # A "when" clause tells what set off its main clause ("died when their boat sank").
    "when": -1,
    # A response names what it answers ("in response to U.S. missile attacks").
    "response": -1, "reaction": -1, "retaliation": -1,
    # So does an aftermath its cause ("in the wake of the crisis"; not "result": "result in").
    "wake": -1, "aftermath": -1,
    # A past perfect ("had fled") tells of what came before the time the story is telling.
    "had": -1,
    # A cause or source comes before its effect: "hurt by high costs", "benefited from demand",
    # "because of disputes", "due to the strike".
    "by": -1, "from": -1, "because": -2, "due": -1,
    # So do what a verb is tied to or reflects: "arrested in connection with the bombings",
    # "earnings fell, reflecting higher losses".
    "connection": -1, "reflecting": -1,
    "before": 1, "until": 1, "till": 1, "then": 1, "later": 1, "afterwards": 1,
    # A verb of succession orders its object: "a rise followed the invasion", "preceded the vote".
    "followed": -1, "follows": -1, "preceded": 1, "precedes": 1, "predates": 1,
}  # fmt: skip
# Ordering words that count only before a given word: "as a result of the strike" (not "result
# in the death", where the death comes after).
ORDER_HINT_PAIRS: dict[tuple[str, str], int] = {
    ("result", "of"): -1,
    # What an event comes before is later: "prior to the shooting", "in advance of the vote".
    ("prior", "to"): 1, ("advance", "of"): 1, ("ahead", "of"): 1,
    # What someone is suspected, accused or convicted of came first: "men suspected of blowing up
    # the airliner", "convicted of murder".
    ("suspected", "of"): -1, ("accused", "of"): -1, ("convicted", "of"): -1,
    ("acquitted", "of"): -1, ("guilty", "of"): -1,
    # What someone knows, says or recalls in a "what" clause already is or was: "I don't know
    # what Juan Miguel thinks", "would not say what happened".
    **{(verb, "what"): -1 for verb in (
        "know", "knew", "known", "knows", "say", "said", "says", "tell", "told", "tells",
        "explain", "explained", "understand", "understood", "remember", "remembered", "recall",
        "recalled", "describe", "described", "reveal", "revealed")},
}

# Nouns naming a sudden incident: what a sentence tells about one (condemned, investigated, killed
# in it) comes after it, whatever the words' order ("condemned terrorist bomb attacks", "a suspect
# in the bombings", "emerged as the focus ... within two weeks of the slaying").
INCIDENT_NOUNS: frozenset[str] = frozenset({
    "attack", "attacks", "bombing", "bombings", "blast", "blasts", "explosion", "explosions",
    "crash", "slaying", "killing", "killings", "shooting", "massacre", "assassination", "wreck",
    "sinking", "shipwreck", "accident",
})  # fmt: skip

# Adverbs that set an event before the time the story tells, across sentences: "Merieux
# previously said ...", "Initially, the company said ..." (not "earlier": mostly "earlier this
# week", a date of its own).
EARLIER_ADVERBS: frozenset[str] = frozenset({"previously", "initially", "originally", "formerly"})

# A past event in a noun's relative clause comes before the event of its sentence's main clause
# ("talk to others who survived the blast"); "which" and "that" also open what is reported or
# planned, so only "who" counts. A reduced relative ("the force dispatched to Saudi Arabia") is a
# past participle right after a noun, followed by one of these words.
WHO_RELATIVES: frozenset[str] = frozenset({"who"})
# Relative pronouns that open a clause describing the noun before them (anchoring: the clause's
# dates are its own).
RELATIVE_PRONOUNS: frozenset[str] = frozenset({"who", "whom", "whose", "which"})
REDUCED_RELATIVE_NEXT: frozenset[str] = frozenset({
    "by", "in", "at", "on", "for", "from", "during", "with", "to", "without", "through",
})
# Subordinating conjunctions: a noun right after one (or after one and a determiner) is the
# subject of its clause ("before the war began"), so the past form after it is no reduced relative.
SUBORDINATORS: frozenset[str] = frozenset({
    "before", "after", "when", "while", "because", "if", "as", "since", "until", "although",
    "though", "where", "that",
})  # fmt: skip

# Prepositions that open the occasion of a past verb right before them ("injured in the blast",
# "taken at the scene of the blast"): the occasion sorts first, as an object does.
OCCASION_PREPOSITIONS: frozenset[str] = frozenset({"in", "at"})

# Closed-class words that TimeML never marks as events (determiners, pronouns, conjunctions,
# most prepositions): the mention model labels them OUTSIDE without scoring them. "Following"
# stays out of this list: it is sometimes an event.
NEVER_EVENTS: frozenset[str] = frozenset({
    "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "these",
    "those", "that", "some", "any", "every", "each", "he", "she", "it", "they", "we", "i",
    "you", "who", "whom", "whose", "which", "him", "them", "us", "me", "and", "or", "but",
    "nor", "of", "in", "on", "at", "by", "for", "with", "from", "to", "into", "about", "than",
    "as", "if", "because", "while", "so", "not", "n't", "between", "through", "toward",
    "towards", "among", "within", "without", "over", "under", "against", "during", "since",
    "until", "after", "before", "amid", "despite",
})  # fmt: skip

# Words in -s that are no plural subject before a verb ("this", "its", "always").
# Plural nouns without -s that can be the subject of a plain present verb ("police admit").
PLURALS_WITHOUT_S: frozenset[str] = frozenset({
    "police", "people", "men", "women", "children", "militia", "personnel",
})
NOT_PLURAL_NOUNS: frozenset[str] = frozenset({
    "this", "was", "has", "his", "its", "as", "does", "yes", "hers", "ours", "theirs", "yours",
    "whereas", "perhaps", "less", "unless", "thus", "plus", "news", "always", "sometimes",
    "whose", "those", "these", "besides", "towards", "afterwards", "nevertheless",
})  # fmt: skip
# Determiners that open a verb's object ("carries a fine"); "that", "these", "those" also
# open relative clauses and noun phrases after a plural noun ("charges that", "talks these").
OBJECT_DETERMINERS: frozenset[str] = DETERMINERS - {"that", "these", "those"}

# Punctuation that ends a clause inside a sentence ("..., last year they contributed").
CLAUSE_BREAK_MARKS = frozenset({",", ";", ":"})
# Tokens that also end the stretch between a verb and its object noun: a choice, a dash or the wire
# dash "_", brackets ("a summit -- set for April" is no participle of the summit).
PHRASE_BREAK_TOKENS = frozenset({"or", "--", "_", "(", ")"})

# First tokens of a sentence that goes on with the past the paragraph before told, rather than
# coming back to the story's day: a word pointing back ("That agreement ended five decades of
# war", "These talks collapsed"), or a quotation mark opening the speaker's words, which answer
# what was just told ("The last budget was rejected in 2019. / ``It was a disaster,'' she said").
PAST_FRAME_OPENERS: frozenset[str] = frozenset({"this", "these", "that", "those", "then",
                                                "`", '"', "\u201c", "'"})

# Modals that tell, in a past report, what was to come ("said it would cut rates"): what they
# foretell is an event of its own (outside a report "would" is a condition, "the bill would
# avert a shutdown").
REPORTED_FUTURE_MODALS: frozenset[str] = frozenset({"would", "'d"})
# After such a modal: no act of its own ("would have closed" is a condition never met, "would
# be" a state, "would like to").
NOT_REPORTED_VERBS: frozenset[str] = frozenset({"have", "be", "like", "rather", "say"})

# Reading a report's speaker outside its clause ("Bush, however, says ...", "..., said a
# spokesman"): words that open a sentence's adverbial, not its subject ("In an interview on
# ABC, he ...");
NOT_SUBJECT_OPENERS: frozenset[str] = frozenset({
    "in", "on", "at", "after", "before", "during", "when", "while", "as", "if", "since",
    "although", "though", "because", "with", "without", "for", "from", "by", "under", "despite",
    "asked", "speaking", "according", "but", "and", "yet", "so", "meanwhile", "however",
})  # fmt: skip
# the pronouns that may speak for a clause a conjunction joins ("but said he was hopeful");
PERSONAL_SUBJECTS: frozenset[str] = frozenset({"he", "she", "they", "we", "i"})
# the words that open a speaker named after the verb ("..., said a spokesman").
SPEAKER_ARTICLES: frozenset[str] = frozenset({"a", "an", "the", "its", "their", "his", "her",
                                              "our"})  # fmt: skip
