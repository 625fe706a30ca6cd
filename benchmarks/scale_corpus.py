"""A generated news corpus for the scaling benchmark and the parallel-build tests.

Articles are assembled from sentence templates with seeded random places, people, agencies and
dates; every weekday named in a story is the true weekday of the date it refers to, so year
inference has real evidence to work with. Nothing is copied from ../shared.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

PLACES = ["MOSCOW", "BRUSSELS", "WASHINGTON", "BERLIN", "GENEVA", "KYIV", "LONDON", "PARIS",
          "ANKARA", "WARSAW", "VIENNA", "TOKYO", "BEIJING", "CAIRO", "NAIROBI", "OTTAWA"]
AGENCIES = ["TASS", "Reuters", "AP", "AFP"]
PEOPLE = ["Deputy Foreign Minister Sergey Ryabkov", "Secretary General Jens Stoltenberg",
          "Foreign Minister Annalena Baerbock", "Prime Minister Mark Rutte",
          "Spokesman Dmitry Peskov", "Defence Minister Ben Wallace", "President Emmanuel Macron",
          "Chancellor Olaf Scholz", "Ambassador Anatoly Antonov", "Senator Chris Murphy"]
BODIES = ["NATO", "the European Union", "the United Nations", "the OSCE", "the G7",
          "the Foreign Ministry", "the Kremlin", "the White House", "the parliament"]
TOPICS = ["security guarantees", "the gas transit deal", "grain exports", "arms control",
          "sanctions relief", "the border crossing", "the prisoner exchange", "energy prices",
          "the peace talks", "troop deployments"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

DATELINES = {"TASS": "{place}, {date}. /TASS/.", "*": "{place}, {date} ({agency}) -"}
TITLE = "{Body} and {body2} differ on {topic} as talks resume"
SENTENCES = [
    "{Person} said on {weekday_dct} that {body} was ready to discuss {topic}.",
    "The proposals were handed over to {body2} at a meeting on {month_before} {day_before}.",
    "{Body} on {weekday_before} released a draft agreement on {topic}.",
    "{Person} earlier called on {body} to start substantive talks on {topic}.",
    "Officials will meet again next month, {person_short} told reporters.",
    "Talks on {topic} stalled last week after {body2} rejected the draft.",
    "{Body} announced on {weekday_dct} that a new round would open on {month_after} {day_after}.",
    "In {month_before}, {body} had warned that {topic} could not wait until next year.",
    "\"We have reached a red line,\" {person_short} said, adding that {body2} must respond.",
    "The delegation arrived on {weekday_before} and is expected to leave within three days.",
    "{Body} did not comment on {topic} on {weekday_dct}.",
    "A spokesman said that {body2} would publish its reply by the end of {month_after}.",
]


def _fill(rng: random.Random, dct: dt.date, agency: str) -> str:
    before = dct - dt.timedelta(days=rng.randint(1, 6))
    earlier = dct - dt.timedelta(days=rng.randint(7, 40))
    later = dct + dt.timedelta(days=rng.randint(3, 40))
    person = rng.choice(PEOPLE)
    body, body2 = rng.sample(BODIES, 2)
    values = {
        "Person": person, "person_short": person.split()[-1],
        "Body": body[0].upper() + body[1:], "body": body, "body2": body2,
        "topic": rng.choice(TOPICS),
        "weekday_dct": WEEKDAYS[dct.weekday()], "weekday_before": WEEKDAYS[before.weekday()],
        "month_before": MONTHS[earlier.month - 1], "day_before": str(earlier.day),
        "month_after": MONTHS[later.month - 1], "day_after": str(later.day),
    }
    place = rng.choice(PLACES)
    month_day = f"{MONTHS[dct.month - 1]} {dct.day}"
    # TASS puts its name after the date; the others put it in brackets before a dash.
    dateline = DATELINES.get(agency, DATELINES["*"]).format(place=place, date=month_day,
                                                           agency=agency)
    chosen = rng.sample(SENTENCES, rng.randint(6, len(SENTENCES)))
    paragraphs = [TITLE.format(**values), dateline + " " + chosen[0].format(**values)]
    paragraphs.extend(sentence.format(**values) for sentence in chosen[1:])
    return "\n\n".join(paragraphs) + "\n"


def write_corpus(folder: Path, count: int, seed: int = 2021) -> list[Path]:
    """Write ``count`` generated articles into ``folder`` (deterministic for a given seed)."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    start = dt.date(2015, 1, 1)
    for number in range(count):
        dct = start + dt.timedelta(days=rng.randint(0, 365 * 8))
        agency = rng.choice(AGENCIES)
        path = folder / f"{agency.lower()}-{number:06d}.txt"
        path.write_text(_fill(rng, dct, agency), encoding="utf-8")
        paths.append(path)
    return paths
