"""Entity timelines in the SemEval-2015 TimeLine format from TimeML in the raw-text setting."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from click.testing import CliRunner

from newstimeline.cli import main
from newstimeline.entity_timeline import anaphoric_dates, entity_events, read_task_document
from newstimeline.events.entity import (
    EntityMatcher,
    aliases,
    is_person,
    keep_entity_events,
    longer_names,
)
from newstimeline.events.mentions import model_mentions
from newstimeline.events.merge import reconcile
from newstimeline.events.reference_time import (
    REFERENCE,
    TaskDate,
    as_event_time,
    date_events,
    task_value,
    time_task_value,
)
from newstimeline.events.task_triggers import (
    extra_events,
    is_function_word,
    particle_of,
    timeline_trigger,
)
from newstimeline.models import Document, Event
from newstimeline.pipeline import BuildOptions, process_document
from newstimeline.render.semeval import timeline_file_name
from newstimeline.text import Token, sentence_spans, tokens
from newstimeline.timex import tag

STORY_A = """<?xml version='1.0' encoding='utf-8'?>
<TimeML><DOCID>16844</DOCID>
<DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2010-06-08">2010-06-08</TIMEX3></DCT>
<TEXT><s id="1">June 8 , 2010</s><s id="2">Yesterday , company CEO Steve Jobs \
<EVENT eid="e1">unveiled</EVENT> iPhone 4 at the Worldwide Developers Conference .</s>\
<s id="3">He <EVENT eid="e2">praised</EVENT> the new phone .</s>\
<s id="4">The iPhone 4 will <EVENT eid="e3">cost</EVENT> US $ 199 .</s></TEXT>
</TimeML>
"""
STORY_B = """<?xml version='1.0' encoding='utf-8'?>
<TimeML><DOCID>17174</DOCID>
<DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2010-08-09">2010-08-09</TIMEX3></DCT>
<TEXT><s id="1">August 9 , 2010</s><s id="2">Steve Jobs <EVENT eid="e1">introduced</EVENT> \
iPhone 4 at the Worldwide Developers Conference .</s></TEXT>
</TimeML>
"""


def _sentences(*texts: str) -> list[list[Token]]:
    return [tokens(t) for t in texts]


def test_aliases_drop_generic_heads_and_leading_modifiers() -> None:
    assert aliases("iTunes store") == [("itunes", "store"), ("itunes",)]
    assert aliases("Beatles Apple Corps") == [("beatles", "apple", "corps"), ("apple", "corps")]
    assert aliases("iPhone 4") == [("iphone", "4")]


def test_person_is_found_by_surname_and_pronoun_in_the_next_sentence() -> None:
    story = _sentences("Apple CEO Steve Jobs unveiled the iPhone 4 .", "He praised the phone .",
                       "Jobs demoed FaceTime .")
    matcher = EntityMatcher("Steve Jobs", story)
    assert [(m.first, m.last, m.how) for m in matcher.mentions(story[0])] == [(2, 3, "name")]
    assert [(m.first, m.how) for m in matcher.mentions(story[1])] == [(0, "pronoun")]
    assert [(m.first, m.how) for m in matcher.mentions(story[2])] == [(0, "alias")]


def test_thing_is_not_found_in_a_longer_model_name_token() -> None:
    story = _sentences("The iPhone 4S was announced .", "Apple 's iPods sold well .")
    assert EntityMatcher("iPhone 4", story).mentions(story[0]) == []
    assert [m.how for m in EntityMatcher("iPod", story).mentions(story[1])] == ["name"]


def test_timex_values_become_task_dates() -> None:
    assert [task_value(v) for v in ("2010-06-07", "2010-04", "1976", "PAST_REF", "2010-W23")] == [
        "2010-06-07", "2010-04-XX", "1976-XX-XX", None, None]


def test_story_date_fallback_only_bounds_the_event_to_the_story_window() -> None:
    dct = dt.date(2010, 8, 9)
    fallback = as_event_time(TaskDate("2010-08-09", "past or reported: the story's date"), dct)
    assert (fallback.earliest, fallback.latest, fallback.relation) == (
        dt.date(2010, 2, 10), dct, "before")  # STORY_WINDOW_DAYS before the story
    assert time_task_value(fallback) == "2010-08-09"
    month = as_event_time(TaskDate("2010-06-XX", "expression in the sentence"), dct)
    assert (month.earliest, month.latest, time_task_value(month)) == (
        dt.date(2010, 6, 1), dt.date(2010, 6, 30), "2010-06-XX")


def test_year_dated_sources_reconcile_with_a_day_dated_one() -> None:
    dct = dt.date(2011, 8, 25)
    year = as_event_time(TaskDate("2011-XX-XX", "expression in the sentence"), dct)
    assert (year.value, time_task_value(year)) == ("2011", "2011-XX-XX")
    day = as_event_time(TaskDate("2011-08-24", REFERENCE), dct)
    time, conflicts = reconcile([year, day])  # "2011-XX-XX" once reached date parsing here
    assert (time_task_value(time), conflicts) == ("2011-08-24", [])


def test_task_document_keeps_sentence_ids_and_tokens_but_no_gold_tags(tmp_path: Path) -> None:
    path = tmp_path / "16844.tml"
    path.write_text(STORY_A, encoding="utf-8")
    document = read_task_document(path)
    assert "<EVENT" not in document.text and "eid" not in document.text
    token = document.token_at(document.text.index("unveiled") + 3)
    assert token is not None and (token.sentence, token.word) == ("2", "unveiled")


def test_entity_file_names_follow_the_task() -> None:
    assert timeline_file_name("iPhone 4") == "iphone_4.txt"
    assert timeline_file_name("Beatles Apple Corps") == "beatles_apple_corps.txt"


def test_build_semeval_writes_merged_dated_entity_timeline(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "16844.tml").write_text(STORY_A, encoding="utf-8")
    (tmp_path / "in" / "17174.tml").write_text(STORY_B, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "in"), "--format", "semeval",
                                       "--entity", "iPhone 4", "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "iphone_4.txt").read_text(encoding="utf-8") == (
        "iPhone 4\n"
        "0\tXXXX-XX-XX\t16844-4-cost\n"  # future, no date given
        "1\t2010-06-07\t16844-2-unveiled\t17174-2-introduced\n"
        "1\t2010-06-07\t16844-3-praised\n")  # "He praised the new phone": its object


def test_build_semeval_without_timeml_input_fails_clearly(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Apple unveiled the iPhone 4 on Monday.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(tmp_path), "--format", "semeval",
                                       "--entity", "iPhone 4", "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "reads TimeML (.tml) files" in result.output


def _events(text: str, dct: dt.date) -> list[Event]:
    _, events = process_document(Document(id="d", path="d", title=None, text=text,
                                          metadata_date=dct), BuildOptions())
    return events


def test_entity_must_be_subject_or_object_of_the_event() -> None:
    text = ("Microsoft CEO Steve Ballmer expressed condolences to the family and friends of Jobs.\n"
            "Jobs founded NeXT.\n")
    kept = keep_entity_events(text, _events(text, dt.date(2011, 10, 6)), "Steve Jobs")
    assert [e.trigger.text for e in kept] == ["founded"]


def test_event_nouns_and_adjunct_participles_are_task_triggers() -> None:
    text = "Jobs praised the launch of the iTunes store, saying it changed music."
    found = extra_events("d", text, (0, len(text)), tokens(text), taken=set())
    assert [(e.trigger.text, e.summary, e.tense) for e in found] == [
        ("praised", "Jobs praised the launch of the iTunes store", "past"),
        ("launch", "Jobs praised the launch of the iTunes store", "none"),
        ("saying", "saying it changed music.", "none"), ("changed", "saying it changed music.", "past")]
    assert is_function_word("still") and not is_function_word("unveiled")


def test_undated_past_events_take_the_narrative_reference_time() -> None:
    dct = dt.date(2010, 6, 8)
    text = ("June 8, 2010\nYesterday, at this year's conference, Steve Jobs unveiled iPhone 4.\n"
            "The new iPhone was praised by Jobs.\nThe phone will ship in the United States.\n")
    events = _events(text, dct)
    dates = date_events(events, tag(text, dct), dct, text)
    assert [(e.trigger.text, dates[e.id].value, dates[e.id].basis) for e in events] == [
        ("unveiled", "2010-06-07", "expression in the sentence"),  # not the possessive "this year's"
        ("praised", "2010-06-07", "reference time of the narrative"),
        ("ship", "XXXX-XX-XX", "future without a date"),
    ]


def test_weekday_told_in_the_past_is_the_last_such_day_even_beside_a_future_verb() -> None:
    dct = dt.date(2010, 7, 17)  # a Saturday
    text = "Apple announced Friday that it will give owners of iPhone 4 a free case.\n"
    events = _events(text, dct)
    dates = date_events(events, tag(text, dct), dct, text)
    assert [(e.trigger.text, dates[e.id].value) for e in events] == [
        ("announced", "2010-07-16"), ("give", "XXXX-XX-XX")]


def test_he_refers_to_another_person_once_the_story_names_him_by_surname() -> None:
    story = _sentences("Steve Jobs resigned as CEO .", "Tim Cook will succeed Jobs .",
                       "Before that , Cook held posts at IBM .", "He received $ 59 million .")
    matcher = EntityMatcher("Steve Jobs", story)
    assert [[m.how for m in matcher.mentions(s)] for s in story] == [["name"], ["alias"], [], []]


def test_company_products_are_not_people_who_take_the_pronouns() -> None:
    story = _sentences("Apple CEO Steve Jobs gave the keynote .",
                       "He announced that future Apple Macintosh computers will use Intel chips .",
                       "Apple Computer and Apple Macintosh sales rose .", "Macintosh is popular .",
                       "Jobs welcomed everyone .")
    matcher = EntityMatcher("Steve Jobs", story)
    assert matcher.other_people == set()
    matcher.mentions(story[0])
    assert [m.how for m in matcher.mentions(story[1])] == ["pronoun"]


def test_subject_may_be_separated_from_its_verb_by_an_apposition() -> None:
    text = "Jobs, born in San Francisco on February 24, 1955, has built Apple.\n"
    kept = keep_entity_events(text, _events(text, dt.date(2011, 10, 6)), "Steve Jobs")
    assert [e.trigger.text for e in kept] == ["built"]


def test_build_json_with_entity_keeps_only_its_events(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "CUPERTINO, California, June 8, 2010 (Wikinews) - Apple CEO Steve Jobs unveiled the "
        "iPhone 4 yesterday. Gizmodo obtained a prototype in April.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "a.txt"), "--entity", "iPhone 4",
                                       "--out", str(tmp_path / "out"), "--reference-date",
                                       "2026-11-28"])
    assert result.exit_code == 0, result.output
    timeline = json.loads((tmp_path / "out" / "a.events.json").read_text(encoding="utf-8"))
    assert [e["trigger"]["text"] for e in timeline["events"]] == ["unveiled"]
    assert timeline["events"][0]["time"]["earliest"] == "2010-06-07"


def test_person_decided_over_the_collection_takes_he_in_a_story_that_never_says_jobs() -> None:
    other_story = _sentences("Jobs resigned .")
    story = _sentences("Apple CEO Steve Jobs unveiled the iPhone .", "He described it as magical .")
    assert is_person("Steve Jobs", [story, other_story]) and not is_person("Steve Jobs", [story])
    matcher = EntityMatcher("Steve Jobs", story, person=True)
    matcher.mentions(story[0])
    assert [m.how for m in matcher.mentions(story[1])] == ["pronoun"]


def test_pronoun_before_a_later_surname_in_the_same_sentence_counts() -> None:
    story = _sentences("Jobs took medical leave .",
                       "He left Tim Cook in charge , the same move made in Jobs ' last absence .")
    matcher = EntityMatcher("Steve Jobs", story)
    matcher.mentions(story[0])
    assert [(m.first, m.how) for m in matcher.mentions(story[1])] == [(0, "pronoun"), (12, "alias")]


def test_coordinated_verb_and_inverted_speaker_take_the_entity_as_subject() -> None:
    text = ('Jobs acknowledged that a very small percentage of users were experiencing antenna '
            'issues, but dismissed the problem.\n'
            '"We love the Beatles," said Apple Inc. CEO Steve Jobs.\n')
    kept = keep_entity_events(text, _events(text, dt.date(2010, 7, 17)), "Steve Jobs")
    assert [e.trigger.text for e in kept] == ["acknowledged", "dismissed", "said"]


def test_sentence_opening_date_frames_every_event_of_the_sentence() -> None:
    dct = dt.date(2011, 10, 6)
    text = ("October 6, 2011\nIn 1996, following Apple Computer's purchase of NeXT, Jobs returned "
            "to Apple.\n")
    events = _events(text, dct)
    dates = date_events(events, tag(text, dct), dct, text)
    assert [(e.trigger.text, dates[e.id].value) for e in events if e.trigger.text == "returned"] == [
        ("returned", "1996-XX-XX")]


def test_its_launch_takes_the_date_of_the_launch_told_before() -> None:
    dct = dt.date(2008, 1, 9)
    text = ("January 9, 2008\nApple launched the iTunes Music Store on April 28, 2003.\n"
            "Since its launch the store has sold more than 3 billion songs.\n")
    sentences = sentence_spans(text)
    events = _events(text, dct)
    for start, end in sentences:
        events += extra_events("d", text, (start, end), tokens(text, start, end),
                               {e.trigger.start for e in events})
    events.sort(key=lambda e: e.trigger.start)
    dates = date_events(events, tag(text, dct), dct, text)
    dates.update(anaphoric_dates(events, dates, text))
    assert [(e.trigger.text, dates[e.id].value) for e in events if e.trigger.text.startswith("launch")] == [
        ("launched", "2003-04-28"), ("launch", "2003-04-28")]


def test_this_week_told_in_the_past_is_the_month_of_its_days_up_to_the_story() -> None:
    dct = dt.date(2006, 3, 28)  # week 13 runs from March 27 to April 2
    text = "The Beatles' Apple Corps has filed a lawsuit against Apple Computer this week.\n"
    events = _events(text, dct)
    dates = date_events(events, tag(text, dct), dct, text)
    assert [(e.trigger.text, dates[e.id].value) for e in events] == [("filed", "2006-03-XX")]


def test_aliases_keep_names_with_inner_function_words_whole() -> None:
    assert aliases("Bank of America") == [("bank", "of", "america")]
    assert aliases("General Motors Corp.") == [("general", "motors", "corp."), ("general", "motors")]


def _shifted(sentence: str) -> list[tuple[str, str]]:
    toks = tokens(sentence)
    words = {m.index for m in model_mentions(toks)}
    return [(t.text, toks[timeline_trigger(toks, i, words)].text) for i, t in enumerate(toks)
            if timeline_trigger(toks, i, words) != i]


def test_timeline_counts_the_complement_of_aspect_and_intention_and_the_noun_of_a_light_verb() -> None:
    assert _shifted("Steve Jobs, founder of Apple, has chosen to step down from his post.") == [
        ("chosen", "step")]
    assert _shifted("Jobs then moved on to talk about a very anticipated announcement.")[0] == (
        "moved", "talk")
    assert _shifted("Jobs started by hinting at the incident.") == [("started", "hinting")]
    assert _shifted("Apple CEO Steve Jobs gave his annual opening keynote on Monday.") == [
        ("gave", "keynote")]
    assert _shifted("Jobs went to court in May.") == []  # "to" before a noun is no complement


def _particle(sentence: str, verb: str) -> str | None:
    toks = tokens(sentence)
    k = particle_of(toks, next(i for i, t in enumerate(toks) if t.text == verb))
    return None if k is None else toks[k].text


def test_phrasal_particles_join_their_verb_even_after_a_short_object() -> None:
    assert _particle("He has chosen to step down from his post.", "step") == "down"
    assert _particle("He took six months off in early 2009.", "took") == "off"
    assert _particle("He walked out, and the board met.", "walked") == "out"
    assert _particle("Apple sold the iPhone out of its stores.", "sold") == "out"
    assert _particle("Apple cut the price of the iPhone.", "cut") is None
    assert _particle("Apple sold the iPod and the iPhone, up from last year.", "sold") is None


def test_task_mention_joins_the_particle_as_the_task_writes_phrasal_verbs(tmp_path: Path) -> None:
    story = STORY_B.replace("Steve Jobs <EVENT eid=\"e1\">introduced</EVENT> iPhone 4 at the "
                            "Worldwide Developers Conference .",
                            "Steve Jobs <EVENT eid=\"e1\">showed</EVENT> off iPhone 4 at the "
                            "Worldwide Developers Conference on Monday .")
    path = tmp_path / "17174.tml"
    path.write_text(story, encoding="utf-8")
    found = entity_events(read_task_document(path), "iPhone 4")
    assert [(f.mention, f.date.value) for f in found] == [("17174-2-showed_off", "2010-08-09")]


STORY_C = """<?xml version='1.0' encoding='utf-8'?>
<TimeML><DOCID>4596</DOCID>
<DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2006-03-28">2006-03-28</TIMEX3></DCT>
<TEXT><s id="1">March 28 , 2006</s><s id="2">Apple Corps filed a lawsuit against Apple Computer \
on Wednesday .</s><s id="3">The judge has stated that he owns an iPod portable music player .</s>\
<s id="4">The judge has taken medical leave .</s></TEXT>
</TimeML>
"""


def test_present_state_is_on_the_story_date_and_a_light_verb_gives_way_to_its_noun(
        tmp_path: Path) -> None:
    path = tmp_path / "4596.tml"
    path.write_text(STORY_C, encoding="utf-8")
    found = entity_events(read_task_document(path), "iPod")
    assert [(f.mention, f.date.value) for f in found] == [("4596-3-owns", "2006-03-28")]
    judge = entity_events(read_task_document(path), "judge")
    assert ("4596-4-leave", "2006-03-22") in [(f.mention, f.date.value) for f in judge]


def test_its_launch_with_no_launch_in_the_story_is_left_undated() -> None:
    dct = dt.date(2008, 4, 9)
    text = ("April 9, 2008\nFive years after its launch, Apple Computer's iTunes service passed "
            "Wal-Mart to become the No. 1 music seller in the United States.\n")
    events = _events(text, dct)
    for start, end in sentence_spans(text):
        events += extra_events("d", text, (start, end), tokens(text, start, end),
                               {e.trigger.start for e in events})
    events.sort(key=lambda e: e.trigger.start)
    dates = date_events(events, tag(text, dct), dct, text)
    dates.update(anaphoric_dates(events, dates, text))
    assert [dates[e.id].value for e in events if e.trigger.text == "launch"] == ["XXXX-XX-XX"]


def test_its_before_an_event_noun_refers_to_the_thing_the_sentence_names() -> None:
    matcher = EntityMatcher("iTunes Store", _sentences("x"))
    sentence = tokens("Songs were downloaded from the iTunes store since its launch in 2003.")
    assert [(m.how, sentence[m.first].text) for m in matcher.mentions(sentence)] == [
        ("name", "iTunes"), ("pronoun", "its")]
    other = tokens("The iTunes store beat Amazon after its launch.")  # another name between
    assert [m.how for m in matcher.mentions(other)] == ["name"]
    opening = tokens("Five years after its launch, Apple Computer's iTunes passed Wal-Mart.")
    assert [(m.how, opening[m.first].text) for m in matcher.mentions(opening)] == [
        ("pronoun", "its"), ("alias", "iTunes")]


def test_subject_of_a_relative_clause_takes_part_in_its_verbs() -> None:
    text = ("The judge has stated that he owns an iPod portable music player, which is made by "
            "Apple Computer and marketed alongside the iTunes Music Store.\n")
    kept = keep_entity_events(text, _events(text, dt.date(2006, 3, 28)), "iPod")
    assert [e.trigger.text for e in kept] == ["made", "marketed"]
    text = "Apple released the text of Jobs's email, which reads: we are proud.\n"
    kept = keep_entity_events(text, _events(text, dt.date(2011, 1, 17)), "Steve Jobs")
    assert [e.trigger.text for e in kept] == []  # the email reads, not Jobs


STORY_D = """<?xml version='1.0' encoding='utf-8'?>
<TimeML><DOCID>4596</DOCID>
<DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2006-03-28">2006-03-28</TIMEX3></DCT>
<TEXT><s id="1">March 28 , 2006</s><s id="2">The Beatles ' Apple Corps has filed a lawsuit against \
Apple Computer in a London court in March .</s><s id="3">Apple Computer announced the release of \
iTunes 7 .</s></TEXT>
</TimeML>
"""


def test_event_noun_object_of_the_entitys_verb_is_its_event_dated_by_the_verb(tmp_path: Path) -> None:
    path = tmp_path / "4596.tml"
    path.write_text(STORY_D, encoding="utf-8")
    corps = [(f.mention, f.date.value) for f in entity_events(read_task_document(path), "Apple Corps")]
    assert corps == [("4596-2-filed", "2006-03-XX"), ("4596-2-lawsuit", "2006-03-XX")]
    computer = [f.mention for f in entity_events(read_task_document(path), "Apple Computer")]
    assert "4596-3-release" not in computer  # "the release": the object is taken up, not new


def test_a_name_the_collection_writes_longer_is_another_entity_even_in_lower_case() -> None:
    collection = [_sentences("The update works with the iPod Nano.", "It reaches iPod Touch users.")]
    assert longer_names("iPod", collection) == frozenset({"nano", "touch"})
    matcher = EntityMatcher("iPod", collection[0], longer=longer_names("iPod", collection))
    assert matcher.mentions(tokens("Starbucks will serve users of the iPod touch.")) == []
    found = matcher.mentions(tokens("Apple sold 21 million iPod players."))
    assert [m.how for m in found] == ["name"]


def test_a_model_name_split_by_a_short_phrase_is_still_the_model() -> None:
    matcher = EntityMatcher("iPhone 3G", _sentences("x"))
    sentence = tokens("Apple Computer today launched a 3G version of its iPhone device.")
    assert [(sentence[m.first].text, sentence[m.last].text) for m in matcher.mentions(sentence)] == [
        ("3G", "iPhone")]
    people = EntityMatcher("Steve Jobs", _sentences("Jobs said it."))
    assert people.mentions(tokens("Steve Wozniak and Jobs met.")) != []  # surname, not a split
    assert EntityMatcher("iPhone 4", _sentences("x")).mentions(
        tokens("The iPhone sold 4 million units.")) == []  # "4" alone has no letter: no split


def test_definite_descriptions_refer_to_the_product_just_named() -> None:
    matcher = EntityMatcher("iPhone 4", _sentences("x"))
    matcher.mentions(tokens("While introducing iPhone 4, Jobs hinted at the incident."))
    new = tokens("The new iPhone was praised by Jobs as the biggest leap since the original iPhone.")
    assert [(m.how, new[m.last].text) for m in matcher.mentions(new)] == [("description", "iPhone")]
    phone = tokens("The phone has two cameras.")
    assert [(m.how, phone[m.last].text) for m in matcher.mentions(phone)] == [("description", "phone")]
    other = tokens("It replaces the iPhone 3GS.")  # an object: the subject stays the centre
    assert [m.how for m in matcher.mentions(other)] == ["pronoun"]
    assert [m.how for m in matcher.mentions(tokens("The phone sold well."))] == ["description"]
    assert matcher.mentions(tokens("The iPhone 3GS sold less.")) == []  # a new subject
    assert matcher.mentions(tokens("It is cheaper.")) == []  # "it" is the 3GS now
    store = EntityMatcher("iTunes Store", _sentences("x"))
    store.mentions(tokens("Apple will sell films via the online iTunes Music Store."))
    sells = tokens("The store currently sells digital music tracks.")
    assert [(m.how, sells[m.last].text) for m in store.mentions(sells)] == [("description", "store")]
    assert store.mentions(tokens("The phone is new.")) == []  # not a kind the name contains


def test_plural_of_a_model_number_is_the_model_but_a_capital_suffix_is_another() -> None:
    matcher = EntityMatcher("iPhone 4", _sentences("x"))
    assert [m.how for m in matcher.mentions(tokens("It connects with other iPhone 4s."))] == ["name"]
    assert matcher.mentions(tokens("Apple later sold the iPhone 4S.")) == []


def _task_dates(text: str, dct: dt.date) -> list[tuple[str, str]]:
    events = _events(text, dct)
    for start, end in sentence_spans(text):
        events += extra_events("d", text, (start, end), tokens(text, start, end),
                               {e.trigger.start for e in events})
    events.sort(key=lambda e: e.trigger.start)
    dates = date_events(events, tag(text, dct), dct, text)
    dates.update(anaphoric_dates(events, dates, text))
    return [(e.trigger.text, dates[e.id].value) for e in events]


def test_a_date_inside_a_reported_clause_does_not_date_the_report() -> None:
    dct = dt.date(2005, 6, 6)
    found = _task_dates("June 6, 2005\nSteve announced that Mac OS X Leopard would be released "
                        "in 2007, the same time as Longhorn.\n", dct)
    assert ("announced", "2005-06-06") in found
    found = _task_dates("April 9, 2008\nTheir projections showed that as of January 2008, "
                        "Apple's iTunes held 19 percent of the U.S. music market.\n",
                        dt.date(2008, 4, 9))
    assert ("held", "2008-01-XX") in found


def test_have_of_possession_is_a_state_but_the_perfect_auxiliary_is_not() -> None:
    def states(text: str) -> list[tuple[str, str, str]]:
        found = extra_events("d", text, (0, len(text)), tokens(text), taken=set())
        return [(e.trigger.text, e.event_class, e.tense) for e in found if e.event_class == "STATE"]

    assert states("Structure-wise, iPhone 4 has a new stainless steel frame.") == [
        ("has", "STATE", "present")]
    assert states("It also has a new screen.") == [("has", "STATE", "present")]
    assert states("Apple has sold 2 million copies and has to ship more.") == []


def test_inverted_reporting_verb_belongs_to_the_speaker_after_it() -> None:
    text = ("The death grip has not been as big an issue for other phones as it has for iPhone 4, "
            "said Mike Gikas of Consumer Reports.\n")
    kept = keep_entity_events(text, _events(text, dt.date(2010, 7, 17)), "iPhone 4")
    assert "said" not in [e.trigger.text for e in kept]
    text = "Steve Jobs, the chief executive officer of Apple Inc., announced Monday a leave.\n"
    kept = keep_entity_events(text, _events(text, dt.date(2011, 1, 17)), "Steve Jobs")
    assert [e.trigger.text for e in kept] == ["announced"]


def test_a_possessor_takes_up_a_happening_over_one_modifier_but_a_preposition_does_not() -> None:
    dct = dt.date(2011, 8, 25)
    found = _task_dates("August 25, 2011\nTim Cook has served as interim CEO since the beginning "
                        "of Jobs' medical leave.\nApple unveiled the device by walking onto the "
                        "stage on Monday.\n", dct)
    assert ("leave", "XXXX-XX-XX") in found  # told before the story; merging may date it
    assert ("walking", "2011-08-22") in found  # a participle, not a noun taken up


STORY_E = """<?xml version='1.0' encoding='utf-8'?>
<TimeML><DOCID>16844</DOCID>
<DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2010-06-08">2010-06-08</TIMEX3></DCT>
<TEXT><s id="1">June 8 , 2010</s><s id="2">While introducing iPhone 4 on Monday , Jobs hinted at \
the incident , saying , " Stop me . "</s><s id="3">Cook took charge , the same move made in \
Jobs ' last two absences .</s></TEXT>
</TimeML>
"""


def test_adjunct_participles_share_the_subject_and_a_possessor_heads_its_noun(tmp_path: Path) -> None:
    path = tmp_path / "16844.tml"
    path.write_text(STORY_E, encoding="utf-8")
    found = [(f.mention, f.date.value) for f in entity_events(read_task_document(path), "Steve Jobs")]
    assert [m for m, _ in found] == ["16844-2-introducing", "16844-2-hinted", "16844-2-saying",
                                     "16844-3-absences"]  # "made in Jobs' absences": no argument
    assert ("16844-2-saying", "2010-06-07") in found


def test_he_after_a_sentence_whose_subject_is_another_person_is_that_person() -> None:
    story = _sentences("Tim Cook was recommended by Jobs to take over, and Cook agreed.",
                       "He also stood in Steve Jobs' place while Jobs was away.",
                       "He received $59 million for his performance.")
    matcher = EntityMatcher("Steve Jobs", story, person=True)
    matcher.mentions(story[0])
    assert [m.how for m in matcher.mentions(story[1])] == ["name", "alias"]  # "He" is Cook
    assert matcher.mentions(story[2]) == []


def test_a_possessor_is_no_argument_of_a_verb_only_of_its_event_noun() -> None:
    text = ("The insider said that Jobs' health appeared to be deteriorating.\n"
            "Jobs' resignation came as a surprise.\n")
    events = _events(text, dt.date(2011, 1, 17))
    for start, end in sentence_spans(text):
        events += extra_events("d", text, (start, end), tokens(text, start, end),
                               {e.trigger.start for e in events})
    kept = keep_entity_events(text, sorted(events, key=lambda e: e.trigger.start), "Steve Jobs")
    assert [e.trigger.text for e in kept] == ["resignation"]


def test_expletive_it_does_not_refer_to_the_thing_named_before() -> None:
    matcher = EntityMatcher("iPod", _sentences("x"))
    matcher.mentions(tokens("Apple sold more iPods."))
    assert matcher.mentions(tokens("It appears that power is 120 dB.")) == []
    matcher.mentions(tokens("Apple sold more iPods."))
    assert [m.how for m in matcher.mentions(tokens("It is available for free."))] == ["pronoun"]


def test_an_undated_future_event_takes_the_coming_date_in_force() -> None:
    found = _task_dates("June 8, 2010\niPhone 4 will be available on June 24 in the United States."
                        "\nThe iPhone 3G will be discontinued.\n", dt.date(2010, 6, 8))
    assert ("discontinued", "2010-06-24") in found
    found = _task_dates("June 8, 2010\nThe iPhone 3G will be discontinued.\n", dt.date(2010, 6, 8))
    assert ("discontinued", "XXXX-XX-XX") in found


def test_first_person_in_the_persons_own_words_refers_to_the_person() -> None:
    story = _sentences(
        "Apple released the text of Jobs's email, which reads: At my request, the board has "
        "granted me a medical leave.",
        "I have asked Tim Cook to run the company.",
        "The board agreed.",
        "I will be back.")
    matcher = EntityMatcher("Steve Jobs", story, person=True)
    assert [story[0][m.first].text for m in matcher.mentions(story[0])] == ["Jobs's", "my", "me"]
    assert [story[1][m.first].text for m in matcher.mentions(story[1])] == ["I"]
    assert matcher.mentions(story[2]) == []  # no first person: the email has ended
    assert matcher.mentions(story[3]) == []
    gates = _sentences("Bill Gates responded to Jobs' death with a statement: \" I will miss "
                       "Steve. \"")
    other = EntityMatcher("Steve Jobs", gates, person=True)
    assert [m.how for m in other.mentions(gates[0])] == ["alias", "alias"]  # Gates's "I"


def test_an_aspectual_verb_gives_way_to_its_event_noun_subject() -> None:
    assert _shifted("Pre-orders of the recently announced iPhone 4 began Tuesday.") == [
        ("began", "Pre-orders")]
    assert _shifted("The launch was delayed and sales began in May.") == []


def test_an_event_noun_form_after_to_with_an_object_is_the_complement_verb() -> None:
    assert _shifted("Steve Jobs attempted to address reports of signal issues.") == [
        ("attempted", "address")]
    assert _shifted("Apple Corps decided to take the case to the Court of Appeal.")[0] == (
        "decided", "take")
    assert _shifted("Apple Corps went to trial.") == []
