"""events.json and the HTML page, without a browser: escaping and structure."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from newstimeline.pipeline import BuildOptions, build_timeline
from newstimeline.render.html import timeline_figure, timeline_html
from newstimeline.render.json_out import timeline_json

HOSTILE = ("LONDON, March 3 (Reuters) - Hackers posted <script>window.__pwned=1</script> "
           "on Tuesday, officials said. The page showed <img src=x onerror=\"window.__pwned=1\"> "
           "and <b>bold</b> & more.\n")


def _hostile_timeline(tmp_path: Path):  # type: ignore[no-untyped-def]
    article = tmp_path / "hostile.txt"
    article.write_text(HOSTILE, "utf-8")
    return build_timeline([str(article)], "hostile", BuildOptions(dct=dt.date(2022, 3, 3)))


def test_article_markup_never_reaches_the_page_unescaped(tmp_path: Path) -> None:
    page = timeline_html(_hostile_timeline(tmp_path))
    assert "<script>window.__pwned" not in page
    assert "<img src=x" not in page
    assert "<b>bold</b>" not in page
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in page


def test_point_events_are_markers_and_ranges_are_separate(tmp_path: Path) -> None:
    timeline = _hostile_timeline(tmp_path)
    figure = timeline_figure(timeline)
    points = [e for e in timeline.events if e.time.earliest and e.time.earliest == e.time.latest]
    assert figure.data[0].name == "Dated events"
    assert list(figure.data[0].customdata) == [e.id for e in points]
    ranges = [e for e in timeline.events if e not in points and e.time.relation != "undated"]
    assert [i for i in figure.data[1].customdata if i is not None] == [
        e.id for e in ranges for _ in (0, 1)]


def test_events_json_round_trips_through_the_models(tmp_path: Path) -> None:
    timeline = _hostile_timeline(tmp_path)
    data = json.loads(timeline_json(timeline))
    assert data["schema_version"] == "1.0"
    assert data["documents"][0]["dct"] == {
        "date": "2022-03-03", "source": "option", "confidence": 1.0,
        "explanation": "given by --dct 2022-03-03", "candidates": []}
    posted = next(e for e in data["events"] if e["trigger"]["text"] == "posted")
    assert posted["time"]["earliest"] == "2022-03-01"
    assert posted["sentence"]["text"].startswith("Hackers posted <script>")
