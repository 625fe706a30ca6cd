"""Ordering of events tied on their date: grammar decides before text order."""

from __future__ import annotations

import datetime as dt

from newstimeline.events import order_events
from newstimeline.events.order import order_facts, order_hint
from newstimeline.models import Document
from newstimeline.pipeline import BuildOptions, analyse_document

DCT = dt.date(1998, 8, 8)


def _ordered(text: str) -> list[str]:
    document = Document(id="d", path="d.txt", title=None, text=text)
    events = analyse_document(document, BuildOptions(dct=DCT, events="mentions")).events
    return [e.trigger.text for e in order_events(events)]


def _hints(text: str) -> list[tuple[str, int]]:
    document = Document(id="d", path="d.txt", title=None, text=text)
    events = analyse_document(document, BuildOptions(dct=DCT, events="mentions")).events
    return [(e.trigger.text, order_hint(e)) for e in events]


def test_object_noun_of_a_past_verb_sorts_before_the_verb() -> None:
    assert _ordered("The Security Council condemned the bombing of the U.S. embassies "
                    "in Kenya and Tanzania on Thursday.") == ["bombing", "condemned"]


def test_object_behind_adjectives_of_a_past_verb_sorts_before_it() -> None:
    assert _ordered("President Clinton and Attorney General Janet Reno praised the latest court "
                    "ruling.") == ["ruling", "praised"]


def test_infinitive_after_a_past_verb_and_its_object_keeps_text_order() -> None:
    assert _ordered("The Cuban government urged its people to keep up their protests.") == [
        "urged", "keep", "protests"]


def test_noun_opening_what_a_past_say_reports_sorts_before_the_saying() -> None:
    assert _ordered("Cuba experts and child custody lawyers said the INS ruling was appropriate "
                    "under the law.") == ["ruling", "said"]


def test_object_opened_by_a_name_possessive_sorts_before_the_past_verb() -> None:
    assert _ordered("Iran condemned Iraq's invasion of Kuwait.") == ["invasion", "condemned"]


def test_event_of_a_when_clause_sorts_before_its_main_clause() -> None:
    assert _ordered("His mother and 10 other people fleeing Cuba drowned when their boat "
                    "sank.") == ["sank", "fleeing", "drowned"]


def test_what_a_response_answers_sorts_first() -> None:
    assert _ordered("New Zealand said Friday it supported the strikes, in response to U.S. "
                    "missile attacks on alleged terrorist sites in Sudan.") == [
        "attacks", "strikes", "supported", "said"]


def test_what_follows_in_the_wake_of_sorts_after_it() -> None:
    assert _ordered("Benjamin Franklin Federal Savings and Loan Association said it plans to "
                    "restructure in the wake of a third-quarter loss of $7.7 million.") == [
        "loss", "restructure", "plans", "said"]


def test_untensed_events_after_a_report_the_model_found_sort_after_it() -> None:
    # "filed" is not in the reporting-verb list; the mention model marks it REPORTING.
    assert _ordered("Lawyers for the relatives in Miami filed a brief in federal court on Monday "
                    "arguing the agency cannot return the boy without holding a hearing.") == [
        "filed", "arguing", "holding", "hearing", "return"]


def test_occasion_of_a_past_verb_after_in_or_at_sorts_before_the_verb() -> None:
    # The two incidents (INCIDENT_NOUNS) both sort before what they did.
    assert _ordered("Two Americans were injured in the blast, and twelve others were killed in "
                    "the attack on the embassy.") == ["blast", "attack", "injured", "killed"]


def test_what_an_arrest_is_in_connection_with_sorts_first() -> None:
    assert _ordered("Police arrested two men in connection with the embassy bombings.") == [
        "bombings", "arrested"]


def test_what_a_fall_reflects_sorts_first() -> None:
    assert _ordered("Third-quarter profit fell 30%, reflecting higher catastrophe losses.") == [
        "losses", "fell", "reflecting"]


def test_what_a_decline_is_a_result_of_sorts_first() -> None:
    assert _ordered("The company said its shipments declined as a result of a reduction in "
                    "inventories.") == ["reduction", "declined", "said"]


def test_what_a_quote_says_is_to_come_sorts_after_its_report() -> None:
    assert _ordered("\"The father is ready to come to the United States,\" said Craig.") == [
        "said", "come"]
    assert _ordered("\"No matter what it takes, we must find those responsible for these evil "
                    "acts,\" Clinton said.") == ["acts", "said", "find"]


def test_a_could_verb_in_a_quote_keeps_its_place_before_the_report() -> None:
    # "could" is mostly a past ability, not something to come.
    assert _ordered("\"Controllers could not contact the plane,\" the official said.") == [
        "contact", "said"]


def test_a_report_the_story_says_was_made_previously_sorts_before_earlier_sentences() -> None:
    document = Document(id="d", path="d.txt", title=None,
                        text="Merieux said it would keep its bid open. The Canadian government "
                             "previously said the bid did not offer enough benefit to Canada.")
    events = analyse_document(document, BuildOptions(dct=DCT, events="mentions")).events
    reports_and_keep = {("said", 76), ("said", 8), ("keep", 22)}
    assert [(e.trigger.text, e.trigger.start) for e in order_events(events)
            if (e.trigger.text, e.trigger.start) in reports_and_keep] == [
        ("said", 76), ("said", 8), ("keep", 22)]


def test_what_came_after_an_event_of_a_later_sentence_sorts_after_it() -> None:
    assert _ordered("Good for Attorney General Janet Reno for the sensible opinion she rendered in "
                    "the case. Some order was necessary after a Miami judge turned legal logic "
                    "on its head.") == ["turned", "rendered"]


def test_a_past_event_in_a_relative_clause_sorts_before_the_main_clause() -> None:
    assert _ordered("The ambassador laid a wreath and thanked guards who survived the "
                    "blast.") == ["blast", "survived", "laid", "thanked"]


def test_a_reduced_relative_participle_sorts_before_the_main_verb() -> None:
    assert _ordered("Iran also criticized the multinational force dispatched to Saudi "
                    "Arabia.") == ["dispatched", "criticized"]


def test_object_of_a_simple_present_verb_sorts_before_it() -> None:
    assert _ordered("Iran condemns any acts which may result in the death of innocent "
                    "people.") == ["acts", "condemns", "result", "death"]


def test_words_before_each_trigger_are_read_as_the_whole_prefix_would_be() -> None:
    from newstimeline.events.order import _words_before
    from newstimeline.text import tokens

    document = Document(id="d", path="d.txt", title=None,
                        text="``Anti-war protesters marched and rallied,'' said the police, who "
                             "had earlier arrested 12 people in the U.S.-led crackdown.")
    events = analyse_document(document, BuildOptions(dct=DCT, events="mentions")).events
    assert len(events) >= 4
    for event in [*events, *reversed(events)]:
        prefix = tokens(event.sentence.text, 0, event.trigger.start - event.sentence.start)
        assert _words_before(event) == prefix


