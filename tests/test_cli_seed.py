"""The seed TASS story through the command line, with the reference date pinned."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from newstimeline.cli import main
from tests.conftest import SEED, SEEDS


def _build(tmp_path: Path, *extra: str, source: Path = SEEDS) -> dict[str, Any]:
    result = CliRunner().invoke(
        main, ["build", str(source), "--out", str(tmp_path), "--reference-date", "2026-11-28",
               *extra])
    assert result.exit_code == 0, result.output
    name = source.name if source.is_dir() else source.stem
    data: dict[str, Any] = json.loads((tmp_path / f"{name}.events.json").read_text("utf-8"))
    return data


def _event(data: dict[str, Any], trigger: str, sentence_part: str) -> dict[str, Any]:
    matches = [e for e in data["events"] if e["trigger"]["text"] == trigger
               and sentence_part in e["sentence"]["text"]]
    assert len(matches) == 1, [e["summary"] for e in matches]
    return matches[0]


def test_seed_year_is_inferred_as_2021_from_same_day_saturday(tmp_path: Path) -> None:
    data = _build(tmp_path)
    dct = data["documents"][0]["dct"]
    assert dct["date"] == "2021-12-18"
    assert dct["source"] == "inferred"
    assert "on Saturday" in dct["explanation"]
    assert "2027 would also fit" in dct["explanation"]
    # December 18 is a Saturday in 2010 too, but "Russian President Vladimir Putin" was prime
    # minister then; 2004, in his first presidency, is before the "Solovyov Live YouTube channel"
    # could exist (YouTube was founded in 2005): no other year is supported.
    assert dct["candidates"] == []
    assert '"YouTube" puts the story in 2005 or later' in dct["explanation"]
    assert dct["confidence"] == 0.694


def test_seed_events_are_dated_by_their_own_expressions(tmp_path: Path) -> None:
    data = _build(tmp_path)
    said = _event(data, "said", "moment of truth\" in their relations")
    assert (said["time"]["earliest"], said["time"]["latest"]) == ("2021-12-18", "2021-12-18")
    assert said["time"]["relation"] == "on"
    assert said["actors"][0] == "Alexander Grushko"
    assert "reached" in said["summary"]
    released = _event(data, "released", "in Friday")
    assert (released["time"]["earliest"], released["time"]["latest"]) == ("2021-12-17",
                                                                          "2021-12-17")
    assert released["time"]["expression"]["text"] == "Friday"
    assert released["summary"].startswith("Russia released draft agreements")
    handed = _event(data, "handed", "December 15")
    assert (handed["time"]["earliest"], handed["time"]["latest"]) == ("2021-12-15", "2021-12-15")


def test_seed_earlier_call_is_an_open_started_range(tmp_path: Path) -> None:
    called = _event(_build(tmp_path), "called", "Putin earlier called")
    assert called["time"]["earliest"] is None
    assert called["time"]["latest"] == "2021-12-18"
    assert called["time"]["value"] == "PAST_REF"
    assert "Vladimir Putin" in called["actors"]


def test_seed_undated_statements_are_never_given_an_exact_day(tmp_path: Path) -> None:
    data = _build(tmp_path)
    for event in data["events"]:
        time = event["time"]
        if time["basis"] in {"tense", "reporting", "none"}:
            exact = time["earliest"] is not None and time["earliest"] == time["latest"]
            assert not exact or time["value"] == "PRESENT_REF", event["summary"]
    dangerous = _event(data, "said", "very dangerous")
    assert dangerous["time"]["basis"] == "reporting"
    assert (dangerous["time"]["earliest"], dangerous["time"]["latest"]) == ("2021-12-17",
                                                                            "2021-12-18")
    violating = _event(data, "violating", "has been violating")
    assert (violating["time"]["earliest"], violating["time"]["latest"]) == (None, "2021-12-18")


def test_seed_events_are_sorted_by_time_with_ids_stable_across_runs(tmp_path: Path) -> None:
    first = _build(tmp_path / "a")
    second = _build(tmp_path / "b")
    assert [e["id"] for e in first["events"]] == [e["id"] for e in second["events"]]
    assert (tmp_path / "a" / "seeds.events.json").read_bytes() == \
        (tmp_path / "b" / "seeds.events.json").read_bytes()
    # Each sorts by its known bound; an undated report by its usual day, the story's day.
    keys = [e["time"]["likely_day"] or e["time"]["earliest"] or e["time"]["latest"]
            for e in first["events"] if e["time"]["relation"] != "undated"]
    assert keys == sorted(keys)


def test_year_option_moves_the_seed_to_2010(tmp_path: Path) -> None:
    data = _build(tmp_path, "--year", "2010")
    assert data["documents"][0]["dct"] == {
        "date": "2010-12-18", "source": "option", "confidence": 1.0, "candidates": [],
        "explanation": "month and day from the dateline 'MOSCOW, December 18. /TASS/.'; "
                       "year 2010 given by --year"}
    released = _event(data, "released", "in Friday")
    assert released["time"]["earliest"] == "2010-12-17"
    handed = _event(data, "handed", "December 15")
    assert handed["time"]["earliest"] == "2010-12-15"


def test_dct_option_resolves_weekdays_backwards_from_it(tmp_path: Path) -> None:
    data = _build(tmp_path, "--dct", "2021-12-20")
    assert data["documents"][0]["dct"]["source"] == "option"
    assert _event(data, "said", "moment of truth\" in their")["time"]["earliest"] == "2021-12-18"
    assert _event(data, "released", "in Friday")["time"]["earliest"] == "2021-12-17"


def test_redated_seed_infers_2023(tmp_path: Path) -> None:
    text = SEED.read_text("utf-8").replace("December 18.", "March 4.").replace(
        "on December 15", "on March 1")
    article = tmp_path / "redated.txt"
    article.write_text(text, "utf-8")
    data = _build(tmp_path / "out", source=article)
    assert data["documents"][0]["dct"]["date"] == "2023-03-04"
    assert _event(data, "handed", "March 1")["time"]["earliest"] == "2023-03-01"


def test_tag_prints_offsets_into_the_text_as_read(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["tag", str(SEED), "--dct", "2021-12-18"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    text = SEED.read_text("utf-8")
    assert all(text[r["start"]:r["end"]] == r["text"] for r in rows)
    assert [(r["text"], r["value"]) for r in rows] == [
        ("December 18", "2021-12-18"), ("Saturday", "2021-12-18"), ("Friday", "2021-12-17"),
        ("December 15", "2021-12-15"), ("earlier", "PAST_REF")]
    assert rows[-1]["earliest"] is None and rows[-1]["latest"] == "2021-12-18"
    assert set(rows[0]) == {"start", "end", "text", "type", "value", "earliest", "latest"}


def test_tag_reads_stdin_and_keeps_crlf_offsets() -> None:
    text = "LONDON, March 3 -\r\n\r\nThe minister resigned on Tuesday.\r\n"
    result = CliRunner().invoke(main, ["tag", "-", "--dct", "2022-03-03"], input=text)
    assert result.exit_code == 0, result.output
    row = json.loads(result.output.splitlines()[-1])
    assert text[row["start"]:row["end"]] == "Tuesday"
    assert row["value"] == "2022-03-01"


@pytest.mark.parametrize("command", [[], ["build"], ["tag"], ["schema"]])
def test_every_command_has_help(command: list[str]) -> None:
    result = CliRunner().invoke(main, [*command, "--help"])
    assert result.exit_code == 0
    assert "Usage:" in result.output


def test_version_is_printed() -> None:
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0 and "timeline, version" in result.output


def test_committed_schema_matches_the_models() -> None:
    committed = (SEEDS.parent / "schema" / "events.schema.json").read_text("utf-8")
    result = CliRunner().invoke(main, ["schema"])
    assert result.output == committed
