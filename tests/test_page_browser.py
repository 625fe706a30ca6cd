"""The timeline page in a real browser: Playwright driving Debian's Chromium, network disabled.

Pages are generated here from article text written in the tests (and from the seed). One
browser serves the whole session; each test gets a fresh context that refuses every request
that is not for a local file and records console errors and failed requests.
"""

from __future__ import annotations

import base64
import datetime as dt
import importlib.util
import os
import re
import struct
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from newstimeline.models import Event, Timeline
from newstimeline.pipeline import BuildOptions, build_timeline
from newstimeline.render.geometry import epoch_ms, is_dated, is_point
from newstimeline.render.html import timeline_html, write_plotlyjs
from newstimeline.render.labels import lane_label

CHROMIUM = Path("/usr/bin/chromium")
HAVE_PLAYWRIGHT = importlib.util.find_spec("playwright") is not None
pytestmark = [
    pytest.mark.skipif(
        not CHROMIUM.is_file(),
        reason="needs Debian's Chromium at /usr/bin/chromium (apt install chromium)"),
    pytest.mark.skipif(not HAVE_PLAYWRIGHT,
                       reason="needs Playwright for Python (pip install -e '.[test]')"),
]
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
REFERENCE = dt.date(2026, 11, 28)
SEEDS = Path(__file__).resolve().parents[1] / "seeds"

HARBOUR = """Council approves harbour plan after a long dispute over costs

BRISTOL, March 4. /Reuters/. The city council approved the harbour redevelopment plan on \
Tuesday, council leader Maria Lopez said on Wednesday.

The plan was first proposed in January 2019. Work on the quay will start in May, Lopez said.

Opponents earlier filed a complaint with the regional court. The court rejected the complaint \
on February 12.

Residents & shop owners say the <b>new</b> quay will bring visitors.
"""

PAYLOADS = ('<script>window.__pwned=1</script>', '<img src=x onerror="window.__pwned=1">',
            '<a href="javascript:window.__pwned=1">posted here</a>')
HOSTILE = f"""Officials {PAYLOADS[0]} deny leak report

LONDON, June 2. /TASS/. The ministry said on Monday {PAYLOADS[0]} that no files had leaked.

Officials {PAYLOADS[1]} met reporters on Tuesday, the ministry said.

A statement {PAYLOADS[2]} was removed on May 30, spokesman John Smith said.
"""

# Counts what the plot drew in its main subplot (the range slider draws the traces again).
COUNT_DRAWN = """() => {
  const main = document.querySelector('#timeline-plot .cartesianlayer .subplot.xy .overplot');
  return {
    markers: main.querySelectorAll('g.trace.scatter[class*="tracepoints-"] path.point').length,
    bars: main.querySelectorAll('g.trace.bars g.point path').length,
  };
}"""

# The screen centre of one event's marker or bar, found through its id in the figure data.
LOCATE = """(id) => {
  const plot = document.getElementById('timeline-plot');
  const main = plot.querySelector('.cartesianlayer .subplot.xy .overplot');
  const bars = main.querySelectorAll('g.trace.bars');
  let barIndex = 0;
  for (const trace of plot.data) {
    const isBar = trace.type === 'bar';
    const j = (trace.customdata || []).findIndex((c) => c[0] === id);
    const kind = trace.meta ? trace.meta.kind : '';
    if (j >= 0 && (kind === 'point' || kind === 'range')) {
      // Scatter groups carry their uid as a class; bar groups are in data order.
      const group = isBar ? bars[barIndex] : main.querySelector('g.trace' + trace.uid);
      const shapes = group.querySelectorAll(isBar ? 'g.point path' : 'path.point');
      const box = shapes[j].getBoundingClientRect();
      return {x: box.x + box.width / 2, y: box.y + box.height / 2};
    }
    if (isBar) { barIndex++; }
  }
  return null;
}"""


@dataclass
class Watch:
    """What a page did that it should not: console errors, page errors, outside requests."""

    console_errors: list[str] = field(default_factory=list)
    outside_requests: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)

    def clean(self) -> bool:
        return not (self.console_errors or self.outside_requests or self.failed_requests)


