"""Tense of model mentions read from the words before them, and what it does to their time."""

from __future__ import annotations

import datetime as dt

from newstimeline.events import order_events
from newstimeline.events.mentions import (
    _grammar,
    _is_irregular_past,
    _previous_words,
    model_mentions,
)
from newstimeline.models import Document
from newstimeline.pipeline import BuildOptions, analyse_document
from newstimeline.text import tokens

DCT = dt.date(1989, 10, 26)


def _tenses(text: str) -> dict[str, tuple[str, str]]:
    return {m.token.text: (m.tense, m.aspect) for m in model_mentions(tokens(text, 0, len(text)))}


def test_plain_verb_after_a_plural_noun_subject_is_present() -> None:
    found = _tenses("Wall Street analysts expect the disappointing trend to continue.")
    assert found["expect"] == ("present", "simple")
    assert found["continue"] == ("none", "simple")


def test_verb_in_s_after_an_adverb_is_present() -> None:
    assert _tenses("The program also calls for new elections in the province.")["calls"] == (
        "present", "simple")


def test_contracted_do_and_will_give_their_tense_to_the_verb() -> None:
    assert _tenses("Police admit that they don't know where he is.")["know"] == (
        "present", "simple")
    assert _tenses("The two sides didn't agree on a date.")["agree"] == ("past", "simple")
    assert _tenses("The leaders won't attend the summit.")["attend"] == ("future", "simple")


def test_ing_after_a_pronoun_contracted_with_be_is_present_progressive() -> None:
    found = _tenses("Ten years after the boom, they're talking about layoffs.")
    assert found["talking"] == ("present", "progressive")


def test_possessive_s_makes_no_progressive() -> None:
    assert "market-leading" not in _tenses("Apple's market-leading store sold music.")


def test_present_after_a_plural_subject_is_placed_on_the_story_date() -> None:
    text = "Steel prices fell on Monday. Wall Street analysts expect the trend to continue."
    document = Document(id="d", path="d.txt", title=None, text=text)
    events = analyse_document(document, BuildOptions(dct=DCT, events="mentions")).events
    expect = next(e for e in events if e.trigger.text == "expect")
    assert (expect.time.earliest, expect.time.latest, expect.time.basis) == (DCT, DCT, "tense")


def _ordered(text: str) -> list[str]:
    document = Document(id="d", path="d.txt", title=None, text=text)
    events = analyse_document(document, BuildOptions(dct=DCT, events="mentions")).events
    return [e.trigger.text for e in order_events(events)]


def test_untensed_event_told_after_a_report_sorts_after_it() -> None:
    assert _ordered("Officials announced a ban on imports of British beef.") == [
        "announced", "ban"]


def test_past_event_told_after_a_report_still_sorts_before_it() -> None:
    assert _ordered("Officials said the bomb killed 12 people.") == ["killed", "said"]


def test_untensed_event_in_the_clause_of_a_present_verb_is_at_the_story_date() -> None:
    text = ("Steel prices fell on Monday. "
            "The strike leaders say the closure of the plant remains a threat.")
    document = Document(id="d", path="d.txt", title=None, text=text)
    events = analyse_document(document, BuildOptions(dct=DCT, events="mentions")).events
    found = {e.trigger.text: e for e in events}
    assert found["say"].tense == "present"
    remains = found["remains"].time
    assert (remains.earliest, remains.latest, remains.basis) == (DCT, DCT, "tense")
    assert found["fell"].time.earliest == dt.date(1989, 10, 23)


def test_verb_in_s_between_a_common_noun_and_its_object_is_present() -> None:
    assert _tenses("The federal charge carries a fine of up to $250,000.")["carries"] == (
        "present", "simple")
    assert _tenses("His death shows the danger.")["shows"] == ("present", "simple")


def test_a_negated_event_until_a_day_happens_on_that_day() -> None:
    text = "Until Thursday, the police had not called Kopp a suspect."
    document = Document(id="d", path="d.txt", title=None, text=text)
    events = analyse_document(document, BuildOptions(dct=DCT, events="mentions")).events
    called = next(e for e in events if e.trigger.text == "called").time
    assert (called.earliest, called.latest, called.relation) == (
        dt.date(1989, 10, 26), dt.date(1989, 10, 26), "on")


def test_an_event_until_a_day_without_negation_stays_before_it() -> None:
    text = "The troops remained in the city until Thursday."
    document = Document(id="d", path="d.txt", title=None, text=text)
    events = analyse_document(document, BuildOptions(dct=DCT, events="mentions")).events
    remained = next(e for e in events if e.trigger.text == "remained").time
    assert (remained.earliest, remained.latest, remained.relation) == (
        None, dt.date(1989, 10, 25), "before")


def test_the_infinitive_of_an_aspectual_verb_takes_its_date() -> None:
    text = "On Monday, hundreds of people from the US began to arrive in Havana."
    document = Document(id="d", path="d.txt", title=None, text=text)
    events = analyse_document(document, BuildOptions(dct=DCT, events="mentions")).events
    found = {e.trigger.text: e.time for e in events}
    assert found["began"].earliest == found["began"].latest == dt.date(1989, 10, 23)
    assert (found["arrive"].earliest, found["arrive"].latest) == (
        dt.date(1989, 10, 23), dt.date(1989, 10, 23))
    assert "'arrive' is what 'began' begins" in found["arrive"].explanation


