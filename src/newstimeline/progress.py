"""A progress bar for long builds on standard error: documents done, rate and time left."""

from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import Any, TextIO

import click


class ProgressBar:
    """A ``Progress`` callback drawing a click progress bar; silent when asked or not on a terminal.

    Use as a context manager around the build so the bar is closed (and the line ended) after.
    """

    def __init__(self, *, quiet: bool = False, stream: TextIO | None = None,
                 label: str = "documents") -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = not quiet and self.stream.isatty()
        self.label = label
        self._bar: Any = None
        self._done = 0
        self._started = 0.0

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total == 0:
            return
        if self._bar is None:
            self._started = time.monotonic()
            self._bar = click.progressbar(
                length=total, label=self.label, file=self.stream, show_eta=True, show_pos=True,
                item_show_func=lambda rate: rate)
            self._bar.__enter__()
        elapsed = time.monotonic() - self._started
        rate = f"{done / elapsed:.1f} docs/s" if elapsed > 0 and done else None
        self._bar.update(done - self._done, rate)
        self._done = done

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        if self._bar is not None:
            self._bar.__exit__(kind, value, traceback)
            self._bar = None
