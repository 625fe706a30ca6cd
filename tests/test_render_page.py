"""The timeline page without a browser: figure structure, lanes, escaping, hover, page modes."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from newstimeline.cli import main
from newstimeline.models import (
    Dateline,
    Dct,
    DocumentInfo,
    Event,
    EventSource,
    EventTime,
    Precision,
    Span,
    Timeline,
    TimelineError,
)
from newstimeline.render.figure import BASIS_COLORS, timeline_figure
from newstimeline.render.geometry import axis_window, extent, lane_layout, titles_of
from newstimeline.render.html import PLOTLYJS_FILE, timeline_html, write_plotlyjs
from newstimeline.render.labels import (
    date_label,
    hover_text,
    lane_label,
    marked_sentence,
    source_count,
    wrap_escaped,
)

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
DCT_DAY = dt.date(2022, 3, 4)


def _document(doc_id: str = "kyiv-wire", title: str = "Talks resume in Istanbul",
              agency: str | None = "Reuters", place: str | None = "Kyiv",
              dct: dt.date = DCT_DAY) -> DocumentInfo:
    dateline = Dateline(span=Span(text="KYIV, March 4 (Reuters) -", start=0, end=25),
                        place=place, agency=agency, month=dct.month, day=dct.day, year=None,
                        rule="reuters")
    return DocumentInfo(id=doc_id, path=f"{doc_id}.txt", title=title, dateline=dateline,
                        dct=Dct(date=dct, source="dateline", confidence=1.0,
                                explanation="dateline date"))


def _event(event_id: str, summary: str, earliest: dt.date | None, latest: dt.date | None, *,
           sentence: str | None = None, expression: tuple[int, int] | None = None,
           relation: str = "on", basis: str = "expression", actors: tuple[str, ...] = (),
           document: str = "kyiv-wire", explanation: str = "as written") -> Event:
    text = sentence or summary
    span = None
    if expression is not None:
        span = Span(text=text[expression[0]:expression[1]], start=100 + expression[0],
                    end=100 + expression[1])
    precision = Precision.DAY if earliest and earliest == latest else Precision.UNKNOWN
    return Event(
        id=event_id, document=document, summary=summary, actors=list(actors),
        trigger=Span(text=text.split()[0], start=100, end=100 + len(text.split()[0])),
        event_class="OCCURRENCE", tense="past", polarity="POS",
        sentence=Span(text=text, start=100, end=100 + len(text)),
        time=EventTime(value=None, earliest=earliest, latest=latest, precision=precision,
                       relation=relation,  # type: ignore[arg-type]
                       basis=basis,  # type: ignore[arg-type]
                       expression=span, explanation=explanation),
    )


def _timeline(events: list[Event], documents: list[DocumentInfo] | None = None) -> Timeline:
    return Timeline(generator="test", name="test", documents=documents or [_document()],
                    events=events)


TALKS = _event("ev-talks", "Delegations met in Istanbul", dt.date(2022, 3, 1),
               dt.date(2022, 3, 1), sentence="Delegations met in Istanbul on Tuesday.",
               expression=(28, 38), actors=("Delegations",),
               explanation='"on Tuesday" -> 2022-03-01: most recent Tuesday')
CEASEFIRE = _event("ev-ceasefire", "A ceasefire was agreed", dt.date(2022, 3, 3),
                   dt.date(2022, 3, 3), actors=("Delegations",))
FEBRUARY = _event("ev-february", "Shelling intensified", dt.date(2022, 2, 1),
                  dt.date(2022, 2, 28), sentence="Shelling intensified in February.",
                  expression=(21, 32), actors=("Army",))
EARLIER = _event("ev-earlier", "The minister earlier warned of sanctions", None,
                 dt.date(2022, 3, 4), relation="before", basis="tense", actors=("Minister",))
LATER = _event("ev-later", "Talks will continue", dt.date(2022, 3, 4), None,
               relation="after", basis="tense", actors=("Delegations",))
UNDATED = _event("ev-undated", "Grain exports stalled", None, None, relation="undated",
                 basis="none", actors=("Ports",))
ALL = [FEBRUARY, EARLIER, TALKS, CEASEFIRE, LATER, UNDATED]


def _kind_traces(figure_json: dict[str, object], kind: str) -> list[dict[str, object]]:
    data = figure_json["data"]
    assert isinstance(data, list)
    return [t for t in data if t.get("meta", {}).get("kind") == kind]


def _ids(traces: list[dict[str, object]]) -> list[str]:
    return sorted(c[0] for t in traces for c in t["customdata"])  # type: ignore[attr-defined]


def _figure_json(timeline: Timeline) -> dict[str, object]:
    result: dict[str, object] = json.loads(timeline_figure(timeline).to_json())
    return result


def test_each_point_event_is_one_marker_and_each_range_one_bar() -> None:
    figure = _figure_json(_timeline(ALL))
    assert _ids(_kind_traces(figure, "point")) == ["ev-ceasefire", "ev-talks"]
    assert _ids(_kind_traces(figure, "range")) == ["ev-earlier", "ev-february", "ev-later"]
    assert all(t["type"] == "bar" for t in _kind_traces(figure, "range"))
    assert all(t["type"] == "scatter" for t in _kind_traces(figure, "point"))


def test_undated_event_stays_off_the_axis_and_is_listed_in_its_own_section() -> None:
    timeline = _timeline(ALL)
    assert "ev-undated" not in timeline_figure(timeline).to_json()
    page = timeline_html(timeline, "cdn")
    undated = page[page.index('<section id="undated">'):]
    dated = page[page.index('<section id="dated">'):page.index('<section id="undated">')]
    assert 'id="row-ev-undated"' in undated
    assert "Grain exports stalled" in undated
    assert "ev-undated" not in dated
    assert "Undated events (1)" in page


def test_month_range_bar_covers_whole_days_from_first_to_last() -> None:
    window = axis_window(ALL, [_document()])
    ext = extent(FEBRUARY, window)
    assert (ext.start, ext.end) == (dt.datetime(2022, 2, 1), dt.datetime(2022, 3, 1))
    bars = _kind_traces(_figure_json(_timeline([FEBRUARY])), "range")
    assert bars[0]["base"] == ["2022-02-01 00:00:00"]
    assert bars[0]["x"] == [28 * 24 * 3600 * 1000]


def test_open_ends_get_arrows_drawn_inside_the_initial_view() -> None:
    figure = _figure_json(_timeline(ALL))
    arrows = _kind_traces(figure, "open-end")[0]
    by_id = {c[0]: (x, s) for c, x, s in zip(arrows["customdata"], arrows["x"],  # type: ignore[call-overload]
                                              arrows["marker"]["symbol"], strict=True)}
    assert sorted(by_id) == ["ev-earlier", "ev-later"]
    assert by_id["ev-earlier"][1] == "triangle-left"
    assert by_id["ev-later"][1] == "triangle-right"
    view = figure["layout"]["xaxis"]["range"]  # type: ignore[index]
    for x, _ in by_id.values():
        assert view[0] < x < view[1]
    hatching = {c[0]: shape for t in _kind_traces(figure, "range")
                for c, shape in zip(t["customdata"], t["marker"]["pattern"]["shape"],  # type: ignore[call-overload, index]
                                    strict=True)}
    assert hatching == {"ev-earlier": "/", "ev-february": "", "ev-later": "/"}


def test_initial_range_spans_all_known_dates_with_margins() -> None:
    window = axis_window(ALL, [_document()])
    # Known days: 2022-02-01 .. 2022-03-04 (DCT) → 32 days; 8% margin = 2.56 days each side.
    assert window.view_start == dt.datetime(2022, 2, 1) - dt.timedelta(days=2.56)
    assert window.view_end == dt.datetime(2022, 3, 5) + dt.timedelta(days=2.56)


def test_single_day_timeline_gets_at_least_a_day_of_margin() -> None:
    window = axis_window([CEASEFIRE], [_document(dct=dt.date(2022, 3, 3))])
    assert window.view_start == dt.datetime(2022, 3, 2)
    assert window.view_end == dt.datetime(2022, 3, 5)


def test_overlapping_events_in_a_lane_get_separate_rows_and_disjoint_ones_share() -> None:
    same_day = _event("ev-same", "Delegations issued a joint statement", dt.date(2022, 3, 1),
                      dt.date(2022, 3, 1), actors=("Delegations",))
    events = [TALKS, same_day, CEASEFIRE]
    window = axis_window(events, [_document()])
    layout = lane_layout(events, "actor", window, {})
    assert layout.lanes == [("Delegations", 0, 2)]
    assert layout.y["ev-talks"] != layout.y["ev-same"]
    assert layout.y["ev-ceasefire"] == 0


def test_lane_buttons_switch_every_trace_between_actor_document_and_one_lane() -> None:
    second = _document("odesa-wire", "Port of Odesa reopens", dct=dt.date(2022, 3, 3))
    port = _event("ev-port", "The port reopened", dt.date(2022, 3, 2), dt.date(2022, 3, 2),
                  actors=("Port authority",), document="odesa-wire")
    figure = _figure_json(_timeline([*ALL, port], [_document(), second]))
    menu = figure["layout"]["updatemenus"][0]  # type: ignore[index]
    assert [b["label"] for b in menu["buttons"]] == ["By actor", "By document", "One lane"]
    data = figure["data"]
    for button in menu["buttons"]:
        ys = button["args"][0]["y"]
        assert [len(y) for y in ys] == [len(t["y"]) for t in data]  # type: ignore[union-attr]
    ticks = {b["label"]: b["args"][1]["yaxis.ticktext"] for b in menu["buttons"]}
    # Lanes run in order of their first drawn start: the open-start bar comes first.
    assert ticks["By actor"] == ["Minister", "Army", "Delegations", "Port authority"]
    assert ticks["By document"] == ["Talks resume in Istanbul", "Port of Odesa reopens"]
    assert ticks["One lane"] == ["All events"]
    # The figure starts in the actor layout.
    assert figure["layout"]["yaxis"]["ticktext"] == ticks["By actor"]  # type: ignore[index]


def test_each_distinct_story_date_is_a_dotted_reference_line() -> None:
    second = _document("odesa-wire", "Port of Odesa reopens", dct=dt.date(2022, 3, 3))
    figure = _figure_json(_timeline(ALL, [_document(), second]))
    lines = [s for s in figure["layout"]["shapes"] if s["type"] == "line"]  # type: ignore[index]
    assert [(s["x0"], s["line"]["dash"]) for s in lines] == [
        ("2022-03-03 12:00:00", "dot"), ("2022-03-04 12:00:00", "dot")]
    notes = figure["layout"]["annotations"]  # type: ignore[index]
    # (A day apart in a view of weeks: one label for both, each story's date in its hover.)
    assert [a["text"] for a in notes] == [
        "story dates 2022-03-03 \u2013 2022-03-04 (2 stories)"]
    assert notes[0]["hovertext"] == (
        "<b>Port of Odesa reopens</b> (Reuters, Kyiv)<br>dated 2022-03-03 from dateline: "
        "dateline date<br><b>Talks resume in Istanbul</b> (Reuters, Kyiv)<br>dated 2022-03-04 "
        "from dateline: dateline date")


def test_story_dates_far_apart_have_a_label_each() -> None:
    second = _document("odesa-wire", "Port of Odesa reopens", dct=dt.date(2022, 1, 20))
    figure = _figure_json(_timeline(ALL, [_document(), second]))
    notes = figure["layout"]["annotations"]  # type: ignore[index]
    assert [a["text"] for a in notes] == ["story date 2022-01-20", "story date 2022-03-04"]
    assert notes[0]["hovertext"] == (
        "<b>Port of Odesa reopens</b> (Reuters, Kyiv)<br>dated from dateline: dateline date")


def test_story_dates_too_close_to_label_apart_share_one_label() -> None:
    # Four wire stories over five days of a two-month timeline: four labels of ~16% of the
    # width each would print over one another.
    days = [dt.date(2022, 3, 4), dt.date(2022, 3, 5), dt.date(2022, 3, 7), dt.date(2022, 3, 9)]
    documents = [_document(f"wire-{d.day}", f"Story {d.day}", dct=d) for d in days]
    late = _event("ev-late", "Talks resumed", dt.date(2022, 5, 1), dt.date(2022, 5, 1))
    figure = _figure_json(_timeline([*ALL, late], documents))
    notes = figure["layout"]["annotations"]  # type: ignore[index]
    assert [a["text"] for a in notes] == [
        "story dates 2022-03-04 \u2013 2022-03-09 (4 stories)"]
    lines = [s for s in figure["layout"]["shapes"] if s["type"] == "line"]  # type: ignore[index]
    assert len(lines) == 4


def test_colours_come_from_the_colour_blind_safe_palette() -> None:
    figure = _figure_json(_timeline(ALL))
    okabe_ito = {"#0072B2", "#E69F00", "#CC79A7", "#009E73", "#999999"}
    assert set(BASIS_COLORS.values()) <= okabe_ito
    for trace in _kind_traces(figure, "point") + _kind_traces(figure, "range"):
        assert trace["marker"]["color"] in okabe_ito  # type: ignore[index]
    legend = [t["name"] for t in figure["data"] if t.get("showlegend") is not False]  # type: ignore[attr-defined]
    assert "date stated in the text" in legend
    assert "placed by tense" in legend


def test_hover_shows_summary_date_explanation_marked_sentence_document_and_sources() -> None:
    hover = hover_text(TALKS, _document())
    assert hover.split("<br>") == [
        "<b>Delegations met in Istanbul</b>",
        "<b>When:</b> 2022-03-01",
        '<b>Why:</b> "on Tuesday" -&gt; 2022-03-01: most recent Tuesday',
        "<i>Delegations met in Istanbul <b><u>on Tuesday</u></b>.</i>",
        "<b>Document:</b> Talks resume in Istanbul",
        "<b>From:</b> Reuters, Kyiv",
        "<b>Sources:</b> 1",
    ]


def test_hover_of_open_range_says_which_bound_is_unknown() -> None:
    assert "<b>When:</b> … \u2013 2022-03-04 (open start: no earliest date known)" in (
        hover_text(EARLIER, _document()))
    assert date_label(LATER) == "2022-03-04 \u2013 …"
    assert date_label(UNDATED) == "undated"


def test_hover_escapes_markup_in_every_piece_of_article_text() -> None:
    nasty = "<script>window.__pwned=1</script> & <a href=\"javascript:alert(1)\">x</a>"
    event = _event("ev-x", nasty, DCT_DAY, DCT_DAY, sentence=nasty + " on Friday.",
                   expression=(len(nasty) + 1, len(nasty) + 10), explanation=nasty,
                   actors=(nasty,))
    document = _document(title=nasty, agency="<b>AP</b>", place="<i>Rome</i>")
    hover = hover_text(event, document)
    assert "<script" not in hover and "<a " not in hover and "<b>AP" not in hover
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt; &amp; &lt;a" in hover
    assert "<b>From:</b> &lt;b&gt;AP&lt;/b&gt;, &lt;i&gt;Rome&lt;/i&gt;" in hover
    page = timeline_html(_timeline([event], [document]), "cdn")
    assert "<script>window.__pwned" not in page
    assert 'href="javascript' not in page
    assert lane_label(nasty).startswith("&lt;script&gt;")


def test_marked_sentence_keeps_the_mark_across_a_line_break() -> None:
    sentence = "The agreement was signed late on the evening of 24 February in Minsk."
    start = sentence.index("24 February")
    text = marked_sentence(sentence, start, start + len("24 February"), width=51)
    assert text == ("The agreement was signed late on the evening of <b><u>24</u></b>"
                    "<br><b><u>February</u></b> in Minsk.")


def test_wrapping_never_splits_an_escaped_entity() -> None:
    text = "Profits & losses " + "x" * 100 + " <fin>"
    assert wrap_escaped(text, width=20) == (
        "Profits &amp; losses<br>" + "x" * 100 + "<br>&lt;fin&gt;")


def test_a_merged_event_shows_its_number_of_sources() -> None:
    sources = [EventSource(document=d, event_id=f"{d}-talks", trigger=TALKS.trigger,
                           sentence=TALKS.sentence, time=TALKS.time)
               for d in ("reuters-1", "ap-2", "afp-3")]
    merged = TALKS.model_copy(update={"sources": sources})
    assert source_count(TALKS) == 1
    assert source_count(merged) == 3
    assert hover_text(merged, _document()).endswith("<b>Sources:</b> 3 (merged)")


def test_table_lists_dated_events_in_time_order_with_a_button_back_to_the_plot() -> None:
    timeline = _timeline(ALL)
    page = timeline_html(timeline, "cdn")
    dated = page[page.index('<section id="dated">'):page.index('<section id="undated">')]
    assert re.findall(r'<tr id="row-([\w-]+)"', dated) == [
        "ev-february", "ev-earlier", "ev-talks", "ev-ceasefire", "ev-later"]
    assert re.findall(r'data-event="([\w-]+)"', dated) == [
        "ev-february", "ev-earlier", "ev-talks", "ev-ceasefire", "ev-later"]
    assert "Delegations met in Istanbul <mark>on Tuesday</mark>." in dated


def test_lane_labels_are_shortened_for_the_axis() -> None:
    assert lane_label("Russian Deputy Foreign Minister Alexander Grushko") == (
        "Russian Deputy Foreign…")
    assert titles_of([_document()]) == {"kyiv-wire": "Talks resume in Istanbul"}


def test_plotlyjs_modes_embed_the_bundle_or_reference_it() -> None:
    timeline = _timeline(ALL)
    embed = timeline_html(timeline, "embed")
    cdn = timeline_html(timeline, "cdn")
    directory = timeline_html(timeline, "directory")
    assert len(embed) > 3_000_000 and "src=" not in embed.split("<main>")[1][:2000]
    assert re.search(r'<script [^>]*src="https://cdn\.plot\.ly/plotly-[\d.]+\.min\.js"', cdn)
    assert '<script charset="utf-8" src="plotly.min.js"></script>' in directory
    assert len(cdn) < 100_000 and len(directory) < 100_000


def test_write_plotlyjs_puts_the_bundle_next_to_directory_pages(tmp_path: Path) -> None:
    path = write_plotlyjs(tmp_path)
    assert path == tmp_path / PLOTLYJS_FILE
    assert path.stat().st_size > 3_000_000
    mtime = path.stat().st_mtime_ns
    write_plotlyjs(tmp_path)
    assert path.stat().st_mtime_ns == mtime  # an unchanged bundle is not rewritten


@pytest.mark.parametrize(("mode", "expect_bundle"), [("cdn", False), ("directory", True)])
def test_build_with_plotlyjs_option_writes_a_small_page(tmp_path: Path, mode: str,
                                                        expect_bundle: bool) -> None:
    result = CliRunner().invoke(main, ["build", str(SEEDS), "--out", str(tmp_path),
                                       "--reference-date", "2026-11-28", "--plotlyjs", mode])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "seeds.html").stat().st_size < 200_000
    assert (tmp_path / PLOTLYJS_FILE).exists() is expect_bundle


def test_build_rejects_an_unknown_plotlyjs_mode(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["build", str(SEEDS), "--out", str(tmp_path),
                                       "--plotlyjs", "inline"])
    assert result.exit_code == 2
    assert "'inline' is not one of 'embed', 'cdn', 'directory'" in result.output


def test_same_timeline_gives_the_same_page_bytes() -> None:
    assert timeline_html(_timeline(ALL), "cdn") == timeline_html(_timeline(ALL), "cdn")


def test_empty_timeline_still_renders_a_page_that_says_so() -> None:
    page = timeline_html(Timeline(generator="test", name="empty", documents=[], events=[]), "cdn")
    assert "No dated events: see the list of undated events below." in page
    assert "Events in time order (0)" in page


def test_png_without_a_chromium_is_a_clear_error_and_the_page_is_still_written(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSTIMELINE_CHROMIUM", str(tmp_path / "no-such-chromium"))
    result = CliRunner().invoke(main, ["build", str(SEEDS), "--out", str(tmp_path),
                                       "--reference-date", "2026-11-28", "--png"])
    assert result.exit_code == 1
    assert f"error: {tmp_path / 'seeds.png'}: no Chromium found" in result.output
    assert (tmp_path / "seeds.html").is_file()
    assert not (tmp_path / "seeds.png").exists()


def test_two_stories_with_the_same_headline_keep_separate_document_lanes() -> None:
    first = _document("kyiv-wire", "Talks resume")
    second = _document("wire-b", "Talks resume")
    other = _event("ev-b", "Talks resumed in Geneva", dt.date(2022, 3, 2), dt.date(2022, 3, 2),
                   document="wire-b")
    events = [TALKS, other]
    layout = lane_layout(events, "document", axis_window(events, [first, second]),
                         titles_of([first, second]))
    assert [label for label, _, _ in layout.lanes] == ["Talks resume", "Talks resume"]
    assert layout.y == {"ev-talks": 0, "ev-b": 1}


def test_a_long_timeline_keeps_a_bounded_plot_height() -> None:
    many = [_event(f"ev-{i}", f"Report {i}", dt.date(2022, 3, 1), dt.date(2022, 3, 2))
            for i in range(200)]
    figure = _figure_json(_timeline(many))
    assert figure["layout"]["height"] == 1600  # type: ignore[index]
    assert len(_ids(_kind_traces(figure, "range"))) == 200


def test_hover_leaves_the_sentence_unmarked_when_the_expression_is_elsewhere() -> None:
    event = _event("ev-far", "Troops withdrew", dt.date(2022, 3, 1), dt.date(2022, 3, 1),
                   sentence="Troops withdrew.", expression=(0, 6))
    moved = event.model_copy(update={"time": event.time.model_copy(update={
        "expression": Span(text="on Tuesday", start=400, end=410)})})
    assert "<i>Troops withdrew.</i>" in hover_text(moved, _document()).split("<br>")


@pytest.mark.parametrize(("mode", "origin"), [("embed", None), ("cdn", "https://cdn.plot.ly"),
                                              ("directory", "'self'")])
def test_page_policy_allows_only_its_own_scripts(mode: str, origin: str | None) -> None:
    page = timeline_html(_timeline(ALL), mode)  # type: ignore[arg-type]
    policy = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', page)
    assert policy is not None
    directives = dict(d.split(" ", 1) for d in policy.group(1).split("; "))
    sources = directives["script-src"].split()
    inline = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", page)
    assert len([s for s in sources if s.startswith("'sha256-")]) == len(inline) == (
        3 if mode == "embed" else 2)
    assert [s for s in sources if not s.startswith("'sha256-")] == ([origin] if origin else [])
    assert "'unsafe-inline'" not in sources
    assert directives["default-src"] == "'none'"


def test_a_one_day_window_on_a_years_long_axis_is_widened_to_stay_visible() -> None:
    old = _event("ev-old", "The treaty was signed", dt.date(2015, 6, 1), dt.date(2015, 6, 1))
    window_event = _event("ev-window", "The minister said talks stalled", dt.date(2022, 3, 3),
                          dt.date(2022, 3, 4), basis="reporting")
    figure = _figure_json(_timeline([old, window_event]))
    bar = _kind_traces(figure, "range")[0]
    view = axis_window([old, window_event], [_document()])
    drawn_ms = bar["x"][0]  # type: ignore[index]
    assert drawn_ms == (view.view_end - view.view_start) / dt.timedelta(milliseconds=1) / 150
    # The page script still pans to the true extent: two whole days.
    assert bar["customdata"][0][2] - bar["customdata"][0][1] == 2 * 86_400_000  # type: ignore[index]


def test_inputs_that_failed_are_listed_on_the_page_escaped() -> None:
    timeline = Timeline(generator="test", name="t", documents=[_document()], events=ALL,
                        errors=[TimelineError(path="<bad>.txt", reason="binary file")])
    page = timeline_html(timeline, "cdn")
    assert "<li>&lt;bad&gt;.txt: binary file</li>" in page