def test_a_sentence_opened_by_earlier_tells_of_what_came_before() -> None:
    document = Document(id="d", path="d.txt", title=None,
                        text="The relatives said they would not turn the boy over to his father. "
                             "Earlier, they had said they would give the boy to Gonzalez.")
    events = analyse_document(document, BuildOptions(dct=DCT, events="mentions")).events
    assert [(e.trigger.text, e.trigger.start) for e in order_events(events)] == [
        ("said", 85), ("give", 101), ("said", 14), ("turn", 34)]


def test_a_past_verb_after_a_subordinate_clause_subject_is_no_reduced_relative() -> None:
    assert _ordered("His power base appeared to be narrowing even before the war began in "
                    "January.") == ["appeared", "narrowing", "war", "began"]


def test_a_comparison_base_ending_a_clause_is_no_opening_earlier() -> None:
    # "from $4 million a year earlier, the company said": the report is not told as before the
    # story's other events, as it would be after an opening "Earlier,".
    document = Document(id="d", path="d.txt", title=None,
                        text="Acme Corp. posted higher profit on Monday. Net income rose to $5 "
                             "million from $4 million a year earlier, the company said.")
    events = analyse_document(document, BuildOptions(dct=DCT, events="mentions")).events
    assert [e.trigger.text for e in order_events(events)] == ["posted", "rose", "said"]


def test_an_infinitive_after_an_agent_by_keeps_its_place_after_the_noun() -> None:
    # "by his Miami relatives" names who attempts, not a cause of the blocking.
    assert _ordered("The court is weighing an attempt by Elian's Miami relatives to block his "
                    "return to Cuba.") == ["attempt", "block", "return"]


def test_what_a_passive_followed_by_names_sorts_after_it() -> None:
    assert _ordered("The tender offer will be followed by the sale of all of Erbamont's "
                    "assets.") == ["offer", "followed", "sale"]


def test_an_untensed_report_sorts_with_its_neighbours_not_on_the_story_day() -> None:
    # "the announcement" is no finite "said": the story's-day convention does not date it, so
    # "since the announcement" puts it before the not-appearing, not after it (and, sharing the
    # attack's date, before the attack too: what "since" puts first goes ahead of its date).
    assert _ordered("The rebels attacked the town on Monday. Gonzalez has not appeared publicly "
                    "since the announcement.") == ["announcement", "attacked", "appeared"]


def test_the_saying_a_quoting_reports_sorts_before_the_quoting() -> None:
    assert _ordered("The defense minister was quoted by Interfax as saying that Moscow would not "
                    "join the alliance.") == ["saying", "quoted", "join"]
    assert _ordered("ABC quoted an Iraqi Foreign Ministry official in Baghdad as saying Americans "
                    "in Iraq are restrictees.") == ["saying", "quoted"]


def test_a_then_opening_its_sentence_does_not_put_its_verb_after_its_clause_mates() -> None:
    assert _ordered("Then she handed a folded American flag to U.S. Marines and, wearing a white "
                    "hard hat, toured the damage inside.") == ["handed", "wearing", "toured"]
    assert _ordered("Then the Baghdad government stopped providing the team with escorts, making "
                    "it impossible for him to enter any site.") == [
        "providing", "stopped", "making", "enter"]


def test_a_perfect_report_sorts_before_the_reports_of_the_story_day() -> None:
    # "has said" tells of a saying before the story's time; "told" is the story's own report.
    assert _ordered("The father's lawyer told reporters the allegations were a sign of "
                    "desperation. The White House has said there is no evidence of "
                    "unfitness.") == ["said", "told"]


def test_a_subordinator_orders_its_clause_past_a_long_subject() -> None:
    assert _ordered("Profit fell sharply in the quarter because the company's largest European "
                    "insurance unit took a big charge.") == ["charge", "took", "fell"]


def test_what_a_sentence_puts_before_its_pluperfect_sorts_before_it() -> None:
    # "killed" is ranked before its carried date (a pluperfect); "after being captured" puts the
    # capture first all the same.
    assert _ordered("In January, British police officers concluded he had probably been killed "
                    "soon after being captured.") == ["captured", "killed", "concluded"]



def test_a_present_perfect_in_a_relative_clause_sorts_before_the_main_clause() -> None:
    assert _ordered("President Clinton discussed the crisis with the one ally who has backed "
                    "his threat of force.") == ["backed", "crisis", "discussed", "threat"]


def test_a_present_perfect_in_a_comparison_sorts_before_the_main_clause() -> None:
    assert _ordered("Competitors offered deeper discounts than observers have seen for a long "
                    "time.") == ["seen", "offered", "discounts"]


def test_more_than_a_number_opens_no_clause_for_a_present_perfect() -> None:
    document = Document(id="d", path="d.txt", title=None,
                        text="More than 100 people have been killed in the blasts.")
    events = analyse_document(document, BuildOptions(dct=DCT, events="mentions")).events
    assert [(e.trigger.text, order_hint(e)) for e in events] == [("killed", 0), ("blasts", 0)]


def test_a_cause_sorts_before_the_pluperfect_passive_it_is_the_agent_of() -> None:
    assert _ordered("No South Africans had been affected by the blasts, the department "
                    "said.") == ["blasts", "affected", "said"]


def test_a_cause_sorts_before_the_reduced_relative_it_is_the_agent_of() -> None:
    assert _ordered("She laid a wreath next to the crater left by the embassy blast.") == [
        "blast", "left", "laid"]


def test_a_place_of_origin_after_from_is_no_cause_before_the_pluperfect() -> None:
    document = Document(id="d", path="d.txt", title=None,
                        text="The engine of the plane she had flown in from Washington overheated.")
    events = analyse_document(document, BuildOptions(dct=DCT, events="mentions")).events
    assert [(e.trigger.text, order_hint(e)) for e in events] == [("flown", -1), ("overheated", -1)]


def test_what_set_off_a_relative_clause_event_sorts_before_it() -> None:
    assert _ordered("Castro praised Elian's mother, who died with ten others when their boat "
                    "sank.") == ["sank", "died", "praised"]


def test_what_a_report_supposes_sorts_after_it_and_before_what_it_would_bring() -> None:
    assert _ordered("The relatives said they would not turn Elian over to his father if he came "
                    "to the United States.") == ["said", "came", "turn"]


def test_what_a_quote_supposes_sorts_after_the_report_told_after_it() -> None:
    assert _ordered("``If he goes back, he won't be with his real father,'' said Elias "
                    "Hernandez.") == ["said", "goes"]


def test_an_if_asking_whether_opens_no_condition() -> None:
    document = Document(id="d", path="d.txt", title=None, text="It was not immediately known if "
                        "the arrest announced today stemmed from the indictment.")
    events = analyse_document(document, BuildOptions(dct=DCT, events="mentions")).events
    assert [(e.trigger.text, order_facts(e).report_kind) for e in events] == [
        ("arrest", 1), ("announced", 2), ("stemmed", 0), ("indictment", 1)]


