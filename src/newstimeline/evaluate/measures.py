"""The arithmetic every scorer shares: a ratio that is 0 for an empty denominator, and F1."""

from __future__ import annotations


def ratio(part: int, whole: int) -> float:
    """``part / whole``, or 0.0 when nothing was counted."""
    return part / whole if whole else 0.0


def harmonic_f1(precision: float, recall: float) -> float:
    """The harmonic mean of precision and recall (0.0 when both are 0), in their own scale."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0
