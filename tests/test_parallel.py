"""Parallel builds: a process pool gives the same bytes as one process; JSONL; progress."""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest
from benchmarks.scale_corpus import write_corpus
from click.testing import CliRunner

from newstimeline import parallel
from newstimeline.cli import main
from newstimeline.ingest import discover
from newstimeline.parallel import batch_size, map_sources
from newstimeline.pipeline import BuildOptions, build_timeline
from newstimeline.progress import ProgressBar
from newstimeline.render.json_out import timeline_json
from newstimeline.render.jsonl import JsonlError, read_timeline_jsonl, timeline_jsonl_lines
from tests.conftest import REFERENCE, SEED

CORPUS_SIZE = 40


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Generated wire stories plus two inputs that must fail (empty and binary)."""
    folder = tmp_path_factory.mktemp("corpus")
    write_corpus(folder, CORPUS_SIZE)
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01PK\x03\x04 not text")
    return folder


def _build(out: Path, *args: str, stdin: str | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(
        main, ["build", *args, "--out", str(out), "--reference-date", REFERENCE.isoformat()],
        input=stdin)
    return result.exit_code, result.output


def test_two_workers_write_the_same_bytes_as_one(corpus: Path, tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    code_one, _ = _build(one, str(corpus), "--name", "wire", "--workers", "1")
    code_two, _ = _build(two, str(corpus), "--name", "wire", "--workers", "2")
    # The two bad files make both runs exit 1, after writing everything else.
    assert (code_one, code_two) == (1, 1)
    for name in ("wire.events.json", "wire.html"):
        assert (one / name).read_bytes() == (two / name).read_bytes()
    data = json.loads((two / "wire.events.json").read_text("utf-8"))
    assert len(data["documents"]) == CORPUS_SIZE
    assert [(e["path"].rsplit("/", 1)[-1], e["reason"]) for e in data["errors"]] == [
        ("binary.txt", "binary file (contains NUL bytes), not article text"),
        ("empty.txt", "empty file"),
    ]


def test_standard_input_is_read_once_when_workers_run_the_files(tmp_path: Path) -> None:
    seed_text = SEED.read_text(encoding="utf-8")
    one, two = tmp_path / "one", tmp_path / "two"
    code_one, _ = _build(one, "-", str(SEED), "--name", "mix", "-q", stdin=seed_text)
    code_two, _ = _build(two, "-", str(SEED), "--name", "mix", "-q", "--workers", "2",
                         stdin=seed_text)
    assert (code_one, code_two) == (0, 0)
    assert (one / "mix.events.json").read_bytes() == (two / "mix.events.json").read_bytes()
    paths = [d["path"] for d in json.loads((two / "mix.events.json").read_text())["documents"]]
    assert paths == ["-", str(SEED)]


def test_progress_reports_start_then_every_document_in_order(corpus: Path) -> None:
    sources, _ = discover([str(corpus)])
    calls: list[tuple[int, int]] = []
    options = BuildOptions(reference_date=REFERENCE)
    results = map_sources(sources, options, workers=2,
                          progress=lambda done, total: calls.append((done, total)))
    total = CORPUS_SIZE + 2
    assert len(results) == total
    assert calls[0] == (0, total) and calls[-1] == (total, total)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    # Results keep source order: the n-th result belongs to the n-th source.
    assert [r[0][0].path if r[0] else r[2][0].path for r in results] == [s.path for s in sources]


def test_batches_are_small_enough_to_spread_and_at_least_one() -> None:
    assert batch_size(0, 2) == 1
    assert batch_size(40, 2) == 2
    assert batch_size(100_000, 2) == 32


def test_zero_workers_is_refused_by_the_api(corpus: Path) -> None:
    with pytest.raises(ValueError, match="workers must be at least 1"):
        build_timeline([str(corpus)], "x", workers=0)


def test_unknown_engine_is_refused_by_the_api(corpus: Path) -> None:
    with pytest.raises(ValueError, match="unknown engine 'spark'"):
        build_timeline([str(corpus)], "x", engine="spark")  # type: ignore[arg-type]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_draws_count_and_rate_on_a_terminal() -> None:
    stream = _Terminal()
    with ProgressBar(stream=stream) as bar:
        bar(0, 3)
        bar(2, 3)
        bar(3, 3)
    drawn = stream.getvalue()
    assert "documents" in drawn and "3/3" in drawn and "docs/s" in drawn


def test_progress_bar_is_silent_when_quiet_or_not_a_terminal() -> None:
    piped, quiet = io.StringIO(), _Terminal()
    for stream, flag in ((piped, False), (quiet, True)):
        with ProgressBar(stream=stream, quiet=flag) as bar:
            bar(0, 3)
            bar(3, 3)
    assert (piped.getvalue(), quiet.getvalue()) == ("", "")


def test_jsonl_holds_header_documents_events_errors_one_per_line(corpus: Path,
                                                                  tmp_path: Path) -> None:
    code, output = _build(tmp_path, str(corpus), "--name", "wire", "--format", "jsonl", "-q")
    assert code == 1
    assert f"wrote {tmp_path / 'wire.events.jsonl'}" in output
    assert not (tmp_path / "wire.events.json").exists()
    lines = (tmp_path / "wire.events.jsonl").read_text("utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert records[0] == {"kind": "timeline", "schema_version": "1.0",
                          "generator": records[0]["generator"], "name": "wire"}
    kinds = [r["kind"] for r in records[1:]]
    # Documents first, then events, errors and per-document views: each kind in one run.
    assert kinds == sorted(kinds, key=["document", "event", "error", "view"].index)
    assert kinds.count("document") == CORPUS_SIZE and kinds.count("error") == 2
    assert kinds.count("view") == CORPUS_SIZE
    assert list(records[1])[:3] == ["kind", "id", "path"]


def test_jsonl_reads_back_to_the_timeline_of_events_json(corpus: Path) -> None:
    timeline = build_timeline([str(corpus)], "wire", BuildOptions(reference_date=REFERENCE))
    again = read_timeline_jsonl(timeline_jsonl_lines(timeline))
    assert timeline_json(again) == timeline_json(timeline)


def test_jsonl_reader_names_the_bad_line() -> None:
    header = '{"kind":"timeline","schema_version":"1.0","generator":"g","name":"n"}\n'
    with pytest.raises(JsonlError, match="line 2: unexpected record kind 'note'"):
        read_timeline_jsonl([header, '{"kind":"note"}\n'])
    with pytest.raises(JsonlError, match="line 1: the timeline header is missing"):
        read_timeline_jsonl(['{"kind":"error","path":"a.txt","reason":"empty file"}\n'])


def test_reference_date_is_pinned_once_before_work_is_shipped(
        corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shipped: list[BuildOptions] = []

    def spy(sources: object, options: BuildOptions, **kwargs: object) -> list[object]:
        shipped.append(options)
        return []

    monkeypatch.setattr(parallel, "map_sources", spy)
    build_timeline([str(corpus)], "wire", BuildOptions(year=2021), workers=2)
    # Workers (maybe on other machines, maybe after midnight) must not each pick their own today.
    assert shipped == [BuildOptions(year=2021, reference_date=dt.date.today())]


def test_dask_engine_without_the_extra_says_what_to_install(corpus: Path, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if [dask] were not installed
    code, output = _build(tmp_path, str(corpus), "--engine", "dask", "-q")
    assert code == 1
    assert "Error: the dask engine needs the [dask] extra: pip install 'newstimeline[dask]'" in output


def test_serve_without_the_extra_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "uvicorn", None)  # as if [serve] were not installed
    result = CliRunner().invoke(main, ["serve"])
    assert result.exit_code == 1
    assert "timeline serve needs the [serve] extra: pip install 'newstimeline[serve]'" in result.output


class _DyingPool:
    """A pool whose worker is killed mid-build, as the kernel's OOM killer would."""

    def __init__(self, **kwargs: object) -> None:
        pass

    def __enter__(self) -> _DyingPool:
        return self

    def __exit__(self, *args: object) -> None:
        pass

    def map(self, *args: object) -> object:
        raise BrokenProcessPool("A process in the process pool was terminated abruptly")

    def submit(self, *args: object) -> object:  # the build submits batches a few at a time
        raise BrokenProcessPool("A process in the process pool was terminated abruptly")


def test_a_dead_worker_process_is_a_clear_error(corpus: Path, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "ProcessPoolExecutor", _DyingPool)
    code, output = _build(tmp_path, str(corpus), "--workers", "2", "-q")
    assert code == 1
    assert "Error: a worker process died (killed, or out of memory?); try fewer --workers" in output