def test_a_past_passive_in_a_that_clause_sorts_before_the_main_clause() -> None:
    assert _ordered("Bushnell met the trade minister to finish talks that were interrupted by "
                    "the bombing.") == ["bombing", "interrupted", "met", "talks", "finish"]


def test_an_incident_noun_sorts_before_the_verb_telling_what_was_done_about_it() -> None:
    assert _ordered("President Clinton condemned terrorist bomb attacks at U.S. embassies in "
                    "Kenya and Tanzania.") == ["attacks", "condemned"]
    assert _ordered("Police raided two homes and searched for a suspect in the bombings.") == [
        "bombings", "raided", "searched"]
    assert _ordered("Kopp emerged as the focus of the investigation within two weeks of the "
                    "slaying.") == ["slaying", "emerged", "investigation"]


def test_an_incident_word_as_a_verb_keeps_its_place() -> None:
    assert _ordered("Two bombs exploded outside U.S. embassies in Kenya and Tanzania, killing at "
                    "least 81 people.") == ["exploded", "killing"]
    assert _ordered("The rebels threatened to attack the capital.") == ["threatened", "attack"]


def test_what_an_event_comes_prior_to_or_ahead_of_sorts_after_it() -> None:
    assert _ordered("The weapon was buried in advance of the shooting.") == ["buried", "shooting"]
    assert _ordered("Ahead of the ceremony, Solana said the accession was the clearest "
                    "sign.") == ["accession", "said", "ceremony"]


def test_what_a_verb_of_succession_follows_sorts_before_its_subject() -> None:
    assert _ordered("A steep rise in world oil prices followed the invasion.") == [
        "invasion", "rise", "followed"]
    # The "by" after "declaration" names its agent, no cause of "prepared": the present state
    # keeps the story's date its tense gives, after the move its sentence dates to Tuesday.
    assert _ordered("The GM move follows Tuesday's declaration by Ford that it is prepared to "
                    "bid.") == ["declaration", "move", "prepared", "bid"]


def test_what_a_result_is_attributed_to_sorts_first() -> None:
    assert _ordered("Mr. LeGere attributed the earnings increase to growth in the company's "
                    "insurance lines.") == ["growth", "attributed", "increase"]
    # The charge is the object of "took" now that four words may stand before it, as "took a
    # charge" already is (test_a_subordinator_orders_its_clause_past_a_long_subject).
    assert _ordered("The concern took a $230 million charge related to the layoffs of 8,000 "
                    "employees.") == ["layoffs", "charge", "took"]


def test_what_a_response_or_reply_answers_after_to_sorts_first() -> None:
    assert _ordered("There was no immediate response from the U.S. government to the "
                    "request.") == ["request", "response"]
    assert _ordered("Cineplex shareholders responded coolly to the announcement.") == [
        "announcement", "responded"]


def test_what_someone_is_suspected_of_sorts_before_the_suspicion() -> None:
    assert _ordered("Police arrested two men suspected of blowing up the airliner.") == [
        "blowing", "arrested", "suspected"]


def test_a_condition_told_after_its_main_clause_sorts_before_what_it_brings() -> None:
    assert _ordered("The merger could still fall through if financing problems develop.") == [
        "merger", "develop", "fall"]
    assert _ordered("The school would take 3,500 students if it had the room.") == [
        "had", "take"]


def test_a_range_up_to_the_story_date_does_not_borrow_the_key_of_a_future_told_before_it() -> None:
    # "has demanded" ends at the story's date; "will resign" comes after it, so the demand
    # keeps its own end and sorts first.
    assert _ordered("The minister will resign. The party has demanded new elections.") == [
        "demanded", "resign"]
    assert _ordered("Officials said the airline will cut 2,000 jobs. The company has lost "
                    "money for three years.") == ["lost", "said", "cut"]


def test_what_someone_knows_in_a_what_clause_sorts_before_the_knowing() -> None:
    assert _ordered("``We do not know what the rebels want,'' the minister said.") == [
        "want", "know", "said"]


def test_an_ordering_word_outranks_a_date_carried_from_an_earlier_sentence() -> None:
    # "rocketed" carries Monday from the sentence before; "said" (after "after") is dated by the
    # reporting convention, later: the word "after" decides.
    # Only the three events the rule orders: "Trading" beside "Monday" is an event or not as
    # the mention model's margin near dates has it.
    order = _ordered("Trading was heavy on Monday. Shares of the jeweler rocketed after the "
                     "company said it is in talks with a buyer.")
    assert [w for w in order if w in {"said", "talks", "rocketed"}] == [
        "said", "talks", "rocketed"]


def test_an_ordering_word_does_not_outrank_a_time_expression_of_the_other_event() -> None:
    assert _ordered("Earlier AT&T also announced an 18 percent drop in profits for the fourth "
                    "quarter.") == ["drop", "announced"]


def test_a_subordinator_outranks_the_date_of_a_pluperfect_it_orders() -> None:
    # "expected" carries last week; "after" puts "said" (the story's day) before it all the same.
    assert _ordered("Police blamed the IRA last week. The move had been expected after police "
                    "said the IRA was behind the killings.") == [
        "killings", "behind", "said", "expected", "blamed", "move"]


def test_a_past_relative_clause_with_an_adverb_sorts_before_the_main_clause() -> None:
    assert _ordered("He placed the blame on Lazaro Munero, who apparently organized the "
                    "ill-fated journey.") == ["organized", "placed", "journey"]


def test_an_earlier_adverb_of_an_earlier_clause_does_not_set_the_main_verb_first() -> None:
    assert _hints("Redemption of the preferred shares, originally issued at C$25 each, will "
                 "eliminate dividend payments, the company said.") == [
        ("Redemption", 0), ("issued", -2), ("eliminate", 0), ("payments", 0), ("said", 0)]
    assert _hints("Initially, the company said it would keep its bid open.") == [
        ("said", -2), ("keep", -2)]


def test_had_to_is_an_obligation_not_a_pluperfect() -> None:
    assert _hints("Officials said Gonzalez himself had to apply for the visa in Havana.") == [
        ("said", 0), ("apply", 0)]
    assert _hints("The rebels had fled the town.") == [("fled", -1)]


def test_then_sets_its_event_after_what_came_before_not_after_what_follows() -> None:
    # "then" orders "turned" after "reached"; "fearing", told after it, is its reason, not
    # something "then" puts first.
    assert _ordered("The refugees reached the border, but then turned back, fearing "
                    "arrest.") == ["reached", "turned", "fearing", "arrest"]
    assert _ordered("The rebels shelled the town, then withdrew, leaving dozens of houses in "
                    "ruins.") == ["shelled", "withdrew", "leaving"]


