"""events.json and its JSON Schema."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from pydantic import BaseModel

from newstimeline.models import Timeline
from newstimeline.render.files import atomic_file

# The list fields of a timeline, written element by element instead of as one string.
_LISTS = ("documents", "events", "errors", "per_document")
_ITEM_INDENT = "    "  # a list element of a top-level field sits two levels deep


def timeline_json(timeline: Timeline) -> str:
    """The timeline as indented JSON; field order is the models', so output is byte-stable."""
    return timeline.model_dump_json(indent=2) + "\n"


def timeline_json_chunks(timeline: Timeline) -> Iterator[str]:
    """``timeline_json`` in pieces, one list element at a time: the same bytes, without holding
    the whole document (hundreds of megabytes for an archive) as one string."""
    skeleton = timeline.model_copy(update={name: [] for name in _LISTS}).model_dump_json(indent=2)
    rest = skeleton
    for name in _LISTS:
        # JSON strings hold no raw newline, so this line can only be the field itself.
        marker = f'\n  "{name}": []'
        head, found, rest = rest.partition(marker)
        if not found:
            raise ValueError(f"field {name!r} not found in the timeline skeleton")
        yield head
        items: list[BaseModel] = getattr(timeline, name)
        if not items:
            yield marker
            continue
        yield f'\n  "{name}": [\n'
        for number, item in enumerate(items):
            text = item.model_dump_json(indent=2).replace("\n", "\n" + _ITEM_INDENT)
            yield ("" if number == 0 else ",\n") + _ITEM_INDENT + text
        yield "\n  ]"
    yield rest + "\n"


def write_timeline_json(path: Path, timeline: Timeline) -> None:
    """Write events.json atomically, streaming it piece by piece."""
    with atomic_file(path) as handle:
        for chunk in timeline_json_chunks(timeline):
            handle.write(chunk)


def timeline_schema() -> str:
    """JSON Schema of events.json, generated from the pydantic models."""
    schema = Timeline.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "newstimeline events.json"
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
