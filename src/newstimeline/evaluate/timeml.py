"""Reading TimeML (TempEval-3 .tml, SemEval-2015 TimeLine documents) into plain typed records.

The raw text is the ``<TEXT>`` element with every tag stripped (entities decoded; a newline is
added after an ``<s>`` sentence element that has no whitespace after it); annotation offsets are
character offsets into that raw text, as a tagger run on it would report them.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True, slots=True)
class GoldTimex:
    tid: str
    start: int
    end: int
    text: str
    type: str
    value: str
    attributes: dict[str, str]


@dataclass(frozen=True, slots=True)
class GoldEvent:
    eid: str
    start: int
    end: int
    text: str
    event_class: str
    sentence: str | None
    """The ``<s id>`` of the sentence holding the event, where the document marks sentences."""


@dataclass(frozen=True, slots=True)
class GoldInstance:
    eiid: str
    eid: str
    attributes: dict[str, str]


@dataclass(frozen=True, slots=True)
class GoldTlink:
    lid: str
    rel_type: str
    source: str
    """``eiid`` of an event instance or ``tid`` of a timex."""
    target: str


@dataclass(frozen=True, slots=True)
class Sentence:
    id: str
    start: int
    end: int


@dataclass(slots=True)
class TimeMLDocument:
    path: str
    doc_id: str
    dct: dt.date | None
    dct_value: str | None
    text: str
    timexes: list[GoldTimex] = field(default_factory=list)
    events: list[GoldEvent] = field(default_factory=list)
    instances: list[GoldInstance] = field(default_factory=list)
    tlinks: list[GoldTlink] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    dct_tid: str | None = None


def _parse_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def parse_timeml(source: str | bytes, path: str = "<string>") -> TimeMLDocument:
    """Parse one TimeML document from its XML source."""
    root = ET.fromstring(source)
    doc_id = (root.findtext("DOCID") or Path(path).stem).strip()
    dct_timex = root.find("DCT/TIMEX3")
    dct_value = dct_timex.get("value") if dct_timex is not None else None
    document = TimeMLDocument(
        path=path, doc_id=doc_id, dct=_parse_date(dct_value), dct_value=dct_value, text="",
        dct_tid=dct_timex.get("tid") if dct_timex is not None else None,
    )
    text_element = root.find("TEXT")
    pieces: list[str] = []
    offset = 0
    sentence_id: str | None = None

    def walk(element: ET.Element) -> None:
        nonlocal offset, sentence_id
        start = offset
        outer_sentence = sentence_id
        if element.tag == "s":
            sentence_id = element.get("id")
        if element.text:
            pieces.append(element.text)
            offset += len(element.text)
        for child in element:
            walk(child)
            if child.tag == "s" and not (child.tail or "")[:1].isspace():
                pieces.append("\n")  # sentences written back to back still need a boundary
                offset += 1
            if child.tail:
                pieces.append(child.tail)
                offset += len(child.tail)
        surface = "".join(pieces)[start:offset] if element.tag in {"TIMEX3", "EVENT"} else ""
        attributes = dict(element.attrib)
        if element.tag == "TIMEX3":
            document.timexes.append(GoldTimex(
                attributes.get("tid", ""), start, offset, surface,
                attributes.get("type", ""), attributes.get("value", ""), attributes))
        elif element.tag == "EVENT":
            document.events.append(GoldEvent(
                attributes.get("eid", ""), start, offset, surface,
                attributes.get("class", ""), sentence_id))
        elif element.tag == "s":
            document.sentences.append(Sentence(element.get("id", ""), start, offset))
            sentence_id = outer_sentence

    if text_element is not None:
        walk(text_element)
    document.text = "".join(pieces)
    for element in root.iter("MAKEINSTANCE"):
        document.instances.append(GoldInstance(
            element.get("eiid", ""), element.get("eventID", ""), dict(element.attrib)))
    for element in root.iter("TLINK"):
        a = element.attrib
        source = a.get("eventInstanceID") or a.get("timeID") or ""
        target = a.get("relatedToEventInstance") or a.get("relatedToTime") or ""
        document.tlinks.append(GoldTlink(a.get("lid", ""), a.get("relType", ""), source, target))
    return document


def read_timeml(path: Path) -> TimeMLDocument:
    """Parse a .tml file."""
    return parse_timeml(path.read_bytes(), str(path))


def read_corpus(folder: Path) -> list[TimeMLDocument]:
    """Every .tml file under ``folder``, in sorted path order."""
    return [read_timeml(p) for p in sorted(folder.rglob("*.tml"))]
