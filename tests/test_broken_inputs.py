"""Broken inputs and safe output: one-line errors naming the file, the rest of the batch built."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import newstimeline.pipeline as pipeline
from newstimeline.cli import main
from newstimeline.ingest import MAX_BYTES
from tests.conftest import SEED

GOOD = "LONDON, March 3 (Reuters) - The minister resigned on Tuesday, officials said.\n"


def _build(tmp_path: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["build", *args, "--reference-date", "2026-11-28"])
    return result.exit_code, result.stdout, result.stderr


def _articles(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "good.txt").write_text(GOOD, "utf-8")
    return folder


def test_huge_file_is_refused_by_name_without_reading_it(tmp_path: Path) -> None:
    folder = _articles(tmp_path / "in")
    huge = folder / "huge.txt"
    with huge.open("wb") as handle:  # sparse: 100 MB that cost no disk
        handle.truncate(100 * 1024 * 1024)
    code, _, err = _build(tmp_path, str(folder), "--out", str(tmp_path / "out"), "--name", "t")
    assert code == 1
    assert err.count("error:") == 1
    assert f"error: {huge}: file too large ({100 * 1024 * 1024} bytes; limit {MAX_BYTES})" in err
    data = json.loads((tmp_path / "out" / "t.events.json").read_text("utf-8"))
    assert [Path(d["path"]).name for d in data["documents"]] == ["good.txt"]


def test_symlink_loop_in_a_folder_does_not_trap_the_walk(tmp_path: Path) -> None:
    folder = _articles(tmp_path / "in")
    (folder / "loop").symlink_to(folder, target_is_directory=True)
    code, out, _ = _build(tmp_path, str(folder), "--out", str(tmp_path / "out"), "--name", "t")
    assert code == 0
    assert "1 document(s)" in out


def test_file_that_disappears_mid_run_is_reported(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _articles(tmp_path / "in")
    doomed = folder / "doomed.txt"
    doomed.write_text(GOOD, "utf-8")
    real_discover = pipeline.discover

    def discover_then_delete(paths, glob=None):  # type: ignore[no-untyped-def]
        found = real_discover(paths, glob)
        doomed.unlink()  # the file vanishes after the folder was listed, before it is read
        return found

    monkeypatch.setattr(pipeline, "discover", discover_then_delete)
    code, _, err = _build(tmp_path, str(folder), "--out", str(tmp_path / "out"), "--name", "t")
    assert code == 1
    assert f"error: {doomed}: No such file or directory" in err


def test_strict_stops_at_the_first_failure_and_writes_nothing(tmp_path: Path) -> None:
    folder = _articles(tmp_path / "in")
    (folder / "a-empty.txt").write_text("", "utf-8")
    code, _, err = _build(tmp_path, str(folder), "--strict", "--out", str(tmp_path / "out"))
    assert code == 1
    assert err.strip().splitlines()[0].endswith("a-empty.txt: empty file (--strict: nothing written)")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(("name", "expected"), [
    ("../escape", "escape"),
    ("/etc/passwd", "etc-passwd"),
    ("CON", "timeline-CON"),
    ("..", "timeline"),
    ("report 2021/12", "report-2021-12"),
])  # fmt: skip
def test_output_names_cannot_leave_the_output_folder(tmp_path: Path, name: str,
                                                     expected: str) -> None:
    code, _, _ = _build(tmp_path, str(SEED), "--out", str(tmp_path / "out"), "--name", name)
    assert code == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        f"{expected}.events.json", f"{expected}.html"]


def test_inputs_are_never_overwritten_even_when_out_is_the_input_folder(tmp_path: Path) -> None:
    folder = _articles(tmp_path / "in")
    victim = folder / "in.events.json"
    victim.write_text("{\"mine\": true}", "utf-8")
    (folder / "in.txt").write_text(GOOD, "utf-8")
    code, _, err = _build(tmp_path, str(folder / "in.txt"), str(folder / "good.txt"),
                          str(victim), "--out", str(folder), "--name", "in")
    assert code == 2
    assert "refusing to overwrite input file" in err
    assert victim.read_text("utf-8") == "{\"mine\": true}"


def _wait_for_sigterm_handler(pid: int, timeout: float = 60.0) -> None:
    """Wait until the process catches SIGTERM (Linux SigCgt mask): on a loaded machine start-up is slow."""
    status = Path(f"/proc/{pid}/status")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        caught = next((line.split()[1] for line in status.read_text().splitlines()
                       if line.startswith("SigCgt:")), "0")
        if int(caught, 16) & (1 << (signal.SIGTERM - 1)):
            return
        time.sleep(0.02)
    raise AssertionError(f"process {pid} never installed its SIGTERM handler")


def test_sigterm_leaves_the_previous_timeline_intact(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    previous = out / "big.events.json"
    previous.write_text("previous", "utf-8")
    big = tmp_path / "big.txt"
    big.write_text(GOOD * 20_000, "utf-8")  # long enough to be interrupted while building
    process = subprocess.Popen(
        [sys.executable, "-m", "newstimeline.cli", "build", str(big), "--out", str(out),
         "--dct", "2022-03-03"], stderr=subprocess.PIPE, stdout=subprocess.PIPE)
    _wait_for_sigterm_handler(process.pid)
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=60)
    assert process.returncode == 128 + signal.SIGTERM
    assert previous.read_text("utf-8") == "previous"
    assert sorted(os.listdir(out)) == ["big.events.json"]