def test_a_participle_with_its_agent_is_a_reduced_relative_without_a_past_main_verb() -> None:
    # "destroyed by the floods" is passive, so no main verb even though no past verb comes
    # before it: the destruction came before the hope to rebuild.
    assert _ordered("Residents hope to rebuild the homes destroyed by the floods.") == [
        "floods", "destroyed", "hope", "rebuild"]


def test_a_by_that_measures_a_change_names_no_agent() -> None:
    document = Document(id="d", path="d.txt", title=None,
                        text="Wheat prices fell by 5% in Chicago trading.")
    events = analyse_document(document, BuildOptions(dct=DCT, events="mentions")).events
    assert [(e.trigger.text, order_hint(e)) for e in events if e.trigger.text == "fell"] == [
        ("fell", 0)]


def test_the_agent_of_a_noun_is_no_cause_of_the_verb_after_it() -> None:
    # "by" after a noun names who made the statement; "described" is the sentence's main verb,
    # not something the ministry caused, so the attacks it describes come first.
    assert _ordered("A statement by the foreign ministry described the attacks as "
                    "cowardly.") == ["attacks", "described"]


def test_by_after_a_passive_still_gives_the_cause() -> None:
    document = Document(id="d", path="d.txt", title=None,
                        text="Profits were hurt by the fact that the company lost two big "
                             "contracts.")
    events = analyse_document(document, BuildOptions(dct=DCT, events="mentions")).events
    assert [(e.trigger.text, order_hint(e)) for e in events
            if e.trigger.text in {"hurt", "lost"}] == [("hurt", 0), ("lost", -3)]


def test_the_object_of_a_verb_that_presupposes_it_sorts_before_the_verb() -> None:
    # A challenge, a review or an end acts on what is already there; an intention's object
    # ("to block his return") still comes after it.
    assert _ordered("Opposition leaders vowed to challenge the election in court.") == [
        "vowed", "election", "challenge"]
    assert _ordered("The court agreed to review the conviction.") == [
        "agreed", "conviction", "review"]
    assert _ordered("Diplomats said talks on ending the siege made no progress.") == [
        "made", "said", "talks", "siege", "ending"]


def test_what_someone_objects_to_sorts_first() -> None:
    assert _ordered("Lawyers for the family objected to the transfer of the case.") == [
        "transfer", "objected"]
    assert _ordered("We strongly object to the sale of the unit, the union said.") == [
        "sale", "object", "said"]


def test_a_simple_present_in_a_who_clause_sorts_before_its_sentence() -> None:
    # What marks the exiles (they support the embargo) holds before the protest against them.
    assert _ordered("Protesters gathered outside the embassy to denounce the exiles who support "
                    "the embargo.") == ["support", "gathered", "denounce", "embargo"]
    assert _ordered("The law requires banks to report anyone who deposits more than "
                    "$10,000.") == ["deposits", "requires", "report"]
    # Not a passive or a progressive: "who are suspected" keeps its place.
    assert _ordered("Police arrested two men who are suspected of smuggling.") == [
        "smuggling", "arrested", "suspected"]


def test_a_people_named_by_a_capitalized_plural_may_carry_a_reduced_relative() -> None:
    assert _ordered("Fears grew for hundreds of Britons trapped in Kuwait after the "
                    "invasion.") == ["invasion", "trapped", "grew"]
    # A name is no people: "Jones arrived" is the reported clause's own verb.
    document = Document(id="d", path="d.txt", title=None,
                        text="Police said Jones arrived in Paris on a false passport.")
    events = analyse_document(document, BuildOptions(dct=DCT, events="mentions")).events
    assert [(e.trigger.text, order_hint(e)) for e in events] == [("said", 0), ("arrived", 0)]


def test_until_clause_after_a_future_or_an_intention_sorts_after_it() -> None:
    # The clause's present tells of a later time, English using the present there.
    assert _ordered("We will pursue terrorists until the cases are solved, Clinton said.") == [
        "said", "pursue", "solved"]
    assert _ordered("The Fed intends to keep interest rates unchanged until the economy tilts "
                    "clearly in one direction.") == ["intends", "keep", "tilts"]


def test_earlier_and_a_day_opening_a_sentence_sorts_before_that_days_events() -> None:
    assert _ordered("Lawyers for the relatives said on Friday they would appeal the ruling. "
                    "Earlier Friday, the lawyers filed a petition on behalf of the boy's "
                    "great-uncle.") == ["filed", "said", "ruling", "appeal"]


def test_report_in_a_which_clause_is_no_report_of_the_main_clause() -> None:
    # "which said" describes the company; the main clause's "plans" is not what it reports.
    assert _ordered("Compaq, which said it discovered the bugs, still plans to announce new "
                    "products on Nov. 6.") == ["said", "discovered", "plans", "announce"]


def test_what_someone_is_blamed_for_after_for_and_a_gerund_sorts_first() -> None:
    assert _ordered("Callers on the radio criticized Gonzalez for playing into the hands of a "
                    "tyrant.") == ["playing", "criticized"]


def test_what_someone_is_convicted_of_after_a_phrase_sorts_first() -> None:
    # "in state court" stands between the charge and its "of".
    assert _ordered("In 1991 Charles Keating was convicted in state court of helping to defraud "
                    "thousands of investors.") == ["helping", "defraud", "convicted"]


def test_bare_plural_right_after_a_past_verb_is_its_earlier_object() -> None:
    assert _ordered("Gonzalez for months refused requests by the relatives to go to the United "
                    "States.") == ["requests", "refused", "go"]


def test_gerund_a_past_verb_stopped_sorts_before_it() -> None:
    assert _ordered("Then the Baghdad government stopped providing the team with "
                    "escorts.") == ["providing", "stopped"]


def test_activity_after_while_and_a_gerund_was_under_way_first() -> None:
    assert _ordered("His mother and ten other people drowned while trying to reach Florida by "
                    "boat.") == ["trying", "drowned", "reach"]


def test_a_cause_phrase_orders_every_cause_of_its_clause_first() -> None:
    # "reflecting", "due to" and "as a result of" reach over the whole noun phrase list after
    # them, not only the few words after the cause word.
    assert _ordered("Profit for its commercial insurance division fell 30% to $59 million, "
                    "reflecting higher catastrophe losses and the price war in the property "
                    "market.") == ["losses", "war", "fell", "reflecting"]
    assert _ordered("Earnings fell 20% due to higher interest costs on its debt and the "
                    "collapse of its largest insurance unit.") == ["collapse", "fell"]
    assert _ordered("Earnings fell 20%, as a result of higher interest costs on its debt and "
                    "the collapse of its largest insurance unit.") == ["collapse", "fell"]


def test_before_and_after_joined_order_nothing() -> None:
    # "both before and after": the words cancel, so text order stands, near the trigger and
    # across a long clause alike.
    assert _ordered("She said family members had spoken to the boy's father by phone both "
                    "before and after the mother perished.") == ["spoken", "perished", "said"]
    assert _ordered("Prices rose both before and after the long and bitter dispute with the "
                    "union was settled.") == ["rose", "dispute", "settled"]