@dataclass
class Built:
    """A generated page and the timeline it shows."""

    path: Path
    timeline: Timeline

    @property
    def dated(self) -> list[Event]:
        return [e for e in self.timeline.events if is_dated(e)]


def _build(folder: Path, name: str, article: str | None = None) -> Built:
    if article is None:
        source = SEEDS
    else:
        source = folder / f"{name}.txt"
        source.write_text(article, encoding="utf-8")
    timeline = build_timeline([str(source)], name, BuildOptions(reference_date=REFERENCE))
    assert timeline.documents and not timeline.errors
    path = folder / f"{name}.html"
    path.write_text(timeline_html(timeline), encoding="utf-8")
    return Built(path, timeline)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        chromium = driver.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                          args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Built]:
    folder = tmp_path_factory.mktemp("pages")
    return {
        "seed": _build(folder, "seeds"),
        "harbour": _build(folder, "harbour", HARBOUR),
        "hostile": _build(folder, "hostile", HOSTILE),
    }


def _open(browser: Any, path: Path, viewport: dict[str, int] = DESKTOP) -> tuple[Any, Watch]:
    watch = Watch()
    context = browser.new_context(viewport=viewport)

    def route(route: Any) -> None:
        url = route.request.url
        if url.startswith("file:"):
            route.continue_()
        else:
            watch.outside_requests.append(url)
            route.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.on("console", lambda m: watch.console_errors.append(m.text) if m.type == "error"
            else None)
    page.on("pageerror", lambda e: watch.console_errors.append(str(e)))
    page.on("requestfailed", lambda r: watch.failed_requests.append(r.url))
    page.goto(path.as_uri())
    page.wait_for_selector("#timeline-plot .main-svg")
    _wait_until(page, "() => document.getElementById('timeline-plot').dataset.timelineReady")
    return page, watch


def _wait_until(page: Any, predicate: str, timeout_s: float = 15.0) -> None:
    """Poll a JS predicate with page.evaluate (wait_for_function would need 'unsafe-eval',
    which the page's Content-Security-Policy rightly refuses)."""
    deadline = time.monotonic() + timeout_s
    while not page.evaluate(predicate):
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {predicate}")
        time.sleep(0.05)


@pytest.fixture
def opened(browser: Any) -> Iterator[Any]:
    """Open pages in fresh contexts, closed after the test."""
    contexts: list[Any] = []

    def open_page(path: Path, viewport: dict[str, int] = DESKTOP) -> tuple[Any, Watch]:
        page, watch = _open(browser, path, viewport)
        contexts.append(page.context)
        return page, watch

    yield open_page
    for context in contexts:
        context.close()


def _hover_text(page: Any) -> str:
    page.wait_for_selector("#timeline-plot .hoverlayer .hovertext")
    text: str = page.eval_on_selector("#timeline-plot .hoverlayer .hovertext",
                                      "e => e.textContent")
    return text


def _squash(text: str) -> str:
    """Text without whitespace: hover lines are separate SVG tspans, so spaces at breaks vanish."""
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("name", ["seed", "harbour"])
def test_plot_holds_one_marker_per_dated_point_event_and_one_bar_per_range(
        opened: Any, pages: dict[str, Built], name: str) -> None:
    built = pages[name]
    points = [e for e in built.dated if is_point(e)]
    ranges = [e for e in built.dated if not is_point(e)]
    assert points and ranges  # both kinds must be present for the test to mean something
    page, watch = opened(built.path)
    assert page.evaluate(COUNT_DRAWN) == {"markers": len(points), "bars": len(ranges)}
    assert watch.clean(), watch


