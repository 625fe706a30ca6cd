"""Documents per second of `build_timeline` for 1 and N local workers and a Dask LocalCluster.

    python benchmarks/scale_build.py --documents 1500 --workers 2 [--repeat 2] [--cpu]

All runs build the same generated corpus (benchmarks/scale_corpus.py) and must produce the same
events.json bytes; the table gives each run's wall time (pool start-up included) and its speed-up
over one worker. The Dask cluster is started before timing, as when pointing at an existing one.
``--cpu`` adds the CPU seconds each way spends and the cores it actually obtained, which tells
pool overhead apart from a machine busy with other work.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import multiprocessing
import os
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.scale_corpus import write_corpus

from newstimeline.ingest import Source, discover
from newstimeline.models import Timeline
from newstimeline.parallel import batch_size, run_batch
from newstimeline.pipeline import BuildOptions, build_timeline
from newstimeline.render.json_out import timeline_json

REFERENCE = dt.date(2026, 11, 28)


def _timed(build: Callable[[], Timeline], repeat: int) -> tuple[float, str, int]:
    """Best wall time of ``repeat`` builds, the digest of the output, and its event count."""
    best = float("inf")
    digest, events = "", 0
    for _ in range(repeat):
        start = time.perf_counter()
        timeline = build()
        best = min(best, time.perf_counter() - start)
        digest = hashlib.sha256(timeline_json(timeline).encode()).hexdigest()[:12]
        events = len(timeline.events)
    return best, digest, events


def _timed_batch(items: list[Source], options: BuildOptions) -> float:
    """CPU seconds one worker spends on a batch (the results are dropped)."""
    start = time.process_time()
    run_batch(items, options)
    return time.process_time() - start


def cpu_accounting(paths: list[str], options: BuildOptions, workers: int) -> None:
    """CPU spent and cores obtained, one process vs a pool: separates overhead from contention."""
    sources, _ = discover(paths)
    wall, cpu = time.perf_counter(), time.process_time()
    run_batch(sources, options)
    serial_wall, serial_cpu = time.perf_counter() - wall, time.process_time() - cpu
    context = multiprocessing.get_context("forkserver")
    size = batch_size(len(sources), workers)
    batches = [sources[i:i + size] for i in range(0, len(sources), size)]
    wall, cpu = time.perf_counter(), time.process_time()
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        worker_cpu = sum(pool.map(_timed_batch, batches, [options] * len(batches)))
    pool_wall, parent_cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"\nCPU accounting: 1 process {serial_cpu:.2f} s CPU in {serial_wall:.2f} s "
          f"({serial_cpu / serial_wall:.2f} cores obtained); pool of {workers}: workers "
          f"{worker_cpu:.2f} s + main {parent_cpu:.2f} s CPU in {pool_wall:.2f} s "
          f"({(worker_cpu + parent_cpu) / pool_wall:.2f} cores obtained)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1500)
    parser.add_argument("--workers", type=int, default=2, help="pool and cluster size")
    parser.add_argument("--repeat", type=int, default=1, help="take the best of this many runs")
    parser.add_argument("--no-dask", action="store_true", help="skip the Dask LocalCluster run")
    parser.add_argument("--cpu", action="store_true",
                        help="also account CPU time: pool overhead apart from machine contention")
    args = parser.parse_args()

    options = BuildOptions(reference_date=REFERENCE)
    with tempfile.TemporaryDirectory(prefix="newstimeline-scale-") as folder:
        corpus = Path(folder) / "corpus"
        write_corpus(corpus, args.documents)
        paths = [str(corpus)]
        runs: list[tuple[str, float, str, int]] = []
        seconds, digest, events = _timed(lambda: build_timeline(paths, "scale", options),
                                         args.repeat)
        runs.append(("local, 1 worker", seconds, digest, events))
        seconds, digest, events = _timed(
            lambda: build_timeline(paths, "scale", options, workers=args.workers), args.repeat)
        runs.append((f"local, {args.workers} workers", seconds, digest, events))
        if not args.no_dask:
            from distributed import Client, LocalCluster

            started = time.perf_counter()
            with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                              dashboard_address=":0") as cluster, Client(cluster):
                startup = time.perf_counter() - started
                address = cluster.scheduler_address
                seconds, digest, events = _timed(
                    lambda: build_timeline(paths, "scale", options, scheduler=address),
                    args.repeat)
            runs.append((f"dask LocalCluster, {args.workers} procs", seconds, digest, events))
            print(f"(dask LocalCluster start-up, not in the table: {startup:.2f} s)")
        if args.cpu:
            cpu_accounting(paths, options, args.workers)

    base = runs[0][1]
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(f"\n{args.documents} generated articles, best of {args.repeat}; {os.cpu_count()} CPUs, "
          f"load average {load} (other work on the machine slows every row)")
    print(f"{'engine':<30} {'seconds':>8} {'docs/s':>8} {'speed-up':>9} {'events':>7}  output")
    for label, seconds, digest, events in runs:
        print(f"{label:<30} {seconds:>8.2f} {args.documents / seconds:>8.1f} "
              f"{base / seconds:>8.2f}x {events:>7}  sha256:{digest}")
    if len({digest for _, _, digest, _ in runs}) != 1:
        sys.exit("outputs differ between engines: this is a bug")
    print("all outputs identical")


if __name__ == "__main__":
    main()
