"""Static PNG of the timeline plot, taken by the locally installed Chromium through Playwright.

Nothing is downloaded at run time: Playwright drives the system's Chromium (``/usr/bin/chromium``
or ``$NEWSTIMELINE_CHROMIUM``), the page is rendered from memory with plotly.js embedded, and
every network request is refused.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from newstimeline.render.files import atomic_file
from newstimeline.render.html import PLOT_ID

CHROMIUM_ENV = "NEWSTIMELINE_CHROMIUM"
CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
# Flags for a quiet headless run: no sandbox (containers, CI), no GPU, no calls home.
CHROMIUM_ARGS = (
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
)
VIEWPORT = {"width": 1280, "height": 800}
RENDER_TIMEOUT_MS = 30_000
PUBLIC_FILE_MODE = 0o644


class PngExportError(Exception):
    """The PNG could not be made (no Chromium, no Playwright, or the page failed to draw)."""


def find_chromium() -> str | None:
    """The Chromium to drive: $NEWSTIMELINE_CHROMIUM, a Debian path, or `chromium` on PATH."""
    configured = os.environ.get(CHROMIUM_ENV)
    if configured:
        return configured if Path(configured).is_file() else None
    for candidate in CHROMIUM_CANDIDATES:
        if Path(candidate).is_file():
            return candidate
    return shutil.which("chromium") or shutil.which("chromium-browser")


def page_png(page_html: str) -> bytes:
    """A PNG of the page's plot element at 1280x800, rendered offline by the local Chromium."""
    chromium = find_chromium()
    if chromium is None:
        raise PngExportError(
            f"no Chromium found (tried ${CHROMIUM_ENV}, {', '.join(CHROMIUM_CANDIDATES)}, PATH); "
            "install the distribution's chromium package")
    try:
        from playwright.sync_api import Error as PlaywrightError
        from playwright.sync_api import Route, sync_playwright
    except ImportError as exc:
        raise PngExportError(
            "the Python package playwright is needed: pip install 'newstimeline[png]' "
            "(no browser download is needed; the local Chromium is used)") from exc

    def refuse(route: Route) -> None:
        route.abort()

    try:
        with sync_playwright() as driver:
            browser = driver.chromium.launch(executable_path=chromium, headless=True,
                                             args=list(CHROMIUM_ARGS))
            try:
                page = browser.new_page(viewport=VIEWPORT)  # type: ignore[arg-type]
                page.route("http*://**", refuse)
                page.set_content(page_html, wait_until="load", timeout=RENDER_TIMEOUT_MS)
                plot = page.wait_for_selector(f"#{PLOT_ID} .main-svg",
                                              timeout=RENDER_TIMEOUT_MS)
                if plot is None:
                    raise PngExportError("the plot did not render")
                return page.locator(f"#{PLOT_ID}").screenshot(type="png")
            finally:
                browser.close()
    except PlaywrightError as exc:
        raise PngExportError(f"Chromium failed: {exc.message.splitlines()[0]}") from exc


def write_png(page_html: str, path: Path) -> None:
    """Render the page's plot to ``path`` (written atomically)."""
    data = page_png(page_html)
    with atomic_file(path, binary=True) as handle:
        handle.write(data)