def test_seed_plot_places_the_saturday_statement_and_the_earlier_range(
        opened: Any, pages: dict[str, Built]) -> None:
    page, _ = opened(pages["seed"].path)
    placed = page.evaluate("""() => {
      const out = {};
      for (const t of document.getElementById('timeline-plot').data) {
        if (!t.meta || !t.customdata) { continue; }
        t.customdata.forEach((c, j) => {
          if (t.meta.kind === 'point') { out[c[0]] = ['point', t.x[j]]; }
          if (t.meta.kind === 'range') { out[c[0]] = ['range', t.base[j], c[2]]; }
        });
      }
      return out;
    }""")
    by_summary = {e.summary: e.id for e in pages["seed"].dated}
    saturday = next(i for s, i in by_summary.items()
                    if s.startswith("Alexander Grushko said: Russia and NATO"))
    putin = next(i for s, i in by_summary.items() if s.startswith("Russian President"))
    assert placed[saturday] == ["point", "2021-12-18 12:00:00"]
    # "earlier": an open start, ending with the whole of 2021-12-18.
    assert placed[putin][0] == "range"
    assert placed[putin][2] == epoch_ms(dt.datetime(2021, 12, 19))


def test_hovering_a_marker_shows_its_summary_and_date_explanation(
        opened: Any, pages: dict[str, Built]) -> None:
    built = pages["harbour"]
    event = next(e for e in built.dated if is_point(e) and e.time.expression is not None)
    page, watch = opened(built.path)
    where = page.evaluate(LOCATE, event.id)
    page.mouse.move(where["x"], where["y"])
    text = _squash(_hover_text(page))
    assert _squash(event.summary) in text
    assert _squash(event.time.explanation) in text
    assert _squash(f"When:{event.time.earliest}") in text
    assert watch.clean(), watch


def test_hovering_a_range_bar_says_its_open_end(opened: Any, pages: dict[str, Built]) -> None:
    built = pages["seed"]
    event = next(e for e in built.dated if e.time.earliest is None and e.time.latest)
    page, _ = opened(built.path)
    where = page.evaluate(LOCATE, event.id)
    page.mouse.move(where["x"], where["y"])
    text = _squash(_hover_text(page))
    assert _squash(event.summary) in text
    assert _squash("(open start: no earliest date known)") in text


@pytest.mark.parametrize("kind", ["marker", "bar"])
def test_clicking_an_event_highlights_and_scrolls_to_its_table_row(
        opened: Any, pages: dict[str, Built], kind: str) -> None:
    built = pages["seed"]
    event = [e for e in built.dated if is_point(e) == (kind == "marker")][-1]
    page, watch = opened(built.path)
    where = page.evaluate(LOCATE, event.id)
    page.mouse.click(where["x"], where["y"])
    row = page.locator(f"#row-{event.id}")
    page.wait_for_selector(f"#row-{event.id}.selected")
    assert page.locator("tr.selected").count() == 1
    box = row.bounding_box()
    assert box is not None and box["y"] >= 0 and box["y"] + box["height"] <= DESKTOP["height"]
    assert watch.clean(), watch


def test_a_rows_button_pans_to_its_event_and_shows_its_label(
        opened: Any, pages: dict[str, Built]) -> None:
    built = pages["harbour"]
    event = next(e for e in built.dated if not is_point(e) and e.time.earliest)
    page, watch = opened(built.path)
    page.evaluate("Plotly.relayout('timeline-plot', {'xaxis.range': "
                  "['2030-01-01', '2030-02-01']})")  # look away first
    page.click(f'button[data-event="{event.id}"]')
    _wait_until(page, f"() => document.getElementById('timeline-plot').dataset.shown === "
                      f"'{event.id}'")
    assert _squash(event.summary) in _squash(_hover_text(page))
    low, high = page.evaluate("document.getElementById('timeline-plot').layout.xaxis.range")
    assert low[:10] <= str(event.time.earliest) and str(event.time.latest) <= high[:10]
    assert page.locator("tr.selected").get_attribute("id") == f"row-{event.id}"
    assert watch.clean(), watch