def test_a_gerund_after_a_verb_of_finding_was_going_on_first() -> None:
    assert _ordered("The boy was found clinging to an inner tube off the coast of "
                    "Florida.") == ["clinging", "found"]


def test_from_and_a_gerund_after_a_verb_of_preventing_is_no_source() -> None:
    # What someone is kept from doing has not happened first; "from" still names a source
    # elsewhere ("hoarse from shouting").
    assert _ordered("Cuba appealed to world opinion to help prevent its enemies in Miami from "
                    "trying to block the child's return.") == [
        "appealed", "help", "prevent", "trying", "block", "return"]
    assert _ordered("He won't let anyone intimidate him from doing what is in his son's best "
                    "interests.") == ["let", "intimidate", "doing"]
    assert _ordered("His voice was hoarse from shouting.") == ["shouting", "hoarse"]


def test_the_object_of_a_past_verb_of_planning_comes_after_it() -> None:
    # What was planned or scheduled had not happened yet: the object rule does not put it first.
    assert _ordered("The rebels planned the kidnapping of two ministers.") == [
        "planned", "kidnapping"]
    assert _ordered("U.S. authorities scheduled a news conference for later today.") == [
        "scheduled", "conference"]


def test_by_and_a_means_of_going_or_telling_names_no_cause() -> None:
    # "by telephone" tells how they talked, not what set off the next clause's verb; a passive's
    # "by" still names a cause.
    assert _ordered("They talked by phone and the Miami relatives went back to Cuba for "
                    "several reunions.") == ["talked", "went"]
    assert _ordered("The relatives talked by telephone and the Miami relatives went back to "
                    "Cuba.") == ["talked", "went"]
    assert _hints("The company was hurt by the strike.") == [("hurt", 0), ("strike", -3)]


def test_a_gerund_after_when_is_no_event_that_came_first() -> None:
    # "when visiting" tells of the time the advice covers; a clause after "when" still came first.
    assert _ordered("The State Department urged Americans to exercise caution when visiting "
                    "Kenya.") == ["urged", "exercise", "visiting"]
    assert _ordered("The bomb went off when the embassy opened.") == ["opened", "went"]


def test_the_noun_opening_what_a_saying_reports_sorts_before_the_saying() -> None:
    # As for a past "said the ruling was appropriate": the gerund "saying" reports a clause whose
    # subject happened before the saying.
    assert _ordered("Police issued a statement on Monday, saying the arrests were made in "
                    "Mombasa.") == ["issued", "made", "arrests", "saying"]


def test_the_agent_of_a_passive_is_a_cause_over_its_whole_noun_phrase() -> None:
    # "by" after a passive orders every event of its noun phrase first, not only the words
    # within reach of it; an infinitive after the agent is what the agent makes happen, later.
    assert _ordered("The petroleum services segment was hurt by high financing costs associated "
                    "with the company's buy-out of a 50% stake in Eastman Christensen.") == [
        "buy-out", "hurt"]
    assert _ordered("Elian's father was being coerced by the Castro government to stay and make "
                    "certain statements.") == ["coerced", "stay", "make"]


def test_a_noun_in_a_phrase_joined_to_a_past_verbs_object_sorts_before_the_verb() -> None:
    # The object of a past verb was there first, and so is what a phrase joined to it names.
    assert _ordered("Analyst George Thompson downplayed the importance of the "
                    "announcement.") == ["announcement", "downplayed"]
    assert _ordered("Castro's point man on U.S. relations expressed impatience at Washington's "
                    "failure to enforce a repatriation order.") == [
        "failure", "expressed", "enforce", "repatriation"]


def test_a_participle_after_an_infinitives_object_is_a_reduced_relative() -> None:
    # "to locate people stranded": the infinitive is the clause's verb, so the participle after
    # its object tells of what befell the people, first; also before "without" and "through".
    assert _ordered("Helicopters are flying over northern New York today trying to locate people "
                    "stranded without food, heat or medicine.") == [
        "stranded", "flying", "trying", "locate"]
    assert _ordered("DPC said it expected to repay the amounts borrowed through proceeds of the "
                    "liquidation.") == ["borrowed", "expected", "said", "repay", "liquidation"]


def test_a_past_verb_in_a_relative_clause_on_its_object_sorts_first() -> None:
    # "the diplomacy he began", "the circular that it mailed": the clause tells what was done to
    # the noun before the main clause's event; a pronoun after a conjunction or a verb opens a
    # clause of its own ("when it began", "said they wrote").
    assert _ordered("Mr. Bush continued the intensive personal diplomacy he began after the "
                    "invasion.") == ["invasion", "began", "diplomacy", "continued"]
    assert _ordered("Dow Jones extended the offer to allow shareholders time to review the "
                    "circular that it mailed to them.") == [
        "mailed", "offer", "extended", "allow", "review"]
    assert _hints("He said they wrote to the court.") == [("said", 0), ("wrote", 0)]


def test_a_past_verb_of_deciding_or_finding_sorts_after_the_clause_it_tells() -> None:
    # As a report does: what the INS decided had been so, what the analysis showed had happened;
    # "decided to delay" opens no clause, and what is decided on comes after.
    assert _ordered("The INS decided that under its policies, Gonzalez met the test.") == [
        "met", "decided"]
    assert _ordered("The analysis showed unemployment rates dropped steadily.") == [
        "dropped", "showed"]
    assert _ordered("The judge decided to delay the hearing.") == ["decided", "delay", "hearing"]


def test_a_bare_plural_behind_one_modifier_is_the_past_verbs_object() -> None:
    # The calls came before they went unreturned; a particle is the verb's own ("touched off
    # protests": the protests came after).
    assert [t for t in _ordered("Crane officials didn't return phone calls seeking comment.")
            if t in {"calls", "return"}] == ["calls", "return"]
    assert _ordered("The decision touched off protests in the Cuban-American community.") == [
        "decision", "touched", "protests"]


def test_a_command_opening_a_quote_sorts_after_its_report() -> None:
    # What a command asks for is to come; a noun opening a quote keeps its place before the report.
    assert _ordered("``Send him back,'' said Marsha Raeber, an airline employee.") == [
        "said", "Send"]
    assert _ordered("``Violence is not the answer,'' said Marsha Raeber.") == ["Violence", "said"]


def test_from_opening_a_range_names_no_source() -> None:
    # "from deficit into surplus" is a range, not what set off the verb after it; "suffered from
    # the sharp drop" still names a source, first.
    assert _ordered("The likelihood that the federal budget will soon move from deficit into "
                    "surplus has further improved the outlook.") == ["move", "improved"]
    assert _hints("The likelihood that the federal budget will soon move from deficit into "
                  "surplus has further improved the outlook.") == [("move", 0), ("improved", 0)]
    assert _ordered("Profits suffered from the sharp drop in prices.") == ["drop", "suffered"]