def test_the_verb_of_a_present_modal_is_at_the_story_date() -> None:
    text = ("Embassy employees can offer only emergency consular service, and the "
            "delay should not disqualify the applicants.")
    document = Document(id="d", path="d.txt", title=None, text=text)
    events = analyse_document(document, BuildOptions(dct=DCT, events="mentions")).events
    found = {e.trigger.text: e.time for e in events}
    for word in ("offer", "disqualify"):
        assert (found[word].earliest, found[word].latest, found[word].relation,
                found[word].basis) == (DCT, DCT, "on", "tense")


def test_the_verb_of_a_past_modal_or_a_modal_perfect_stays_undated() -> None:
    text = "Officials said the strike could spread and that the rebels may have fled."
    document = Document(id="d", path="d.txt", title=None, text=text)
    events = analyse_document(document, BuildOptions(dct=DCT, events="mentions")).events
    found = {e.trigger.text: e.time for e in events}
    for word in ("spread", "fled"):
        assert (found[word].earliest, found[word].latest, found[word].basis) == (
            None, None, "none")


def test_verb_in_s_between_a_common_noun_and_an_infinitive_is_present() -> None:
    assert _tenses("A powerful ice storm continues to maintain its grip.")["continues"] == (
        "present", "simple")
    text = "He insisted his son wants to return to Cuba."
    document = Document(id="d", path="d.txt", title=None, text=text)
    events = analyse_document(document, BuildOptions(dct=DCT, events="mentions")).events
    wants = next(e for e in events if e.trigger.text == "wants").time
    assert (wants.earliest, wants.latest, wants.basis) == (DCT, DCT, "tense")


def test_noun_in_s_before_to_and_a_determiner_is_not_read_as_a_verb() -> None:
    found = _tenses("The rebel troops advanced as government reinforcements moved in, "
                    "and refugee flows to the border grew.")
    assert found["flows"] == ("none", "simple")
    assert found["grew"] == ("past", "simple")


def test_negated_auxiliary_written_as_one_word_gives_tense_and_polarity() -> None:
    text = "However, StatesWest isn't abandoning its pursuit, and the board hadn't voted."
    found = {m.token.text: (m.tense, m.aspect, m.polarity)
             for m in model_mentions(tokens(text, 0, len(text)))}
    assert found["abandoning"] == ("present", "progressive", "NEG")
    assert found["voted"] == ("past", "perfect", "NEG")


def test_past_participle_after_a_pronoun_contracted_with_be_is_a_present_passive() -> None:
    text = "It's followed by the Toronto unit, which has agreed to sell its stores to Loblaw."
    document = Document(id="d", path="d.txt", title=None, text=text)
    events = analyse_document(document, BuildOptions(dct=DCT, events="mentions")).events
    followed = next(e for e in events if e.trigger.text == "followed")
    assert followed.tense == "present"
    assert (followed.time.earliest, followed.time.latest, followed.time.basis) == (
        DCT, DCT, "tense")


def test_plain_verb_after_a_plural_noun_without_s_is_present() -> None:
    found = _tenses("Local police admit the search for the gunman has stalled.")
    assert found["admit"] == ("present", "simple")
    assert found["stalled"] == ("present", "perfect")


def test_verb_in_s_after_the_comma_closing_an_insertion_is_present() -> None:
    text = "Acme Holdings Inc., rebounding from an earlier loss, expects to report a profit."
    assert _tenses(text)["expects"] == ("present", "simple")
    text = "Kenneth Leon, an analyst with a Boston firm, finds the proposal flawed."
    assert _tenses(text)["finds"] == ("present", "simple")


def test_noun_in_s_after_a_single_comma_of_a_list_is_not_read_as_present() -> None:
    text = "The report lists the company's debts, plans to sell two units and its new strategy."
    assert _tenses(text)["plans"] == ("none", "simple")


def test_plain_verb_after_a_relative_pronoun_is_present() -> None:
    found = _tenses("Exiles who oppose the boy's return to Cuba held a rally.")
    assert found["oppose"] == ("present", "simple")
    assert found["held"] == ("past", "simple")
    found = _tenses("The suspect was charged under laws which prohibit violence against clinics.")
    assert found["prohibit"] == ("present", "simple")
    found = _tenses("Doctors who still perform abortions face threats.")
    assert found["perform"] == ("present", "simple")


def test_past_form_after_a_relative_pronoun_stays_past() -> None:
    assert _tenses("Officials who fled the capital returned on Monday.")["fled"] == (
        "past", "simple")


def test_irregular_past_after_a_relative_pronoun_is_past() -> None:
    # Not a present going on at the story's date: "became", "got" and prefixed forms
    # ("withheld") are irregular past forms.
    assert _tenses("The lawyer who became a judge spoke to reporters.")["became"] == (
        "past", "simple")
    assert _tenses("The agency, which withheld the report for months, apologized.")[
        "withheld"] == ("past", "simple")