def test_lane_buttons_regroup_the_same_events(opened: Any, pages: dict[str, Built]) -> None:
    built = pages["seed"]
    page, _ = opened(built.path)
    ticks = "document.getElementById('timeline-plot').layout.yaxis.ticktext"
    actors = page.evaluate(ticks)
    assert "Alexander Grushko" in actors
    page.locator("#timeline-plot .updatemenu-button", has_text="One lane").click()
    _wait_until(page, f"() => {ticks}.length === 1")
    assert page.evaluate(ticks) == ["All events"]
    ys = page.evaluate("""() => document.getElementById('timeline-plot').data
        .filter(t => t.meta.kind === 'point' || t.meta.kind === 'range').flatMap(t => t.y)""")
    assert len(ys) == len(built.dated)
    assert set(ys) == set(range(max(ys) + 1))  # one lane, rows packed from the top
    counts = page.evaluate(COUNT_DRAWN)
    assert counts["markers"] + counts["bars"] == len(built.dated)
    page.locator("#timeline-plot .updatemenu-button", has_text="By document").click()
    _wait_until(page, f"() => {ticks}[0] !== 'All events'")
    title = pages["seed"].timeline.documents[0].title
    assert title is not None
    assert page.evaluate(ticks) == [lane_label(title)]


def test_hostile_article_renders_as_text_and_runs_nothing(
        opened: Any, pages: dict[str, Built]) -> None:
    built = pages["hostile"]
    page, watch = opened(built.path)
    # Draw every hover label: they go through Plotly's own HTML-like renderer.
    page.evaluate("""() => {
      const plot = document.getElementById('timeline-plot');
      plot.data.forEach((t, i) => (t.customdata || []).forEach((c, j) =>
        Plotly.Fx.hover(plot, [{curveNumber: i, pointNumber: j}])));
    }""")
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    page.wait_for_timeout(200)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("img").count() == 0
    hrefs = page.evaluate("""() => Array.from(document.querySelectorAll('a')).map(
        a => a.getAttribute('href') || a.getAttribute('xlink:href') || '')""")
    assert not [h for h in hrefs if "javascript" in h.lower()]
    body = page.inner_text("body")
    assert PAYLOADS[0] in page.inner_text("h1 + ul.docs")
    assert '<img src=x onerror="window.__pwned=1">' in body
    assert PAYLOADS[2] in body
    assert page.evaluate("document.scripts.length") == 3  # plotly.js, its config, the plot
    assert watch.clean(), watch


def test_offline_page_makes_no_outside_requests_and_logs_no_errors(
        opened: Any, pages: dict[str, Built]) -> None:
    page, watch = opened(pages["seed"].path)
    page.locator("#timeline-plot .updatemenu-button", has_text="By document").click()
    page.mouse.move(400, 400)
    page.wait_for_timeout(300)
    assert watch.outside_requests == []
    assert watch.failed_requests == []
    assert watch.console_errors == []


def test_directory_page_loads_the_shared_bundle_offline(
        opened: Any, pages: dict[str, Built], tmp_path: Path) -> None:
    write_plotlyjs(tmp_path)
    path = tmp_path / "seeds.html"
    path.write_text(timeline_html(pages["seed"].timeline, "directory"), encoding="utf-8")
    page, watch = opened(path)
    assert page.evaluate(COUNT_DRAWN)["markers"] == sum(
        is_point(e) for e in pages["seed"].dated)
    assert watch.clean(), watch


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280x800", "phone"])
def test_page_fits_the_screen_width_and_controls_do_not_overlap(
        opened: Any, pages: dict[str, Built], viewport: dict[str, int]) -> None:
    page, watch = opened(pages["seed"].path, viewport)
    page.wait_for_timeout(300)  # the narrow-screen margin is set after the first draw
    boxes = page.evaluate("""() => {
      const box = (s) => { const b = document.querySelector(s).getBoundingClientRect();
                           return {top: b.top, bottom: b.bottom, left: b.left, right: b.right}; };
      return {scroll: document.documentElement.scrollWidth,
              legend: box('#timeline-plot .legend'),
              menu: box('#timeline-plot .updatemenu-container'),
              area: box('#timeline-plot .nsewdrag'), plot: box('#timeline-plot')};
    }""")
    assert boxes["scroll"] <= viewport["width"]
    assert boxes["plot"]["right"] <= viewport["width"]
    assert boxes["legend"]["bottom"] <= boxes["menu"]["top"] + 1
    assert boxes["menu"]["bottom"] <= boxes["area"]["top"] + 1
    assert boxes["area"]["right"] - boxes["area"]["left"] > viewport["width"] * 0.4
    assert watch.clean(), watch


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def _pixel_stats(browser: Any, data: bytes) -> dict[str, float]:
    """Mean variance of the RGB channels and the share of non-white pixels, via a canvas."""
    page = browser.new_page()
    try:
        url = "data:image/png;base64," + base64.b64encode(data).decode("ascii")
        stats: dict[str, float] = page.evaluate("""async (url) => {
          const img = new Image(); img.src = url; await img.decode();
          const canvas = document.createElement('canvas');
          canvas.width = img.width; canvas.height = img.height;
          const ctx = canvas.getContext('2d'); ctx.drawImage(img, 0, 0);
          const px = ctx.getImageData(0, 0, img.width, img.height).data;
          let n = 0, sum = 0, sq = 0, inked = 0;
          for (let i = 0; i < px.length; i += 4) {
            const v = (px[i] + px[i + 1] + px[i + 2]) / 3;
            n++; sum += v; sq += v * v; if (v < 235) { inked++; }
          }
          const mean = sum / n;
          return {variance: sq / n - mean * mean, inked: inked / n};
        }""", url)
        return stats
    finally:
        page.close()


