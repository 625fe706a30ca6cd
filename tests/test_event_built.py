"""The event stage builds its Events and Spans without validation: they equal validated ones."""

from __future__ import annotations

import copy
import datetime as dt
import pickle

from newstimeline.events import built, extract_events
from newstimeline.models import Event, EventTime, Precision, Span
from newstimeline.timex import tag

DCT = dt.date(2022, 3, 10)
TEXT = ("The central bank raised rates on Tuesday, Governor Anna Berg said. Berg told "
        "reporters that the bank would meet again in April. Protesters had gathered outside "
        "since Monday.")
STAGE_FIELDS = ("id", "document", "summary", "actors", "trigger", "event_class", "tense",
                "polarity", "sentence", "time")


def _state(model: Event | EventTime | Span) -> dict[str, object]:
    state: dict[str, object] = model.__getstate__()
    return state


def test_built_span_equals_a_validated_span_state_for_state() -> None:
    made = built.span("Tuesday", 33, 40)
    validated = Span(text="Tuesday", start=33, end=40)
    assert made == validated
    assert _state(made) == _state(validated)
    assert made.model_dump(exclude_unset=True) == {"text": "Tuesday", "start": 33, "end": 40}
    assert hash(made) == hash(validated)


def test_the_stage_events_equal_their_validated_copies() -> None:
    for mode in ("timeline", "mentions"):
        events = extract_events("doc", TEXT, 0, tag(TEXT, DCT), DCT, mode=mode)
        assert [e.trigger.text for e in events][:2] == ["raised", "said"]
        for event in events:
            # What the stage validated before: its ten fields, the trigger as a dict.
            fields = {name: getattr(event, name) for name in STAGE_FIELDS}
            fields["trigger"] = event.trigger.model_dump()
            validated = Event.model_validate(fields)
            assert event == validated
            assert _state(event) == _state(validated)
            assert _state(event.trigger) == _state(validated.trigger)
            assert event.model_dump_json(exclude_unset=True) \
                == validated.model_dump_json(exclude_unset=True)
            assert list(event.__dict__) == list(Event.model_fields)  # model_dump's key order
            # Copies and pickles keep it equal; the defaults are the event's own lists.
            assert copy.deepcopy(event) == event == pickle.loads(pickle.dumps(event))
            assert event.sources == [] and event.conflicts == []
        assert events[0].sources is not events[1].sources
        assert events[0].actors is not events[1].actors


def test_a_copy_with_sources_marks_them_set_on_the_copy_only() -> None:
    [event, *_] = extract_events("doc", TEXT, 0, tag(TEXT, DCT), DCT)
    merged = event.model_copy(update={"conflicts": ["two dates"]})
    assert "conflicts" in merged.model_fields_set
    assert "conflicts" not in event.model_fields_set


def test_built_event_times_equal_validated_ones_state_for_state() -> None:
    dct = dt.date(2022, 3, 10)
    span = Span(text="on Tuesday", start=30, end=40)
    fields = {"value": "2022-03-08", "earliest": dct - dt.timedelta(days=2),
              "latest": dct - dt.timedelta(days=2), "precision": Precision.DAY,
              "relation": "on", "basis": "expression", "expression": span,
              "explanation": "Tuesday before the story's date (in the clause of 'raised')"}
    made, validated = built.event_time(**fields), EventTime(**fields)
    assert _state(made) == _state(validated)
    assert made.model_fields_set == validated.model_fields_set == set(fields)
    assert made.likely_day is None and made.expression is span
    with_day = {**fields, "basis": "reporting", "expression": None, "likely_day": dct}
    assert _state(built.event_time(**with_day)) == _state(EventTime(**with_day))
    assert "likely_day" in built.event_time(**with_day).model_fields_set
    assert hash(made) == hash(validated)
    assert copy.deepcopy(made) == made == pickle.loads(pickle.dumps(made))


def test_a_built_time_copy_equals_model_copy_state_for_state() -> None:
    dct = dt.date(2022, 3, 10)
    time = EventTime(value="PAST_REF", earliest=None, latest=dct, precision=Precision.UNKNOWN,
                     relation="before", basis="tense", expression=None,
                     explanation="past tense 'raised': some time up to the story's date")
    update = {"basis": "discourse", "likely_day": dct, "explanation": "the date in force"}
    copied = built.time_copy(time, update)
    assert _state(copied) == _state(time.model_copy(update=update))
    assert copied.model_fields_set == time.model_fields_set | {"likely_day"}
    assert time.basis == "tense" and "likely_day" not in time.model_fields_set  # unchanged


def test_the_stage_times_equal_their_validated_copies() -> None:
    for mode in ("timeline", "mentions"):
        for event in extract_events("doc", TEXT, 0, tag(TEXT, DCT), DCT, mode=mode):
            time = event.time
            validated = EventTime(**{f: getattr(time, f) for f in time.model_fields_set})
            assert _state(time) == _state(validated)
            assert list(time.__dict__) == list(EventTime.model_fields)
