"""The Dask engine: the per-document stage on a LocalCluster gives the local build's bytes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from benchmarks.scale_corpus import write_corpus
from click.testing import CliRunner

from newstimeline import parallel
from newstimeline.cli import main
from newstimeline.ingest import Source
from newstimeline.parallel import Located
from newstimeline.pipeline import BuildOptions, build_timeline
from newstimeline.render.json_out import timeline_json
from tests.conftest import REFERENCE

distributed = pytest.importorskip(
    "distributed", reason="dask.distributed is not installed (pip install 'newstimeline[dask]')")

CORPUS_SIZE = 30


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    write_corpus(folder, CORPUS_SIZE, seed=7)
    (folder / "empty.txt").write_text("\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """Address of a two-process LocalCluster, as a user would point at an existing cluster."""
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                  dashboard_address=":0") as cluster:
        yield cluster.scheduler_address


def _build(out: Path, corpus: Path, *args: str) -> int:
    result = CliRunner().invoke(main, ["build", str(corpus), "--out", str(out), "--name", "wire",
                                       "--reference-date", REFERENCE.isoformat(), "-q", *args])
    return result.exit_code


def test_scheduler_address_build_writes_the_local_bytes(corpus: Path, scheduler: str,
                                                        tmp_path: Path) -> None:
    local, dask, shipped = tmp_path / "local", tmp_path / "dask", tmp_path / "shipped"
    assert _build(local, corpus) == 1  # the empty file is reported; everything else is written
    assert _build(dask, corpus, "--scheduler", scheduler) == 1
    # --ship-text: the client reads the files, for workers that cannot see the paths.
    assert _build(shipped, corpus, "--scheduler", scheduler, "--ship-text") == 1
    for name in ("wire.events.json", "wire.html"):
        assert (local / name).read_bytes() == (dask / name).read_bytes()
        assert (local / name).read_bytes() == (shipped / name).read_bytes()


def test_dask_engine_without_address_starts_its_own_local_cluster(corpus: Path) -> None:
    options = BuildOptions(reference_date=REFERENCE)
    local = build_timeline([str(corpus)], "wire", options)
    dask = build_timeline([str(corpus)], "wire", options, engine="dask", workers=2)
    assert timeline_json(dask) == timeline_json(local)
    assert len(dask.documents) == CORPUS_SIZE
    assert [e.reason for e in dask.errors] == ["empty file"]


def test_unreachable_scheduler_is_a_clear_error(corpus: Path, tmp_path: Path) -> None:
    dask_config = pytest.importorskip("dask.config")
    with dask_config.set({"distributed.comm.timeouts.connect": "1s"}):
        result = CliRunner().invoke(main, ["build", str(corpus), "--out", str(tmp_path), "-q",
                                           "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 1
    assert "Error:" in result.output and "127.0.0.1:9" in result.output


def test_relative_paths_reach_workers_as_absolute_and_keep_their_name(
        corpus: Path, scheduler: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(corpus.parent)
    relative = [corpus.name]  # as typed by a user in the folder above the corpus
    options = BuildOptions(reference_date=REFERENCE)
    local = build_timeline(relative, "wire", options)
    dask = build_timeline(relative, "wire", options, scheduler=scheduler)
    assert timeline_json(dask) == timeline_json(local)
    assert dask.documents[0].path.startswith(f"{corpus.name}/")
    assert dask.errors[0].path == f"{corpus.name}/empty.txt"


def test_dask_items_carry_absolute_locations(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(corpus.parent)
    assert parallel._located(Source(f"{corpus.name}/a.txt")) == Located(
        name=f"{corpus.name}/a.txt", location=str(corpus / "a.txt"))
    assert parallel._located(Source(str(corpus / "a.txt"))) == Source(str(corpus / "a.txt"))


def test_progress_follows_dask_batches_to_the_total(corpus: Path, scheduler: str) -> None:
    calls: list[tuple[int, int]] = []
    build_timeline([str(corpus)], "wire", BuildOptions(reference_date=REFERENCE),
                   scheduler=scheduler, progress=lambda done, total: calls.append((done, total)))
    total = CORPUS_SIZE + 1
    assert calls[0] == (0, total) and calls[-1] == (total, total)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
