"""Where the per-document stage runs: this process, a local process pool, or a Dask cluster.

Every engine maps ``pipeline.process_source`` over the sources and hands the results back in
source order, so the cross-document part (ordering, merging) sees the same input whichever ran it.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import ExitStack
from dataclasses import dataclass
from itertools import islice
from typing import Literal, overload

from newstimeline.ingest import Source, read_documents
from newstimeline.models import Document, TimelineError
from newstimeline.pipeline import BuildOptions, SourceResult, process_source

Engine = Literal["local", "dask"]
ENGINES: tuple[Engine, ...] = ("local", "dask")


@dataclass(frozen=True, slots=True)
class Located:
    """A file for a remote worker: read at its absolute ``location``, reported by ``name``.

    Workers on other machines do not share the client's working directory, so a relative path
    would not find the file there; the output still names it as the user gave it.
    """

    name: str
    location: str


Item = Source | Located | Document | TimelineError
"""One unit of work: a path for the worker to read, an article already read, or a read failure."""

Progress = Callable[[int, int], None]
"""Called as ``progress(done, total)``: once with 0 before work starts, then as documents finish."""

# Documents per task: large enough that pickling and scheduling cost little next to the work
# (a news article takes milliseconds), small enough that the progress bar moves and work spreads.
MAX_BATCH = 32
BATCHES_PER_WORKER = 8
# Batches per worker submitted ahead of the one being handed on (bounds results held waiting).
IN_FLIGHT = 2


class EngineError(RuntimeError):
    """The engine itself failed (not one document): the message says how."""


class EngineUnavailable(EngineError):
    """The chosen engine needs an optional extra that is not installed."""


def batch_size(count: int, workers: int) -> int:
    """Documents per task for ``count`` documents on ``workers`` workers."""
    return max(1, min(MAX_BATCH, count // max(1, workers * BATCHES_PER_WORKER)))


@overload
def map_sources(
    sources: Sequence[Source | Document], options: BuildOptions, *, workers: int = 1,
    engine: Engine = "local", scheduler: str | None = None, progress: Progress | None = None,
    ship_text: bool = False, lazy: Literal[False] = False,
) -> list[SourceResult]: ...


@overload
def map_sources(
    sources: Sequence[Source | Document], options: BuildOptions, *, workers: int = 1,
    engine: Engine = "local", scheduler: str | None = None, progress: Progress | None = None,
    ship_text: bool = False, lazy: Literal[True],
) -> Iterator[SourceResult]: ...


def map_sources(
    sources: Sequence[Source | Document], options: BuildOptions, *, workers: int = 1,
    engine: Engine = "local", scheduler: str | None = None, progress: Progress | None = None,
    ship_text: bool = False, lazy: bool = False,
) -> list[SourceResult] | Iterator[SourceResult]:
    """Run the per-document stage on every source; results come back in source order.

    ``ship_text`` reads every file here and sends the text, for workers that cannot see the paths.
    ``lazy`` yields each result as soon as it and those before it are done, so that a caller
    can shrink them as they come instead of holding every document's events at once.
    """
    if workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    if scheduler is not None:
        engine = "dask"
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r} (choose from {', '.join(ENGINES)})")
    items = _shippable(sources, options, ship_text)
    if engine == "dask":
        items = [_located(item) for item in items]
    report = progress or _silent
    report(0, len(items))
    if engine == "dask":
        results = _map_dask(items, options, workers, scheduler, report)
    elif workers == 1 or len(items) <= 1:
        results = _map_serial(items, options, report)
    else:
        results = _map_pool(items, options, workers, report)
    return results if lazy else list(results)


def _silent(done: int, total: int) -> None:
    """The progress callback used when nobody is watching."""


def _shippable(sources: Sequence[Source | Document], options: BuildOptions,
               read_all: bool = False) -> list[Item]:
    """Sources a worker can read itself; standard input (or, with ``read_all``, every file) is
    read here, once, into its Documents (one file may hold many)."""
    items: list[Item] = []
    for source in sources:
        if isinstance(source, Document) or (source.path != "-" and not read_all):
            items.append(source)
            continue
        read = read_documents(source, options.read)
        items.extend(read.documents)
        items.extend(read.errors)
    return items


def _located(item: Item) -> Item:
    if isinstance(item, Source) and not os.path.isabs(item.path):
        return Located(name=item.path, location=os.path.abspath(item.path))
    return item


def _run(item: Item, options: BuildOptions) -> SourceResult:
    if isinstance(item, TimelineError):  # standard input that could not be read
        return [], [], [item]
    if isinstance(item, Located):
        infos, events, errors = process_source(Source(item.location), options)
        # Report the file by the name it was given, as the local build does.
        return ([info.model_copy(update={"path": item.name}) for info in infos], events,
                [error.model_copy(update={"path": item.name}) for error in errors])
    return process_source(item, options)


def _map_serial(items: Sequence[Item], options: BuildOptions,
                report: Progress) -> Iterator[SourceResult]:
    for done, item in enumerate(items, start=1):
        yield _run(item, options)
        report(done, len(items))


def _map_pool(items: Sequence[Item], options: BuildOptions, workers: int,
              report: Progress) -> Iterator[SourceResult]:
    # forkserver: workers start from a clean, single-threaded server with the pipeline imported,
    # not as forks of a parent that may be running threads (a server, a Dask client, tests).
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    if method == "forkserver":
        context.set_forkserver_preload(["newstimeline.pipeline"])
    size = batch_size(len(items), workers)
    batches = [items[i:i + size] for i in range(0, len(items), size)]
    done = 0
    try:
        with ProcessPoolExecutor(max_workers=min(workers, len(batches)),
                                 mp_context=context) as pool:
            # At most IN_FLIGHT batches per worker submitted and not yet handed on: a caller that
            # packs results more slowly than the workers make them must not pile them all up.
            waiting = iter(batches)
            pending: deque[Future[list[SourceResult]]] = deque(
                pool.submit(run_batch, batch, options)
                for batch in islice(waiting, IN_FLIGHT * workers))
            while pending:
                # Taken in submission order, which is what keeps the output byte-identical.
                batch_results = pending.popleft().result()
                following = next(waiting, None)
                if following is not None:
                    pending.append(pool.submit(run_batch, following, options))
                done += len(batch_results)
                report(done, len(items))
                yield from batch_results
    except BrokenProcessPool as exc:
        raise EngineError("a worker process died (killed, or out of memory?); "
                          "try fewer --workers") from exc


def run_batch(items: Sequence[Item], options: BuildOptions) -> list[SourceResult]:
    """The per-document unit over a batch, in order: one task for a pool or a Dask worker."""
    return [_run(item, options) for item in items]


def _map_dask(items: Sequence[Item], options: BuildOptions, workers: int,
              scheduler: str | None, report: Progress) -> Iterator[SourceResult]:
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError as exc:
        raise EngineUnavailable(
            "the dask engine needs the [dask] extra: pip install 'newstimeline[dask]'") from exc
    with ExitStack() as stack:
        if scheduler is None:
            cluster = stack.enter_context(LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True,
                dashboard_address=":0"))
            client = stack.enter_context(Client(cluster))
        else:
            client = stack.enter_context(Client(scheduler))
        slots = max(1, sum(client.nthreads().values()))
        size = batch_size(len(items), slots)
        batches = [list(items[i:i + size]) for i in range(0, len(items), size)]
        futures = client.map(run_batch, batches, options=options, pure=False)
        index = {future.key: number for number, future in enumerate(futures)}
        collected: dict[int, list[SourceResult]] = {}
        done = following = 0
        # Batches finish in any order (the bar follows them); they are handed on in input order.
        for future, batch_results in as_completed(futures, with_results=True):
            collected[index[future.key]] = batch_results
            done += len(batch_results)
            report(done, len(items))
            while following in collected:
                yield from collected.pop(following)
                following += 1


def default_workers() -> int:
    """The number of CPUs this process may use (the pool's size for ``--workers 0``)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


__all__ = ["ENGINES", "Engine", "EngineError", "EngineUnavailable", "Item", "Located", "Progress",
           "batch_size", "default_workers", "map_sources", "run_batch"]
