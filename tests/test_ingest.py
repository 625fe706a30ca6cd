"""Readers: text, HTML, JSON/JSONL, TimeML; encodings; folder walking; errors that name the file."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from newstimeline.cli import main
from newstimeline.ingest import (
    FieldNames,
    IngestError,
    ReadOptions,
    Source,
    discover,
    read_documents,
    read_source,
)
from newstimeline.ingest.dates import parse_metadata_date

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
LEAD = ("MOSCOW, December 18. /TASS/. Russia and NATO have reached \"the moment of truth\" in "
        "their relations, Russian Deputy Foreign Minister Alexander Grushko said on Saturday.")


def _page(head: str, body: str = "") -> str:
    paragraphs = body or (
        f"<p>{LEAD}</p><p>\"The moment of truth has come,\" he said on Solovyov Live YouTube "
        "channel. \"We have reached a red line and our proposals aim to pull us away from this "
        "red line and start a normal dialogue.\"</p><p>NATO has been violating earlier "
        "agreements by stationing significant combat capabilities on the territory of new "
        "members of the alliance, Grushko said.</p>")
    return (f"<html><head><meta charset=\"utf-8\"><title>Grushko: moment of truth | TASS</title>"
            f"{head}</head><body><nav><a href=\"/\">All news</a> <a href=\"/world\">World</a>"
            f"</nav><article><h1>Moscow's proposals aim to prevent Russia, NATO from crossing "
            f"red line</h1>{paragraphs}</article><footer>© TASS 2021</footer></body></html>")


def _read(path: Path, options: ReadOptions | None = None) -> tuple[list[object], list[str]]:
    result = read_documents(Source(str(path)), options)
    return list(result.documents), [f"{e.path}: {e.reason}" for e in result.errors]


@pytest.mark.parametrize(("head", "source"), [
    ('<meta property="article:published_time" content="2021-12-18T14:05:00+03:00">',
     "<meta> article:published_time"),
    ('<script type="application/ld+json">{"@context": "https://schema.org", "@graph": '
     '[{"@type": "NewsArticle", "headline": "Moscow\'s proposals aim to prevent Russia, NATO '
     'from crossing red line", "datePublished": "2021-12-18T11:05:00Z"}]}</script>',
     "JSON-LD datePublished"),
    ('<meta name="viewport" content="width=device-width">', "<time datetime>"),
])
def test_html_page_gives_text_title_and_publication_date(
    tmp_path: Path, head: str, source: str
) -> None:
    body = "" if source != "<time datetime>" else (
        f'<p><time datetime="2021-12-18T14:05">18 Dec 2021, 14:05</time></p><p>{LEAD}</p>'
        "<p>NATO has been violating earlier agreements by stationing significant combat "
        "capabilities on the territory of new members of the alliance, Grushko said.</p>")
    path = tmp_path / "grushko.html"
    path.write_text(_page(head, body), encoding="utf-8")
    document = read_source(Source(str(path)))
    assert document.metadata_date == dt.date(2021, 12, 18)
    assert document.metadata_source == source
    assert document.title == "Moscow's proposals aim to prevent Russia, NATO from crossing red line"
    assert LEAD in document.text
    assert "All news" not in document.text
    assert "© TASS" not in document.text


def test_html_without_article_text_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.htm"
    path.write_text("<html><head><title>x</title></head><body><nav>Home</nav></body></html>",
                    encoding="utf-8")
    documents, errors = _read(path)
    assert documents == []
    assert errors == [f"{path}: no article text found in the HTML page"]


def test_jsonl_gives_one_document_per_record_and_reports_bad_lines(tmp_path: Path) -> None:
    records = [
        {"title": "Grushko: moment of truth", "content": LEAD,
         "publishedAt": "2021-12-18T11:05:00Z", "url": "https://tass.com/politics/1377591",
         "id": "tass-1377591"},
        "not an object",
        {"title": "No text here", "publishedAt": "2021-12-18"},
        {"body": "SEOUL, Dec. 18 (Yonhap) -- South Korea reported 7,314 new cases on Saturday.",
         "published": "Sat, 18 Dec 2021 09:12:00 +0900"},
    ]
    lines = [json.dumps(r) for r in records]
    lines.insert(2, "{broken json")
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    documents, errors = _read(path)
    assert [(d.path, d.title, d.metadata_date, d.url) for d in documents] == [  # type: ignore[attr-defined]
        (f"{path}#1", "Grushko: moment of truth", dt.date(2021, 12, 18),
         "https://tass.com/politics/1377591"),
        (f"{path}#5", None, dt.date(2021, 12, 18), None),
    ]
    assert documents[0].id.startswith("tass-1377591-")  # type: ignore[attr-defined]
    assert errors == [
        f"{path}: line 2: not a JSON object but str",
        f"{path}: line 3: not valid JSON (Expecting property name enclosed in double quotes)",
        f"{path}: line 4: no article text (looked for fields: {', '.join(FieldNames().text)})",
    ]


def test_json_news_api_response_with_html_body_and_custom_fields(tmp_path: Path) -> None:
    response = {"response": {"status": "ok", "results": [
        {"webTitle": "Omicron surges", "webPublicationDate": "2021-12-18T16:00:00Z",
         "fields": {"bodyText": "LONDON, December 18 - Britain reported a record number of "
                                "cases on Saturday."}},
        {"webTitle": "Storm", "webPublicationDate": "2021-12-11T08:00:00Z",
         "fields": {"bodyText": "<p>MAYFIELD, Ky. (AP) — The storm destroyed the candle "
                                "factory.</p><p>Officials said on Saturday&nbsp;that crews "
                                "were searching.</p>"}},
    ]}}
    path = tmp_path / "guardian.json"
    path.write_text(json.dumps(response), encoding="utf-8")
    options = ReadOptions(fields=FieldNames(text=("fields.bodyText",), title=("webTitle",)))
    documents, errors = _read(path, options)
    assert errors == []
    assert [(d.title, d.metadata_date) for d in documents] == [  # type: ignore[attr-defined]
        ("Omicron surges", dt.date(2021, 12, 18)), ("Storm", dt.date(2021, 12, 11))]
    assert documents[1].text == (  # type: ignore[attr-defined]
        "MAYFIELD, Ky. (AP) — The storm destroyed the candle factory.\n"
        "Officials said on Saturday that crews were searching.")


def test_single_json_article_object(tmp_path: Path) -> None:
    path = tmp_path / "article.json"
    path.write_text(json.dumps({"headline": "Grushko", "text": LEAD, "date": "18.12.2021"}),
                    encoding="utf-8")
    document = read_source(Source(str(path)))
    assert (document.path, document.title, document.metadata_date) == (
        str(path), "Grushko", dt.date(2021, 12, 18))


def test_timeml_document_gives_dct_and_raw_text(tmp_path: Path) -> None:
    path = tmp_path / "wsj_0001.tml"
    path.write_text(
        '<?xml version="1.0" ?>\n<TimeML><DOCID>wsj_0001</DOCID><DCT><TIMEX3 tid="t0" '
        'type="DATE" value="1989-11-02" functionInDocument="CREATION_TIME">11/02/89</TIMEX3>'
        "</DCT><TEXT>Shares <EVENT eid=\"e1\" class=\"OCCURRENCE\">rose</EVENT> "
        '<TIMEX3 tid="t1" type="DATE" value="1989-11-01">yesterday</TIMEX3>.</TEXT></TimeML>',
        encoding="utf-8")
    document = read_source(Source(str(path)))
    assert (document.text, document.metadata_date, document.metadata_source) == (
        "Shares rose yesterday.", dt.date(1989, 11, 2), "TimeML <DCT>")


def test_tbaq_document_reads_with_its_dct() -> None:
    tbaq = SHARED / "data" / "tbaq"
    if not tbaq.is_dir():
        pytest.skip("../shared/data/tbaq is absent (a fresh clone has no shared data)")
    document = read_source(Source(str(tbaq / "ABC19980108.1830.0711.tml")))
    assert document.metadata_date == dt.date(1998, 1, 8)
    assert document.text.startswith("\nOn the other hand, it's turning out to be another very bad")


def test_windows_1252_text_is_detected_and_decoded(tmp_path: Path) -> None:
    path = tmp_path / "lisbon.txt"
    text = ("LISBON, Dec 18 (Reuters) - Portugal\u2019s prime minister Ant\u00f3nio Costa said on "
            "Saturday that the caf\u00e9s would stay open \u2013 for now, and that the "
            "government\u2019s \u201cmeasures\u201d were working.\n")
    path.write_bytes(text.encode("cp1252"))
    assert read_source(Source(str(path))).text == text


def test_utf16_with_byte_order_mark_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "seoul.txt"
    path.write_bytes("SEOUL, Dec. 18 (Yonhap) -- Cases rose.".encode("utf-16"))
    assert read_source(Source(str(path))).text == "SEOUL, Dec. 18 (Yonhap) -- Cases rose."


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (contains NUL bytes), not article text"),
])
def test_unreadable_files_are_reported_by_reason(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(IngestError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        read_source(Source(str(path)))


def test_folder_walk_is_recursive_sorted_filtered_and_skips_hidden(tmp_path: Path) -> None:
    for name in ["b/2.html", "a/1.txt", "a/z.jsonl", ".git/x.txt", "a/.hidden.txt", "c.pdf"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    sources, errors = discover([str(tmp_path)])
    assert errors == []
    assert [Path(s.path).relative_to(tmp_path).as_posix() for s in sources] == [
        "a/1.txt", "a/z.jsonl", "b/2.html"]
    sources, _ = discover([str(tmp_path)], glob="*.html")
    assert [Path(s.path).name for s in sources] == ["2.html"]
    _, errors = discover([str(tmp_path)], glob="*.xml")
    assert [e.reason for e in errors] == ["folder holds no article files matching '*.xml'"]


def test_build_reads_every_format_and_reports_failures_without_stopping(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "tass.txt").write_text("A headline of four words\n\n" + LEAD, encoding="utf-8")
    (folder / "page.html").write_text(
        _page('<meta property="article:published_time" content="2021-12-18T14:05:00+03:00">'),
        encoding="utf-8")
    (folder / "feed.jsonl").write_text(
        json.dumps({"content": LEAD, "publishedAt": "2021-12-18"}) + "\n{oops\n", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    result = CliRunner().invoke(main, ["build", str(folder), "--out", str(tmp_path / "out"),
                                       "--reference-date", "2026-11-28"])
    assert result.exit_code == 1
    assert f"error: {folder / 'empty.txt'}: empty file" in result.output
    assert f"error: {folder / 'feed.jsonl'}: line 2: not valid JSON" in result.output
    data = json.loads((tmp_path / "out" / "in.events.json").read_text(encoding="utf-8"))
    assert [(Path(d["path"]).name, d["dct"]["date"], d["dct"]["source"])
            for d in data["documents"]] == [
        ("feed.jsonl#1", "2021-12-18", "metadata"),
        ("page.html", "2021-12-18", "metadata"),
        ("tass.txt", "2021-12-18", "inferred"),
    ]


def test_stdin_with_forced_format_and_field_names(tmp_path: Path) -> None:
    feed = "\n".join(json.dumps(r) for r in [
        {"story": LEAD, "when": "2021-12-18", "headline": "Grushko"},
        {"story": "SEOUL, Dec. 18 (Yonhap) -- Cases rose on Saturday.", "when": "2021-12-18"},
    ])
    result = CliRunner().invoke(main, [
        "build", "-", "--input-format", "jsonl", "--text-field", "story", "--date-field", "when",
        "--title-field", "headline", "--out", str(tmp_path), "--name", "feed"], input=feed)
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "feed.events.json").read_text(encoding="utf-8"))
    assert [(d["path"], d["title"], d["dct"]["source"]) for d in data["documents"]] == [
        ("-#1", "Grushko", "metadata"), ("-#2", None, "metadata")]


@pytest.mark.parametrize(("value", "expected"), [
    ("2021-12-18T23:30:00-05:00", dt.date(2021, 12, 18)),
    ("Sat, 18 Dec 2021 10:00:00 GMT", dt.date(2021, 12, 18)),
    ("18 декабря 2021 г.", dt.date(2021, 12, 18)),
    (1639821900, dt.date(2021, 12, 18)),
    (1639821900000, dt.date(2021, 12, 18)),
    ("yesterday", None),
    ("0001-01-01T00:00:00Z", None),
])
def test_metadata_dates_are_read_as_written(value: object, expected: dt.date | None) -> None:
    assert parse_metadata_date(value) == expected


def test_paragraph_lists_and_mongodb_dates_are_read(tmp_path: Path) -> None:
    path = tmp_path / "export.jsonl"
    record = {"_id": {"$oid": "61bd9f"}, "title": "Storm",
              "body": ["MAYFIELD, Ky. (AP) — The storm destroyed the factory.",
                       "Officials said on Saturday that crews were searching."],
              "published": {"$date": "2021-12-11T14:00:00Z"}}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    document = read_source(Source(str(path)))
    assert document.text == ("MAYFIELD, Ky. (AP) — The storm destroyed the factory.\n"
                             "Officials said on Saturday that crews were searching.")
    assert document.metadata_date == dt.date(2021, 12, 11)
    assert document.id.startswith("export-1-")


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=40), st.integers(), st.floats(allow_nan=True), st.none(),
                 st.booleans(), st.dictionaries(st.text(max_size=5), st.text(max_size=20))))
def test_metadata_date_parsing_never_raises(value: object) -> None:
    result = parse_metadata_date(value)
    assert result is None or result.year >= 1800


def test_xhtml_page_with_xml_declaration_is_read(tmp_path: Path) -> None:
    path = tmp_path / "grushko.xhtml"
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n' + _page(
        '<meta property="article:published_time" content="2021-12-18T14:05:00+03:00">'),
        encoding="utf-8")
    document = read_source(Source(str(path)))
    assert (document.metadata_date, document.metadata_source) == (
        dt.date(2021, 12, 18), "<meta> article:published_time")
    assert LEAD in document.text


def test_windows_1251_page_uses_its_declared_charset(tmp_path: Path) -> None:
    lead = ("МОСКВА, 18 декабря. /ТАСС/. Россия и НАТО подошли к моменту истины в отношениях, "
            "заявил заместитель министра иностранных дел Александр Грушко.")
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
            "<title>Грушко</title></head><body><article><h1>Грушко: момент истины</h1>"
            f"<p>{lead}</p><p>По его словам, предложения Москвы направлены на снижение "
            "напряженности.</p></article></body></html>")
    path = tmp_path / "grushko-ru.html"
    path.write_bytes(page.encode("cp1251"))
    document = read_source(Source(str(path)))
    assert lead in document.text
