"""The HTTP API through httpx (FastAPI's TestClient) against the app: answers, limits, errors."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest
from click.testing import CliRunner

from newstimeline.cli import main
from tests.conftest import REFERENCE, SEED

pytest.importorskip("fastapi", reason="the [serve] extra (fastapi) is not installed")
pytest.importorskip("httpx", reason="httpx is not installed")

with warnings.catch_warnings():
    # Starlette now suggests its successor client; httpx is what this project tests with.
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from newstimeline.service import app as service_app
from newstimeline.service.app import ServiceSettings, create_app

DATELINE_STORY = ("MOSCOW, December 18. /TASS/. Russia released draft agreements on Friday, "
                  "Deputy Foreign Minister Alexander Grushko said on Saturday.")


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app())


def test_healthz_says_ok_with_the_version(client: TestClient) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "version": "0.1.0"}


def test_tag_finds_the_seed_dct_and_resolves_its_weekdays(client: TestClient) -> None:
    text = SEED.read_text(encoding="utf-8")
    response = client.post("/v1/tag", json={"text": text, "reference_date": REFERENCE.isoformat()})
    assert response.status_code == 200
    body = response.json()
    assert (body["dct"]["date"], body["dct"]["source"]) == ("2021-12-18", "inferred")
    found = {(e["span"]["text"], e["value"]) for e in body["expressions"]}
    assert {("Saturday", "2021-12-18"), ("Friday", "2021-12-17"),
            ("December 15", "2021-12-15")} <= found
    saturday = next(e for e in body["expressions"] if e["span"]["text"] == "Saturday")
    assert text[saturday["span"]["start"]:saturday["span"]["end"]] == "Saturday"


def test_tag_with_a_given_dct_resolves_against_it(client: TestClient) -> None:
    response = client.post("/v1/tag", json={"text": "The talks ended on Friday.",
                                            "dct": "2024-03-06"})
    assert response.status_code == 200
    body = response.json()
    assert (body["dct"]["date"], body["dct"]["source"]) == ("2024-03-06", "option")
    assert [(e["span"]["text"], e["value"]) for e in body["expressions"]] == [
        ("Friday", "2024-03-01")]


def test_timeline_answer_is_the_events_json_of_timeline_build(client: TestClient,
                                                              tmp_path: Path) -> None:
    text = SEED.read_text(encoding="utf-8")
    response = client.post("/v1/timeline", json={
        "name": "seed", "reference_date": REFERENCE.isoformat(),
        "documents": [{"name": str(SEED), "text": text}]})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    result = CliRunner().invoke(main, ["build", str(SEED), "--out", str(tmp_path), "--name", "seed",
                                       "--reference-date", REFERENCE.isoformat(), "-q"])
    assert result.exit_code == 0, result.output
    assert response.text == (tmp_path / "seed.events.json").read_text(encoding="utf-8")


def test_timeline_reports_an_unreadable_document_and_keeps_the_rest(client: TestClient) -> None:
    response = client.post("/v1/timeline", json={
        "reference_date": REFERENCE.isoformat(),
        "documents": [{"name": "blank.txt", "text": " \n"},
                      {"name": "tass.txt", "text": DATELINE_STORY}]})
    assert response.status_code == 200
    body = response.json()
    assert [d["path"] for d in body["documents"]] == ["tass.txt"]
    assert body["errors"] == [{"path": "blank.txt", "reason": "empty file"}]


def test_timeline_page_escapes_article_text(client: TestClient) -> None:
    story = DATELINE_STORY + " <script>alert('x')</script> protesters said on Friday."
    response = client.post("/v1/timeline.html", json={
        "reference_date": REFERENCE.isoformat(), "documents": [{"name": "a.txt", "text": story}]})
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert "<script>alert(" not in response.text
    assert "&lt;script&gt;alert(" in response.text


def test_no_readable_document_is_a_422_naming_each_failure(client: TestClient) -> None:
    response = client.post("/v1/timeline", json={"documents": [
        {"name": "nul.txt", "text": "MOSCOW\u0000 binary"}, {"name": "empty.txt", "text": ""}]})
    assert response.status_code == 422
    assert response.json() == {
        "error": "no_readable_document", "message": "none of the documents could be read",
        "details": [{"path": "nul.txt", "reason": "binary file (contains NUL bytes), not article text"},
                    {"path": "empty.txt", "reason": "empty file"}]}


def test_malformed_json_is_a_422_with_a_json_body(client: TestClient) -> None:
    response = client.post("/v1/tag", content=b'{"text": "on Friday"',
                           headers={"content-type": "application/json"})
    assert response.status_code == 422
    body = response.json()
    assert body["error"] == "validation_error"
    assert body["details"][0]["type"] == "json_invalid"


def test_unknown_field_and_bad_date_are_named_in_the_422(client: TestClient) -> None:
    response = client.post("/v1/tag", json={"text": "on Friday", "dct": "18 December",
                                            "lang": "en"})
    assert response.status_code == 422
    located = sorted((d["loc"][-1], d["type"]) for d in response.json()["details"])
    assert located == [("dct", "date_from_datetime_parsing"), ("lang", "extra_forbidden")]


def test_body_over_the_limit_is_a_413_before_any_work() -> None:
    small = TestClient(create_app(ServiceSettings(max_body_bytes=1000)))
    response = small.post("/v1/tag", json={"text": "Officials met on Friday. " * 100})
    assert response.status_code == 413
    assert response.json() == {"error": "body_too_large",
                               "message": "the request body exceeds the limit of 1000 bytes"}


def test_chunked_body_over_the_limit_is_refused_too() -> None:
    small = TestClient(create_app(ServiceSettings(max_body_bytes=1000)))

    def chunks() -> object:
        yield b'{"text": "'
        for _ in range(50):
            yield b"Officials met on Friday. "
        yield b'"}'

    response = small.post("/v1/tag", content=chunks(),  # type: ignore[arg-type]
                          headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert response.json()["error"] == "body_too_large"


def test_request_over_the_time_limit_is_a_503_with_a_json_body() -> None:
    hasty = TestClient(create_app(ServiceSettings(time_limit=0.001)))
    text = SEED.read_text(encoding="utf-8") * 40
    response = hasty.post("/v1/tag", json={"text": text, "reference_date": "2026-11-28"})
    assert response.status_code == 503
    assert response.json() == {"error": "time_limit_exceeded",
                               "message": "no answer within the limit of 0.001 s (waiting and processing)"}


def test_a_crash_answers_500_without_a_stack_trace(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object) -> object:
        raise RuntimeError("internal detail /srv/secret.py line 12")

    monkeypatch.setattr(service_app, "process_document", broken)
    crashing = TestClient(create_app(), raise_server_exceptions=False)
    response = crashing.post("/v1/tag", json={"text": "Officials met on Friday."})
    assert response.status_code == 500
    assert response.json() == {"error": "internal_error",
                               "message": "the server failed to process this request"}
    assert "secret" not in response.text and "Traceback" not in response.text


def test_unknown_path_and_wrong_method_answer_json(client: TestClient) -> None:
    missing = client.get("/v1/nothing")
    wrong = client.get("/v1/tag")
    assert (missing.status_code, missing.json()["error"]) == (404, "not_found")
    assert (wrong.status_code, wrong.json()["error"]) == (405, "method_not_allowed")


def test_openapi_uses_the_pipeline_models(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    names = set(schema["components"]["schemas"])
    assert {"Timeline", "TimeExpression", "Dct", "TagRequest", "TimelineRequest",
            "ErrorBody"} <= names
    assert client.get("/docs").status_code == 200
    timeline = schema["paths"]["/v1/timeline"]["post"]["responses"]["200"]
    assert json.dumps(timeline).count("#/components/schemas/Timeline") == 1


def test_serve_binds_loopback_by_default_and_warns_when_it_does_not(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn

    calls: list[dict[str, object]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: calls.append({"app": app, **kwargs}))
    for name in ServiceSettings().environment():
        monkeypatch.setenv(name, "")  # restored after the test; serve overwrites them
    quiet = CliRunner().invoke(main, ["serve"])
    loud = CliRunner().invoke(main, ["serve", "--host", "0.0.0.0", "--max-body-bytes", "2048"])
    assert (quiet.exit_code, quiet.output) == (0, "")
    assert "warning: binding to 0.0.0.0" in loud.output
    assert [(c["host"], c["port"], c["workers"]) for c in calls] == [
        ("127.0.0.1", 8000, 1), ("0.0.0.0", 8000, 1)]
    assert ServiceSettings.from_environment() == ServiceSettings(max_body_bytes=2048)


def test_dates_outside_the_supported_range_are_a_422(client: TestClient) -> None:
    # Found by schemathesis: a DCT of 9999-12-31 left no room for the page's axis margins.
    response = client.post("/v1/timeline", json={
        "dct": "9999-12-31", "documents": [{"text": DATELINE_STORY, "date": "0001-01-01"}]})
    assert response.status_code == 422
    located = sorted((d["loc"][-1], d["type"]) for d in response.json()["details"])
    assert located == [("date", "greater_than_equal"), ("dct", "less_than_equal")]


def test_lone_surrogate_in_the_text_is_a_422_not_a_crash(client: TestClient) -> None:
    # Valid JSON ("\\ud800" escape) that is not valid Unicode text.
    body = b'{"text": "MOSCOW, December 18. He said on Saturday \\ud800."}'
    response = client.post("/v1/tag", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 422
    assert response.json()["error"] == "unreadable_text"
    assert response.json()["message"].startswith("text: not valid UTF-8")
