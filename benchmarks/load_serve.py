"""Load on `timeline serve` over loopback: N concurrent clients for S seconds.

    python benchmarks/load_serve.py --clients 50 --seconds 30 --endpoint tag

Starts `timeline serve` on 127.0.0.1 (a free port), waits for /healthz, then runs the clients
(httpx, asyncio) each sending requests back to back with a generated article, and prints
requests per second, p50/p99 latency and the error count. The server is stopped at the end.
Client and server share the machine: on 2 cores the clients take CPU from the server.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.scale_corpus import write_corpus

HOST = "127.0.0.1"  # loopback only: this benchmark never sends traffic anywhere else
ARTICLES = 20
START_TIMEOUT = 30.0


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        port: int = probe.getsockname()[1]
        return port


def _articles() -> list[str]:
    with tempfile.TemporaryDirectory(prefix="newstimeline-load-") as folder:
        return [path.read_text("utf-8") for path in write_corpus(Path(folder), ARTICLES, seed=3)]


def _body(endpoint: str, text: str) -> dict[str, Any]:
    if endpoint == "tag":
        return {"text": text, "reference_date": "2026-11-28"}
    return {"reference_date": "2026-11-28", "documents": [{"name": "story.txt", "text": text}]}


async def _client(base: str, endpoint: str, articles: list[str], deadline: float, seed: int,
                  latencies: list[float], errors: list[str]) -> None:
    rng = random.Random(seed)
    path = {"tag": "/v1/tag", "timeline": "/v1/timeline"}[endpoint]
    async with httpx.AsyncClient(base_url=base, timeout=60.0) as client:
        while time.perf_counter() < deadline:
            body = _body(endpoint, rng.choice(articles))
            start = time.perf_counter()
            try:
                response = await client.post(path, json=body)
            except httpx.HTTPError as exc:
                errors.append(type(exc).__name__)
                continue
            latencies.append(time.perf_counter() - start)
            if response.status_code != 200:
                errors.append(str(response.status_code))


async def _load(base: str, endpoint: str, clients: int, seconds: float) -> tuple[
        list[float], list[str], float]:
    articles = _articles()
    latencies: list[float] = []
    errors: list[str] = []
    start = time.perf_counter()
    deadline = start + seconds
    await asyncio.gather(*(_client(base, endpoint, articles, deadline, number, latencies, errors)
                           for number in range(clients)))
    return latencies, errors, time.perf_counter() - start


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] if ordered else float("nan")


def _wait_healthy(base: str, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(f"timeline serve exited with code {server.returncode}")
        try:
            if httpx.get(f"{base}/healthz", timeout=1.0).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    sys.exit("timeline serve did not become healthy in time")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--endpoint", choices=["tag", "timeline"], default="tag")
    parser.add_argument("--server-workers", type=int, default=1, help="uvicorn processes")
    parser.add_argument("--threads", type=int, default=2, help="pipeline threads per process")
    args = parser.parse_args()

    port = _free_port()
    base = f"http://{HOST}:{port}"
    timeline = Path(sys.executable).with_name("timeline")
    server = subprocess.Popen(
        [str(timeline), "serve", "--host", HOST, "--port", str(port), "--log-level", "warning",
         "--workers", str(args.server_workers), "--threads", str(args.threads)])
    try:
        _wait_healthy(base, server)
        latencies, errors, elapsed = asyncio.run(
            _load(base, args.endpoint, args.clients, args.seconds))
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(f"\nPOST /v1/{args.endpoint}: {args.clients} clients for {args.seconds:g} s on loopback, "
          f"{args.server_workers} server process(es) x {args.threads} pipeline threads; "
          f"{os.cpu_count()} CPUs, load average {load} at the end ({dt.datetime.now():%H:%M})")
    print(f"{'requests':>9} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}")
    print(f"{len(latencies):>9} {len(latencies) / elapsed:>8.1f} "
          f"{_percentile(latencies, 0.50) * 1000:>8.1f} {_percentile(latencies, 0.99) * 1000:>8.1f} "
          f"{len(errors):>7}")
    if errors:
        print("error kinds:", sorted(set(errors)))
        sys.exit(1)


if __name__ == "__main__":
    main()