def test_seed_screenshot_at_1280x800_is_written_and_not_blank(
        opened: Any, browser: Any, pages: dict[str, Built],
        tmp_path_factory: pytest.TempPathFactory) -> None:
    page, watch = opened(pages["seed"].path)
    # CI may keep the image: set NEWSTIMELINE_TEST_ARTIFACTS to a folder.
    folder = os.environ.get("NEWSTIMELINE_TEST_ARTIFACTS")
    shots = Path(folder) if folder else tmp_path_factory.mktemp("screenshots")
    shots.mkdir(parents=True, exist_ok=True)
    shot = shots / "seed-1280x800.png"
    page.screenshot(path=str(shot))
    data = shot.read_bytes()
    assert _png_size(data) == (1280, 800)
    stats = _pixel_stats(browser, data)
    assert stats["variance"] > 200
    assert stats["inked"] > 0.05
    assert watch.clean(), watch


def test_build_png_writes_the_plot_image_with_the_local_chromium(
        browser: Any, tmp_path: Path) -> None:
    # A separate process: the session's browser already runs Playwright's loop in this one.
    result = subprocess.run(
        [sys.executable, "-m", "newstimeline.cli", "build", str(SEEDS), "--out", str(tmp_path),
         "--reference-date", "2026-11-28", "--png"],
        capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert f"wrote {tmp_path / 'seeds.png'}" in result.stdout
    data = (tmp_path / "seeds.png").read_bytes()
    width, height = _png_size(data)
    assert 1000 <= width <= 1280 and height >= 380
    assert _pixel_stats(browser, data)["variance"] > 200


def test_content_security_policy_blocks_a_script_that_slipped_into_the_page(
        opened: Any, pages: dict[str, Built], tmp_path: Path) -> None:
    # Simulate an escaping bug: raw markup pasted into the page after it was generated.
    page_html = pages["seed"].path.read_text(encoding="utf-8").replace(
        "<main>", '<main><script>window.__pwned=1</script><img src="data:," '
        'onerror="window.__pwned=2">', 1)
    path = tmp_path / "tampered.html"
    path.write_text(page_html, encoding="utf-8")
    page, watch = opened(path)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.evaluate(COUNT_DRAWN)["markers"] == sum(
        is_point(e) for e in pages["seed"].dated)  # the page's own scripts still run
    assert any("Content Security Policy" in m for m in watch.console_errors)


def test_plot_follows_the_window_from_desktop_to_phone_width(
        opened: Any, pages: dict[str, Built]) -> None:
    page, watch = opened(pages["seed"].path)
    page.set_viewport_size(PHONE)
    _wait_until(page, "() => document.querySelector('#timeline-plot .main-svg')"
                      f".getBoundingClientRect().right <= {PHONE['width']}")
    _wait_until(page, "() => document.getElementById('timeline-plot').layout.margin.t === 200")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert watch.clean(), watch
