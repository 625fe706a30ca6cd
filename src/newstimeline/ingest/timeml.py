"""TimeML (``.tml``): the DCT from ``<DCT>``, the raw text of ``<TEXT>`` with its tags stripped.

The parsing itself is the evaluation reader's, so the text and its offsets are the same ones the
gold annotations refer to.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from newstimeline.evaluate.timeml import parse_timeml
from newstimeline.ingest.base import IngestError, ReadOptions, RecordError, document_id
from newstimeline.models import Document


def read_timeml(data: bytes, name: str, options: ReadOptions) -> list[Document | RecordError]:
    """One Document; the ``<DCT>`` value is its metadata date."""
    if not data.strip():
        raise IngestError("empty file")
    try:
        parsed = parse_timeml(data, name)
    except ET.ParseError as exc:
        raise IngestError(f"not well-formed TimeML XML ({exc})") from exc
    if not parsed.text.strip():
        raise IngestError("TimeML document has no <TEXT> content")
    return [Document(
        id=document_id(name, parsed.text), path=name, title=None, text=parsed.text,
        metadata_date=parsed.dct,
        metadata_source="TimeML <DCT>" if parsed.dct else None,
    )]
