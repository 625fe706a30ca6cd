"""Property tests: arbitrary text never crashes the tagger or the builder, offsets always hold.

Text comes from all of Unicode (control characters, combining marks, right-to-left scripts, NUL,
lone surrogates as left by bad decoding) and from the tagger's own vocabulary, where matches are
dense and overlapping.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newstimeline.models import Document, Timeline
from newstimeline.pipeline import BuildOptions, process_document
from newstimeline.render.json_out import timeline_json
from newstimeline.timex import tag
from newstimeline.timex import vocabulary as vocab

DCT = dt.date(2021, 12, 18)
EXAMPLES = 150

ANY_TEXT = st.text(
    st.one_of(st.characters(codec=None, exclude_categories=()),
              st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)),  # lone surrogates
    max_size=400,
)
TABLE_WORDS = sorted(
    {*vocab.MONTHS, *vocab.WEEKDAYS, *vocab.NUMBER_WORDS, *vocab.UNITS, *vocab.RELATIVE_DAYS,
     *vocab.DEICTIC_SHIFTS, *vocab.VAGUE_REFERENCES, *vocab.SET_WORDS, *vocab.SEASONS,
     *vocab.PARTS_OF_DAY, *vocab.ORDINALS, *vocab.DATE_PREPOSITIONS}
)
VOCABULARY = [*TABLE_WORDS, "May", "March", "Friday", "Dec.", "18", "2021", "12/18/2021", "ago", "said", "will", "the",
     "earlier", "last", "next", "on", "in", ",", ".", "\n", "MOSCOW, December 18. /TASS/.",
     "(Reuters) -", "he", "Putin", "has", "been", "released", "p.m.", "3", "mid-", "1990s"]
VOCABULARY_TEXT = st.lists(
    st.one_of(st.sampled_from(VOCABULARY), st.sampled_from([w.upper() for w in VOCABULARY])),
    max_size=60,
).map(" ".join)
TEXTS = st.one_of(ANY_TEXT, VOCABULARY_TEXT)
FAST = settings(max_examples=EXAMPLES, deadline=None,
                suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(TEXTS)
def test_tagger_offsets_index_the_text_and_intervals_are_ordered(text: str) -> None:
    for expression in tag(text, DCT):
        span = expression.span
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start:span.end] == span.text
        interval = expression.interval
        if interval.earliest and interval.latest:
            assert interval.earliest <= interval.latest


@FAST
@given(TEXTS)
def test_builder_never_raises_and_events_sit_in_their_sentences(text: str) -> None:
    document = Document(id="doc", path="doc.txt", title=None, text=text)
    info, events = process_document(document, BuildOptions(reference_date=DCT))
    assert info.dct.date <= DCT
    for event in events:
        assert text[event.trigger.start:event.trigger.end] == event.trigger.text
        assert text[event.sentence.start:event.sentence.end] == event.sentence.text
        assert event.sentence.start <= event.trigger.start < event.trigger.end <= event.sentence.end
        if event.time.earliest and event.time.latest:
            assert event.time.earliest <= event.time.latest


@FAST
@given(TEXTS)
def test_building_twice_gives_identical_json(text: str) -> None:
    def build() -> str:
        document = Document(id="doc", path="doc.txt", title=None, text=text)
        info, events = process_document(document, BuildOptions(reference_date=DCT))
        return timeline_json(Timeline(generator="test", name="t", documents=[info], events=events))

    assert build() == build()