def test_the_source_of_a_cause_sorts_before_the_cause() -> None:
    # The sale brought the gain that offset the charges.
    assert _hints("The charges were offset in part by a gain from the sale of the company's "
                  "construction division.") == [("offset", 0), ("gain", -3), ("sale", -4)]
    assert _ordered("The charges were offset in part by a gain from the sale of the company's "
                    "construction division.") == ["sale", "gain", "offset"]


def test_what_before_puts_later_sorts_right_after_what_it_is_told_with() -> None:
    # The completion comes after the exercise it is told with, not after the issue told later.
    assert _ordered("Warrants will be exercised prior to completion of the transaction, and "
                    "Heritage would issue preferred shares.") == [
        "exercised", "completion", "transaction", "issue"]


def test_what_its_words_put_first_sorts_before_its_dates_events_told_earlier() -> None:
    # News tells the background after the event: the request told in the second sentence (a
    # pluperfect) came before the approval told in the first.
    assert _ordered("The White House said President Bush approved duty-free treatment for imports "
                    "of watches. Timex had requested duty-free treatment for many types of "
                    "watches.") == ["requested", "treatment", "approved", "said", "treatment"]


def test_since_between_a_perfect_have_and_its_verb_puts_the_verb_after_what_was_told() -> None:
    # "has since started": "since then", after the rejection, not a clause "since" opens.
    text = ("The board rejected the offer in March. The company has since started a "
            "restructuring.")
    assert _ordered(text) == ["offer", "rejected", "restructuring", "started"]
    assert ("started", 1) in _hints(text)
    assert ("rejected", -1) in _hints("Since the board rejected the offer, shares have fallen.")


def test_a_participle_with_its_agent_after_a_comma_sorts_before_the_clause_it_follows() -> None:
    assert _ordered("Profit fell 20% in the quarter, hurt by higher costs.") == ["hurt", "fell"]
    assert _ordered("Compaq Computer Corp. said that its net income rose 51% in the third "
                    "quarter, bolstered by unusual gains from its investment in a disk-drive "
                    "maker.") == ["investment", "gains", "bolstered", "rose", "said"]


def test_a_main_verb_after_an_opening_subordinate_clause_is_no_reduced_relative() -> None:
    # The past verb before the comma belongs to the opening "while"/"as" clause: the noun after
    # the comma is the main clause's subject, and its verb keeps its place.
    assert _ordered("But while Cuban exiles outside the courthouse cheered Lazaro and his "
                    "family, their angry taunts seemed to shock Manuel.") == [
        "cheered", "seemed", "shock"]
    assert _ordered("As supporters of the military leader gathered in the north, riot police "
                    "deployed in Lagos to break up a protest rally.") == [
        "gathered", "deployed", "break", "rally"]
    assert _ordered("Officials criticized the multinational force dispatched to Saudi "
                    "Arabia.") == ["dispatched", "criticized"]


def test_a_past_verb_after_yet_is_no_reduced_relative() -> None:
    # "yet" joins a second verb to the first ("returned him ... yet stayed in contact"); no
    # noun before the past form carries it as a reduced relative.
    assert _ordered("It would be ideal if they could have returned him to his father yet stayed "
                    "in contact while their appeal was pending in court.") == [
        "returned", "stayed", "appeal", "pending"]


def test_an_object_with_a_price_in_its_phrase_sorts_before_the_past_verb() -> None:
    # A sum ("$15") or a rate ("$15 a share") inside the object's phrase does not end it.
    assert _ordered("Earlier this year, Dataproducts had rejected a $15 a share offer from DPC, "
                    "saying it wasn't adequately financed.") == [
        "offer", "rejected", "financed", "saying"]
    assert _ordered("The board rejected a $15 offer from the group.") == ["offer", "rejected"]


def test_an_object_opened_by_a_name_with_a_bare_apostrophe_sorts_before_the_verb() -> None:
    # "the INS' decision": a possessive in -s' opens the phrase as "Iraq's" does.
    assert _ordered("Exile leaders condemned the INS' decision to return the boy to Cuba.") == [
        "decision", "condemned", "return"]
    assert _ordered("The court disapproves the INS' decision to reject the asylum "
                    "applications.") == ["decision", "disapproves", "reject"]


def test_an_object_after_a_one_word_aside_sorts_before_the_past_verb() -> None:
    assert _ordered("The judges denied, however, a request by Elian's father to name him as "
                    "the boy's representative.") == ["request", "denied", "name"]


def test_a_noun_joined_to_a_report_s_bare_object_sorts_before_the_report() -> None:
    assert _ordered("The White House quickly announced support for the decision.") == [
        "decision", "announced"]
    # The report's own object still comes after it, and so does what a plan is for.
    assert _ordered("Officials announced a ban on imports.") == ["announced", "ban"]
    assert _ordered("The company announced plans for the sale of its unit.") == [
        "announced", "plans", "sale"]


def test_a_noun_joined_to_an_object_event_sorts_before_the_verb_two_events_back() -> None:
    assert _ordered("Castro likened the revolutionary battle to the fight against the United "
                    "States.") == ["battle", "fight", "likened"]
    # "handling" acts on the meeting, which came first (PRESUPPOSING_NOUNS): meeting, handling,
    # condemned.
    assert _ordered("The Security Council condemned the handling of the meeting.") == [
        "meeting", "handling", "condemned"]


def test_the_of_object_of_a_noun_acting_on_what_is_there_sorts_before_it() -> None:
    assert _ordered("The allied rejection of the last-minute Soviet-led diplomatic effort "
                    "enabled Mr. Bush to seize the initiative.") == [
        "effort", "rejection", "enabled", "seize", "initiative"]
    # Round 22: the object of a noun acting on what is there sorts first in its sentence too
    # (the earthquake came before any estimate of its impact).
    assert _ordered("The company has no estimate of the impact of the earthquake on "
                    "fourth-quarter results.") == [
        "earthquake", "estimate", "impact", "results", "has"]


def test_an_object_behind_four_modifiers_sorts_before_the_past_verb() -> None:
    assert _ordered("The allied forces rejected the last-minute Soviet-led diplomatic "
                    "effort.") == ["effort", "rejected"]
    assert _ordered("Elian Gonzalez, the 6-year-old boy who survived an ill-fated migrant "
                    "smuggling trip across the Florida Straits, should be reunited with his "
                    "father.") == ["trip", "survived", "reunited"]


def test_an_event_noun_subject_of_a_passive_of_planning_sorts_after_it() -> None:
    assert _ordered("The move was approved at a special shareholders' meeting yesterday.") == [
        "approved", "move", "meeting"]
    assert _ordered("But that decision was put on hold while the Miami relatives battle in "
                    "federal court.") == ["put", "decision", "battle"]
    # A passive that acts on what is there keeps the noun first.
    assert _ordered("The bombing was condemned by the Security Council.") == [
        "bombing", "condemned"]


