"""Shared fixtures: the seed article and a pinned reference date (tests never depend on today)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
SEED = SEEDS / "tass-moscow-grushko-nato-security-proposals.txt"
SHARED_DATA = REPO.parent / "shared" / "data"
REFERENCE = dt.date(2026, 11, 28)


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def needs_shared_data() -> pytest.MarkDecorator:
    """Skip a test when ../shared/data (the annotated corpora) is not beside the repository."""
    return pytest.mark.skipif(not SHARED_DATA.is_dir(),
                              reason="../shared/data is not available (fresh clone)")
