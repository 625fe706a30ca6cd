"""Wire datelines: one realistic lead per agency form, with place, agency and date pinned."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newstimeline.dateline import DATELINE_FORMS, find_dateline, parse_date

LEADS = [
    # (lead as it appears in the copy, rule, place, agency, month, day, year)
    ("MOSCOW, December 18. /TASS/. Russia and NATO have reached \"the moment of truth\" in their "
     "relations, Deputy Foreign Minister Alexander Grushko said on Saturday.",
     "tass", "Moscow", "TASS", 12, 18, None),
    ("МОСКВА, 18 декабря. /ТАСС/. Россия и НАТО подошли к \"моменту истины\" в отношениях, "
     "заявил замминистра иностранных дел РФ Александр Грушко.",
     "tass_ru", "Москва", "TASS", 12, 18, None),
    ("WASHINGTON, Feb 19 (Reuters) - The U.S. Senate on Thursday approved a stopgap spending "
     "bill to avert a government shutdown.",
     "reuters", "Washington", "Reuters", 2, 19, None),
    ("LONDON (Reuters) - British inflation rose to its highest in more than a decade last month, "
     "official data showed on Wednesday.",
     "reuters", "London", "Reuters", None, None, None),
    ("Dec 18 (Reuters) - Omicron cases surged across Europe on Saturday as governments weighed "
     "new restrictions.",
     "wire_no_place", None, "Reuters", 12, 18, None),
    ("KYIV, Ukraine (AP) — Ukraine's president said Saturday that his country was ready for "
     "talks.",
     "ap", "KYIV, Ukraine", "AP", None, None, None),
    ("SPRINGFIELD, Ill., Feb. 19 (AP) — Illinois lawmakers approved the budget late Thursday.",
     "ap", "SPRINGFIELD, Ill.", "AP", 2, 19, None),
    ("PARIS, Dec 18, 2021 (AFP) - France will ban British tourists from entering the country "
     "from Saturday, the government announced.",
     "afp", "Paris", "AFP", 12, 18, 2021),
    ("BEIJING, Dec. 18 (Xinhua) -- China's State Council on Saturday unveiled a plan to boost "
     "consumption.",
     "xinhua", "Beijing", "Xinhua", 12, 18, None),
    ("LISBOA, 18 jun (Xinhua) -- El primer ministro portugués, António Costa, anunció el "
     "viernes nuevas medidas.",
     "xinhua", "Lisboa", "Xinhua", 6, 18, None),
    ("ПЕКИН, 18 декабря /Синьхуа/ -- Госсовет КНР в субботу обнародовал план.",
     "xinhua_ru", "Пекин", "Xinhua", 12, 18, None),
    ("MOSCOW. Dec 18 (Interfax) - The Russian Foreign Ministry has handed over draft "
     "agreements on security guarantees to the U.S.",
     "interfax", "Moscow", "Interfax", 12, 18, None),
    ("KYIV. Feb 19 (Interfax-Ukraine) - The Verkhovna Rada has adopted the law in the first "
     "reading.",
     "interfax", "Kyiv", "Interfax-Ukraine", 2, 19, None),
    ("Москва. 18 декабря. INTERFAX.RU - МИД России опубликовал проекты соглашений.",
     "interfax_ru", "Москва", "Interfax", 12, 18, None),
    ("MOSCOW, December 18 (RIA Novosti) - Russia's Defense Ministry said on Saturday it had "
     "completed the drills.",
     "ria", "Moscow", "RIA Novosti", 12, 18, None),
    ("МОСКВА, 18 дек — РИА Новости. Президент России Владимир Путин провел совещание.",
     "ria_ru", "Москва", "RIA Novosti", 12, 18, None),
    ("WASHINGTON, Dec. 18 (UPI) -- The Pentagon said Saturday it will send more troops.",
     "upi", "Washington", "UPI", 12, 18, None),
    ("Berlin (dpa) - Bundeskanzler Olaf Scholz hat am Samstag die Impfpflicht verteidigt.",
     "dpa", "Berlin", "dpa", None, None, None),
    ("FRANKFURT (dpa-AFX) - Der Dax hat am Freitag deutlich nachgegeben.",
     "dpa", "Frankfurt", "dpa-AFX", None, None, None),
    ("(Bloomberg) -- Treasuries rallied on Friday as traders weighed the Federal Reserve's "
     "hawkish pivot.",
     "bloomberg", None, "Bloomberg", None, None, None),
    ("TOKYO, Dec. 18 Kyodo - Japan will tighten border controls, Prime Minister Fumio Kishida "
     "said Saturday.",
     "kyodo", "Tokyo", "Kyodo", 12, 18, None),
    ("TOKYO, Dec. 18 (Kyodo) -- Japan's Cabinet approved a record budget on Friday.",
     "kyodo", "Tokyo", "Kyodo", 12, 18, None),
    ("SEOUL, Dec. 18 (Yonhap) -- South Korea reported 7,314 new COVID-19 cases on Saturday.",
     "yonhap", "Seoul", "Yonhap", 12, 18, None),
    ("New Delhi, Dec 18 (PTI) The Election Commission on Saturday held talks with the health "
     "ministry.",
     "india_wire", "New Delhi", "PTI", 12, 18, None),
    ("NEW DELHI, Dec 18 (IANS) India reported 7,145 new Covid cases in the last 24 hours.",
     "india_wire", "New Delhi", "IANS", 12, 18, None),
    ("New Delhi [India], December 18 (ANI): Prime Minister Narendra Modi on Saturday laid the "
     "foundation stone of the Ganga Expressway.",
     "india_wire", "New Delhi [India]", "ANI", 12, 18, None),
    ("LONDON, December 18 - Britain reported a record number of COVID-19 cases on Saturday.",
     "generic", "London", None, 12, 18, None),
    ("RIO DE JANEIRO, Feb. 19 -- Carnival parades were cancelled for a second year.",
     "generic", "Rio De Janeiro", None, 2, 19, None),
    ("Published: Saturday, December 18, 2021 10:42 AM EST\nThe storm knocked out power.",
     "published", None, None, 12, 18, 2021),
    ("Published 8:42 AM EST Dec 18, 2021\nThe storm knocked out power.",
     "published", None, None, 12, 18, 2021),
    ("Опубликовано: 18 декабря 2021, 14:05\nМИД России опубликовал проекты.",
     "published", None, None, 12, 18, 2021),
]


@pytest.mark.parametrize(("lead", "rule", "place", "agency", "month", "day", "year"), LEADS)
def test_dateline_form_reads_place_agency_and_date(
    lead: str, rule: str, place: str | None, agency: str | None, month: int | None,
    day: int | None, year: int | None,
) -> None:
    text = "All news\n\nA headline of the story in four words\n\n" + lead
    found = find_dateline(text)
    assert found is not None
    assert (found.rule, found.place, found.agency, found.month, found.day, found.year) == (
        rule, place, agency, month, day, year)
    assert text[found.span.start:found.span.end] == found.span.text


def test_every_form_in_the_table_has_a_lead_test() -> None:
    assert {form.name for form in DATELINE_FORMS} <= {lead[1] for lead in LEADS}


@pytest.mark.parametrize("form", DATELINE_FORMS, ids=lambda f: f.name)
def test_table_example_is_recognized_by_its_own_form(form: object) -> None:
    found = find_dateline(form.example + " The story begins here.")  # type: ignore[attr-defined]
    assert found is not None
    assert found.rule == form.name  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", [
    "However, December 18 was a Saturday like any other.",
    "The March 4 deadline passed without a deal.",
    "WASHINGTON _ The Senate voted on Thursday.",
    "Reuters 5 (Reuters) - a figure, not a date",
    "MOSCOW, Lenin 18. /TASS/. not a month",
])
def test_non_datelines_are_not_datelines(text: str) -> None:
    assert find_dateline(text) is None


def test_dateline_below_the_head_is_ignored() -> None:
    text = "Filler sentence here. " * 200 + "\nLONDON, December 18 - Late text."
    assert find_dateline(text) is None


@pytest.mark.parametrize(("date", "languages", "expected"), [
    ("18 декабря", ("ru",), (12, 18, None)),
    ("29 февраля", ("ru",), (2, 29, None)),
    ("18 jun", ("es", "pt"), (6, 18, None)),
    ("18 déc. 2021", ("fr",), (12, 18, 2021)),
    ("Sept. 30", ("en",), (9, 30, None)),
    ("Feb 30", ("en",), None),
    ("18 min", ("en", "es"), None),
])
def test_month_names_are_read_in_the_forms_languages(
    date: str, languages: tuple[str, ...], expected: tuple[int, int, int | None] | None
) -> None:
    assert parse_date(date, languages) == expected


def test_hyphenated_capitals_do_not_backtrack() -> None:
    text = "-".join(["AB"] * 3000) + ", Dec"
    started = time.perf_counter()
    find_dateline(text)
    assert time.perf_counter() - started < 1.0


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("MOSCOW, Dec18. /TASS/(Reuters)-—\n ямая")),
               max_size=300))
def test_any_text_gives_a_consistent_dateline_or_none(text: str) -> None:
    found = find_dateline(text)
    if found is not None:
        assert text[found.span.start:found.span.end] == found.span.text
        assert (found.month is None) == (found.day is None)