def test_a_passive_of_planning_reaches_its_subject_past_the_noun_s_phrase() -> None:
    assert _ordered("Albright's visit to East Africa was designed in part to demonstrate U.S. "
                    "resolve.") == ["designed", "visit", "demonstrate"]
    assert _ordered("The purchase of the additional 48% stake is expected to cost more than 11 "
                    "billion francs.") == ["expected", "purchase", "cost"]


def test_what_a_negated_clause_waits_for_until_sorts_first() -> None:
    assert _ordered("Upjohn officials said they couldn't estimate the size of the charge until "
                    "they determine which employees will participate.") == [
        "determine", "said", "estimate", "charge", "participate"]
    # Not negated, "until" bounds the main clause's event: what it waits for comes after.
    assert _ordered("Upjohn officials said they could estimate the size of the charge until "
                    "they determine which employees will participate.") == [
        "said", "estimate", "charge", "determine", "participate"]


def test_a_present_perfect_in_a_relative_clause_with_a_pronoun_subject_sorts_first() -> None:
    assert _ordered("I cannot detail or characterize the type of evidence we have gathered in "
                    "Nairobi.") == ["gathered", "detail", "characterize"]
    # A perfect in a clause of its own keeps its place.
    assert _ordered("I cannot detail or characterize the evidence and we have gathered more in "
                    "Nairobi.") == ["detail", "characterize", "gathered"]


def test_a_present_perfect_in_a_clause_of_a_verb_of_mind_without_that_sorts_first() -> None:
    assert _ordered("I think people have forgotten that this is a human issue.") == [
        "forgotten", "think"]
    assert _ordered("We believe the government has violated the agreement.") == [
        "violated", "believe", "agreement"]
    # A perfect in a clause of its own keeps its place.
    assert _ordered("I think about it, and people have forgotten that this is a human "
                    "issue.") == ["think", "forgotten"]


def test_a_verb_after_and_is_out_of_the_reach_of_an_ordering_word_before_it() -> None:
    assert _ordered("Elian's father asked his Miami relatives to end their court battle after "
                    "Thursday's ruling and allow him to finally return home with his son.") == [
        "ruling", "asked", "battle", "end", "allow", "return"]
    # Nouns joined by "and" share the ordering word.
    assert _ordered("The army withdrew after the talks and negotiations.") == [
        "talks", "negotiations", "withdrew"]


def test_an_incident_planned_sorts_after_the_plan() -> None:
    assert _ordered("An Egyptian Islamic Jihad group planned the attacks.") == [
        "planned", "attacks"]
    # An incident acted on by a verb that is no plan came first.
    assert _ordered("An Egyptian Islamic Jihad group condemned the attacks.") == [
        "attacks", "condemned"]


def test_an_untensed_verb_governed_by_a_future_sorts_after_it() -> None:
    # "sending" carries the date of "today" from the sentence before; "will assist" is after it.
    assert _ordered("The court ruled against the family today. There is no way the relatives "
                    "will assist in sending Elian back to Cuba.") == ["ruled", "assist", "sending"]


def test_a_past_report_told_by_another_report_sorts_before_it() -> None:
    assert _ordered("President Fidel Castro said his government told U.S. officials it is "
                    "worried.") == ["told", "worried", "said"]
    assert _ordered("Castro said his son told him he didn't want to go.") == [
        "told", "want", "said", "go"]


def test_what_a_purpose_opening_its_sentence_aims_at_sorts_after_the_main_clause() -> None:
    assert _ordered("In efforts to prevent Elian Gonzalez's return to Cuba, an anti-Castro "
                    "lawmaker subpoenaed him to testify before a congressional committee.") == [
        "subpoenaed", "testify", "prevent", "return"]
    assert _ordered("To avoid a strike, the company raised wages.") == [
        "wages", "raised", "avoid", "strike"]


def test_a_past_event_a_claim_tells_of_sorts_before_the_claim() -> None:
    assert _ordered("Elian's Miami relatives have filed affidavits alleging Gonzalez abused his "
                    "former wife.") == ["abused", "filed", "alleging"]
    # Its words put it first: before the events of its date told in earlier sentences too.
    assert _ordered("The hearing was held on Friday. The relatives filed affidavits alleging "
                    "Gonzalez abused his son.") == ["abused", "hearing", "held", "filed", "alleging"]
    assert _ordered("Elian's Miami relatives have filed affidavits, and Gonzalez abused his "
                    "former wife.") == ["filed", "abused"]


def test_a_source_named_by_according_to_does_not_put_a_condition_after_it() -> None:
    assert _ordered("If the government succeeds in seizing Mr. Antar's assets, he could be left "
                    "without top-flight legal representation, according to individuals familiar "
                    "with the case.") == ["succeeds", "seizing", "left", "according"]
    # A telling does: what it supposes is not yet done when told.
    assert _ordered("If the government succeeds in seizing his assets, he could be left without "
                    "legal representation, his lawyer said.") == [
        "left", "said", "succeeds", "seizing"]


def test_a_condition_sorts_before_the_tensed_event_it_brings_not_a_noun_after_it() -> None:
    assert _ordered("Still, criminal defense lawyers worry that defendants are being deprived "
                    "of their right to a fair trial if the government can seize lawyers' "
                    "fees.") == ["worry", "seize", "deprived", "trial"]


def test_or_if_after_whether_asks_and_sets_no_condition() -> None:
    assert _ordered("It was not clear whether the family would come to Miami to get Elian or if "
                    "instead they would travel to Washington.") == ["come", "get", "travel"]


def test_a_past_event_in_a_clause_on_a_time_noun_sorts_first() -> None:
    assert _ordered("In Washington today, the Federal Aviation Administration released air "
                    "traffic control tapes from the night the TWA Flight eight hundred went "
                    "down.") == ["went", "released"]
    # An ordering word in the clause still orders it.
    assert _ordered("He was last seen Nov. 3, the day before authorities issued a material "
                    "witness warrant.") == ["seen", "issued"]


def test_a_past_event_a_report_tells_of_is_not_dated_after_the_report() -> None:
    text = ("Mr. Thompson noted on Monday that the disappointing earnings, which fell five cents "
            "a share short of his own projections, contributed to the sell-off.")
    document = Document(id="d", path="d.txt", title=None, text=text)
    events = list(analyse_document(document, BuildOptions(dct=DCT, events="mentions")).events)
    assert [e.time.earliest for e in events] == [dt.date(1998, 8, 3)] * 4
    # As a date carried from elsewhere in a story may give it: "fell" on the story's date.
    later = events[1].time.model_copy(update={"earliest": DCT, "latest": DCT})
    events[1] = events[1].model_copy(update={"time": later})
    assert [e.trigger.text for e in order_events(events)] == [
        "fell", "contributed", "noted", "projections"]
    # A present perfect too ("have been caring": some time up to the story's date).
    assert _ordered("The Immigration and Naturalization Service said earlier this week that it "
                    "will transfer Elian to his father from the Miami relatives who have been "
                    "caring for him.") == ["caring", "said", "transfer"]
    # A report told after it as well ("..., officials said Monday").
    assert _ordered("Iraqi troops have moved closer to the Saudi border, U.S. officials said "
                    "Monday.") == ["moved", "said"]