def test_became_and_got_are_past() -> None:
    found = _tenses("The two men met in 1985 and later became partners in a law firm.")
    assert found["became"] == ("past", "simple")
    assert _tenses("Shares fell after the company got a subpoena.")["got"] == ("past", "simple")


def test_verb_in_s_after_a_name_ending_in_an_abbreviation_is_present() -> None:
    assert _tenses("General Motors Corp. wants to buy a stake in Jaguar.")["wants"] == (
        "present", "simple")
    assert _tenses("The U.S. hopes its troops will drive Iraqi forces out.")["hopes"] == (
        "present", "simple")



def test_verb_in_s_after_this_or_that_before_its_object_is_present() -> None:
    assert _tenses("That means the convictions stand, a lawyer said.")["means"] == (
        "present", "simple")
    assert _tenses("It is a Jewish ceremony that commemorates the dead with candles.")[
        "commemorates"] == ("present", "simple")
    assert _tenses("This gives him the protection that he needs.")["gives"] == (
        "present", "simple")


def test_plural_noun_after_the_complementizer_that_is_no_present() -> None:
    found = _tenses("Officials said that talks resumed on Monday in Geneva.")
    assert found["talks"] == ("none", "simple")
    assert found["resumed"] == ("past", "simple")


def test_reporting_verb_in_s_after_a_quote_before_its_speaker_is_present() -> None:
    text = '"The market will recover," says Mr. Litvack, a fund manager in New York.'
    assert _tenses(text)["says"] == ("present", "simple")
    assert _tenses("Bush, however, says he sees no short-term hope.")["says"] == (
        "present", "simple")


def test_verb_in_s_after_a_determined_noun_before_its_clause_is_present() -> None:
    assert _tenses("A new report says there has been a dramatic rise in hate groups.")[
        "says"] == ("present", "simple")
    assert _tenses("The sale represents 10.2% of the company's shares.")["represents"] == (
        "present", "simple")


def test_reporting_verb_in_s_after_a_closing_double_quote_is_present() -> None:
    # The tokenizer splits "''" and "``" into single quote tokens.
    text = "``We will win the vote,'' says Senator Dole, who leads the Republicans."
    assert _tenses(text)["says"] == ("present", "simple")
    assert _tenses("``The market will recover,'' says Mr. Litvack.")["says"] == (
        "present", "simple")


def test_verb_in_s_after_a_determined_noun_before_an_opening_quote_is_present() -> None:
    text = "The statement says ``the attack was a crime against the nation.''"
    assert _tenses(text)["says"] == ("present", "simple")


def test_past_form_after_relative_that_is_past() -> None:
    found = _tenses("Investigators found parts of the bomb that exploded outside the embassy.")
    assert found["exploded"] == ("past", "simple")
    found = _tenses("He opposed the radical policies that led to the deaths of 12 people.")
    assert found["led"] == ("past", "simple")


def test_past_form_after_a_verbs_that_is_not_read_as_a_relative_clause() -> None:
    # After "said that" an -ed word may be an adjective ("injured people"): no tense from
    # the relative-that rule.
    text = "Officials said that injured people were taken to two hospitals."
    toks = tokens(text, 0, len(text))
    assert _grammar(toks, 3, _previous_words(toks, 3)) == ("none", "simple", "POS")
    text = "Rescuers found the bomb that exploded outside the embassy."
    toks = tokens(text, 0, len(text))
    assert _grammar(toks, 5, _previous_words(toks, 5)) == ("past", "simple", "POS")


def test_past_form_after_the_that_of_be_or_a_verb_of_fearing_is_no_relative_verb() -> None:
    # "is that", "fear that", "now that" open a clause's content: the -ed word after them
    # is an adjective of its noun, not the verb of a relative clause.
    for text, index in (("The concern is that displaced people will not return.", 4),
                        ("Officials fear that trapped miners have died.", 3),
                        ("Now that armed guards patrol the area, shoppers are back.", 2)):
        toks = tokens(text, 0, len(text))
        assert _grammar(toks, index, _previous_words(toks, index)) == ("none", "simple", "POS")


def test_plain_verb_after_they_is_present() -> None:
    text = "Authorities have said they believe the weapon may have been buried in the woods."
    assert _tenses(text)["believe"] == ("present", "simple")
    text = "The relatives will hand the boy over if they lose their federal court appeal."
    assert _tenses(text)["lose"] == ("present", "simple")


def test_past_form_after_they_stays_past() -> None:
    assert _tenses("Officials said they fled the capital on Monday.")["fled"] == (
        "past", "simple")


def test_a_noun_that_reads_as_prefix_and_past_form_is_no_past() -> None:
    # "outcome" is "out" + "come" only in spelling: a noun, no past participle.
    assert [_is_irregular_past(w) for w in ("outcome", "output", "outset", "retook", "withheld")] \
        == [False, False, False, True, True]
    text = "The best outcome would be for the relatives to turn the boy over to his father."
    assert _tenses(text)["outcome"] == ("none", "simple")
