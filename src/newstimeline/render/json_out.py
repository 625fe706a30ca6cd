"""events.json and its JSON Schema."""

from __future__ import annotations

import json

from newstimeline.models import Timeline


def timeline_json(timeline: Timeline) -> str:
    """The timeline as indented JSON; field order is the models', so output is byte-stable."""
    return timeline.model_dump_json(indent=2) + "\n"


def timeline_schema() -> str:
    """JSON Schema of events.json, generated from the pydantic models."""
    schema = Timeline.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "newstimeline events.json"
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