def test_what_a_quote_tells_in_the_present_holds_when_its_report_was_made() -> None:
    # "said" is dated by the news convention to the day in force, yesterday; "appears" by its
    # tense alone to the story's date.
    assert _ordered("Bombs exploded yesterday outside two U.S. embassies. ``This appears to have "
                    "been a very well-planned attack,'' spokesman P.J. Crowley said in "
                    "Washington.") == ["attack", "exploded", "appears", "said"]
    # Not what it says is to come.
    assert _ordered("Bombs exploded yesterday outside two U.S. embassies. ``We must find those "
                    "responsible for these evil acts,'' Clinton said.") == [
        "exploded", "acts", "said", "find"]
    # A condition a report tells in the present is the report's too.
    assert _ordered("The Iraqi ambassador to Venezuela said on Tuesday that Iraq would retaliate "
                    "against Venezuela and other OPEC members if they boost oil production.") == [
        "said", "boost", "retaliate"]


def test_what_a_report_says_someone_would_do_is_not_before_the_report() -> None:
    # "come" carries Wednesday from the sentence before; the saying is of the story's days.
    assert _ordered("The talks changed on Wednesday. Previously, Gonzalez had said he would never "
                    "come here to get his son.") == ["changed", "talks", "said", "come", "get"]


def test_a_present_progressive_of_going_a_report_tells_comes_after_the_report() -> None:
    # "is leaving", "are coming": a trip planned when reported, not one going on before it.
    assert _ordered("Tired of being sidelined, Hungarian astronaut Bertalan Farkas is leaving "
                    "for the United States to start a new career, he said Saturday.") == [
        "sidelined", "start", "said", "leaving"]
    assert _ordered("``They are coming with everyone, including psychologists,'' said Armando "
                    "Sanjurjo, 73.") == ["said", "coming"]


def test_a_text_published_after_its_noun_comes_after_the_writing() -> None:
    assert _ordered("``We are worried about his prolonged kidnapping,'' Juan Miguel Gonzalez "
                    "wrote in a letter published on the front page of the Communist Party daily "
                    "Granma.") == ["worried", "kidnapping", "wrote", "published"]


def test_what_a_demand_wants_done_in_a_passive_comes_after_the_demand() -> None:
    # (Since anchoring round 27 "earlier this week", closed by the comma, dates "wrote", the
    # verb before it, not the participle after it: the letter and its demand share the week.)
    assert _ordered("Gonzalez also wrote to Attorney General Janet Reno earlier this week, "
                    "demanding that Elian be returned to him.") == ["wrote", "demanding", "returned"]
    assert _ordered("Gonzalez has cited his rights as the child's sole surviving parent in his "
                    "calls for his boy to be returned to him in communist Cuba.") == [
        "cited", "calls", "returned"]


def test_what_someone_wants_to_have_done_comes_after_the_wish() -> None:
    assert _ordered("The father is anxious to have Elian returned to him, Meissner said.") == [
        "anxious", "said", "have", "returned"]


def test_commas_of_a_place_or_a_date_do_not_end_the_clause_of_an_ordering_word() -> None:
    # "Farmington, N.M., carrier": one noun phrase; "because" still reaches "respond".
    assert _ordered("StatesWest Airlines, Phoenix, Ariz., said it withdrew its offer to acquire "
                    "Mesa Airlines because the Farmington, N.M., carrier didn't respond to its "
                    "offer.") == ["respond", "offer", "offer", "withdrew", "said", "acquire"]
    # "as a result of an Aug. 10, 1988, ... agreement": the agreement came first.
    # ("purchase", beside the date, is an event or not as the mention model's margin has it.)
    order = _ordered("Hewlett-Packard acquired 730,070 common shares from Octel as a result of "
                     "an Aug. 10, 1988, stock purchase agreement.")
    assert [w for w in order if w != "purchase"] == ["agreement", "acquired"]


def test_a_bare_noun_after_a_verb_that_presupposes_it_sorts_before_the_verb() -> None:
    # Singular, behind one modifier: what is rebutted or ended was there first.
    assert _ordered("Japanese government officials, eager to rebut foreign criticism of Japanese "
                    "investments overseas, hailed the transaction as proof foreigners can make "
                    "similar investments in Japan.") == [
        "criticism", "rebut", "transaction", "hailed", "make"]
    assert _ordered("The rebels vowed to end ethnic fighting in the region.") == [
        "vowed", "fighting", "end"]


def test_the_news_a_price_moved_on_sorts_before_the_move() -> None:
    assert _ordered("Weisfield's shares soared on the announcement yesterday, closing up $11 to "
                    "close at $50 in national over-the-counter trading.") == [
        "announcement", "soared", "closing", "close", "trading"]
    # Past the amount between the verb and its "on".
    assert _ordered("Intel's stock fell 7/8 to 37 3/4 on the announcement of a flaw in the "
                    "chip.") == ["announcement", "fell"]


def test_the_offer_a_bid_outdoes_sorts_before_the_bid() -> None:
    assert _ordered("The group announced a plan to outbid the Ratners offer.") == [
        "announced", "plan", "offer", "outbid"]


def test_what_a_passive_agent_was_able_or_failed_to_do_sorts_before_the_passive() -> None:
    assert _ordered("The earnings growth also was fueled by the company's ability to cut net "
                    "financing spending by half to around 15 million guilders.") == [
        "cut", "growth", "fueled", "spending"]
    assert _ordered("Profit was hurt by the company's inability to raise prices.") == [
        "raise", "hurt"]
    # Not an agent's aim after a noun: "an attempt by his relatives to block" stays later.
    assert dict(_hints("The court is weighing an attempt by Elian's relatives to block his "
                       "return."))["block"] == 0


def test_the_subject_of_a_past_verb_dated_by_its_tense_alone_takes_the_verbs_time() -> None:
    # "losses" is dated by its tense to the story's day, "reduced" by the quarter in force.
    assert _ordered("Aetna Life & Casualty Co.'s third-quarter net income fell 22%. Catastrophe "
                    "losses reduced Aetna's net income by $50 million, including $36 million from "
                    "Hugo.") == ["fell", "losses", "reduced"]


def test_a_verb_joined_to_what_a_modal_points_ahead_to_is_not_done_when_reported() -> None:
    assert _ordered("\"No matter what it takes, we must find those responsible for these evil "
                    "acts and see that justice is done,\" Clinton said at the ceremony.") == [
        "acts", "done", "ceremony", "said", "find", "see"]
