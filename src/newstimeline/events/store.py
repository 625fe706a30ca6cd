"""A compact store of events: each held as compressed JSON and decoded when read.

A pydantic ``Event`` takes about 6.8 kB of memory against 0.7 kB of compact JSON, so a large
archive's timeline keeps its events packed: a ``PackedEvents`` is a read-only
``Sequence[Event]``, and every renderer just iterates it.
"""

from __future__ import annotations

import sys
import zlib
from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import overload

from newstimeline.models import Event

COMPRESSION_LEVEL = 6
# The first events stored become a preset dictionary (zlib's zdict) for all of them: one event's
# JSON is too short to compress well alone, but events share their keys and most phrases.
DICTIONARY_EVENTS = 32
DICTIONARY_BYTES = 32 * 1024  # zlib's window: a longer dictionary is not used


class _Store:
    """The packed bytes, shared by a sequence and its views."""

    __slots__ = ("blobs", "zdict")

    def __init__(self) -> None:
        self.blobs: list[bytes] = []
        self.zdict: bytes | None = None
        """None while fewer than DICTIONARY_EVENTS are stored: blobs are then plain JSON."""

    def add(self, event: Event) -> int:
        data = event.model_dump_json().encode("utf-8")
        if self.zdict is not None:
            self.blobs.append(self._compress(data))
        else:
            self.blobs.append(data)
            if len(self.blobs) == DICTIONARY_EVENTS:
                self.zdict = b"".join(self.blobs)[-DICTIONARY_BYTES:]
                self.blobs = [self._compress(blob) for blob in self.blobs]
        return len(self.blobs) - 1

    def _compress(self, data: bytes) -> bytes:
        assert self.zdict is not None
        packer = zlib.compressobj(COMPRESSION_LEVEL, zdict=self.zdict)
        return packer.compress(data) + packer.flush()

    def get(self, index: int) -> Event:
        blob = self.blobs[index]
        if self.zdict is not None:
            blob = zlib.decompressobj(zdict=self.zdict).decompress(blob)
        return Event.model_validate_json(blob)


class PackedEvents(Sequence[Event]):
    """Events packed one by one; ``view`` gives a subsequence that shares the stored bytes."""

    __slots__ = ("_indices", "_store")

    def __init__(self, events: Iterable[Event] = ()) -> None:
        self._store = _Store()
        self._indices: Sequence[int] | None = None  # None: every stored event, in order
        for event in events:
            self.append(event)

    def append(self, event: Event) -> int:
        """Pack ``event`` at the end of the store and return its index."""
        if self._indices is not None:
            raise TypeError("a view of packed events is read-only")
        return self._store.add(event)

    def view(self, indices: Iterable[int]) -> PackedEvents:
        """The events at ``indices`` (of this sequence), in that order, without copying them."""
        positions = array("q", indices)
        if self._indices is not None:
            positions = array("q", (self._indices[i] for i in positions))
        view = PackedEvents()
        view._store = self._store
        view._indices = positions
        return view

    def _position(self, index: int) -> int:
        return index if self._indices is None else self._indices[index]

    def __len__(self) -> int:
        return len(self._store.blobs) if self._indices is None else len(self._indices)

    @overload
    def __getitem__(self, index: int) -> Event: ...

    @overload
    def __getitem__(self, index: slice) -> list[Event]: ...

    def __getitem__(self, index: int | slice) -> Event | list[Event]:
        if isinstance(index, slice):
            return [self._store.get(self._position(i))
                    for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("packed event index out of range")
        return self._store.get(self._position(index))

    def __iter__(self) -> Iterator[Event]:
        store = self._store
        positions = range(len(store.blobs)) if self._indices is None else self._indices
        return (store.get(i) for i in positions)

    def __eq__(self, other: object) -> bool:
        # Equal to any sequence of the same events (a list of Events included), as a list is.
        if not isinstance(other, Sequence) or isinstance(other, str | bytes):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]  # mutable, like a list

    def __repr__(self) -> str:
        return f"PackedEvents(<{len(self)} events>)"

    def nbytes(self) -> int:
        """Bytes held for this sequence: its packed events with their list and dictionary (for
        a view: the events it shows and its index array, not the rest of the shared store)."""
        store = self._store
        if self._indices is None:
            return (sys.getsizeof(store.blobs) + sum(sys.getsizeof(b) for b in store.blobs)
                    + (sys.getsizeof(store.zdict) if store.zdict is not None else 0))
        return (sys.getsizeof(self._indices)
                + sum(sys.getsizeof(store.blobs[i]) for i in self._indices))


def as_list(events: Sequence[Event]) -> list[Event]:
    """``events`` as a list of Event objects (what pydantic serializes)."""
    return events if isinstance(events, list) else list(events)


__all__ = ["COMPRESSION_LEVEL", "DICTIONARY_EVENTS", "PackedEvents", "as_list"]
