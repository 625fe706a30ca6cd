"""Bad input: a clear error naming the file and the reason; everything else still built."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from newstimeline.cli import main
from tests.conftest import SEED


def _run(tmp_path: Path, *paths: str) -> tuple[int, str, str]:
    runner = CliRunner()
    result = runner.invoke(main, ["build", *paths, "--out", str(tmp_path / "out"), "--name", "t",
                                  "--reference-date", "2026-11-28"])
    return result.exit_code, result.stdout, result.stderr


def test_missing_empty_and_binary_files_are_reported_and_the_seed_is_built(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", "utf-8")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    missing = tmp_path / "missing.txt"
    code, _, err = _run(tmp_path, str(SEED), str(empty), str(binary), str(missing))
    assert code == 1
    assert f"error: {empty}: empty file" in err
    assert f"error: {binary}: binary file" in err
    assert f"error: {missing}: no such file or directory" in err
    data = json.loads((tmp_path / "out" / "t.events.json").read_text("utf-8"))
    assert [d["path"] for d in data["documents"]] == [str(SEED)]
    assert len(data["errors"]) == 3
    assert data["events"]


def test_non_utf8_text_is_decoded_by_detection_and_reported(tmp_path: Path) -> None:
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("PARIS, 3 mars - Le président a parlé mardi.".encode("latin-1"))
    code, _, err = _run(tmp_path, str(latin))
    assert code == 0
    assert f"{latin}: not UTF-8 (byte 0xe9 at offset 21); decoded as" in err
    data = json.loads((tmp_path / "out" / "t.events.json").read_text("utf-8"))
    assert "président" in data["documents"][0]["title"]


def test_folder_without_articles_is_an_error(tmp_path: Path) -> None:
    folder = tmp_path / "nothing"
    folder.mkdir()
    (folder / "notes.pdf").write_bytes(b"%PDF")
    code, _, err = _run(tmp_path, str(folder))
    assert code == 1
    assert f"error: {folder}: folder holds no article files" in err


def test_bad_date_option_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["build", str(SEED), "--dct", "18/12/2021"])
    assert result.exit_code == 2
    assert "is not a date in the form YYYY-MM-DD" in result.output


def test_dates_outside_the_drawable_range_are_usage_errors(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["build", str(SEED), "--dct", "9999-12-31",
                                       "--out", str(tmp_path)])
    assert result.exit_code == 2
    assert "9999-12-31 is outside 1000-01-01..8999-12-31" in result.output
