"""Plain wire copy (``.txt``, standard input): the text as decoded, dateline in its head."""

from __future__ import annotations

from newstimeline.ingest.base import IngestError, ReadOptions, RecordError, document_id
from newstimeline.ingest.encoding import DecodeError, decode
from newstimeline.models import Document


def read_text(data: bytes, name: str, options: ReadOptions) -> list[Document | RecordError]:
    """One Document; the title is found later, once the dateline is known."""
    try:
        text, _ = decode(data, name)
    except DecodeError as exc:
        raise IngestError(str(exc)) from exc
    return [Document(id=document_id(name, text), path=name, title=None, text=text)]
