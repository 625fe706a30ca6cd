"""`timeline serve`: run the HTTP API with uvicorn (kept import-light: the extra is optional)."""

from __future__ import annotations

import ipaddress
import os

import click

LOOPBACK_NAMES = frozenset({"localhost"})


def _is_loopback(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind (loopback by default; the API has no authentication).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--max-body-bytes", type=click.IntRange(min=1), default=5 * 1024 * 1024,
              show_default=True, help="Largest request body accepted (413 above it).")
@click.option("--time-limit", type=click.FloatRange(min=0, min_open=True), default=10.0,
              show_default=True, help="Seconds a request may take before a 503 answer.")
@click.option("--threads", type=click.IntRange(min=1), default=2, show_default=True,
              help="Pipeline threads per server process.")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Server processes (uvicorn workers).")
@click.option("--log-level", type=click.Choice(["critical", "error", "warning", "info", "debug"]),
              default="info", show_default=True)
def serve(host: str, port: int, max_body_bytes: int, time_limit: float, threads: int,
          workers: int, log_level: str) -> None:
    """Serve the API over HTTP: POST /v1/tag, /v1/timeline, /v1/timeline.html; docs at /docs."""
    try:
        import uvicorn

        from newstimeline.service.app import ServiceSettings
    except ImportError as exc:
        raise click.ClickException(
            f"timeline serve needs the [serve] extra: pip install 'newstimeline[serve]' ({exc})"
        ) from exc
    if not _is_loopback(host):
        click.echo(f"warning: binding to {host}: the API is reachable from other machines and "
                   "has no authentication", err=True)
    settings = ServiceSettings(max_body_bytes=max_body_bytes, time_limit=time_limit,
                               threads=threads)
    # Worker processes build the app from the environment, so the settings travel through it.
    os.environ.update(settings.environment())
    uvicorn.run("newstimeline.service.app:app_from_environment", factory=True, host=host,
                port=port, workers=workers, log_level=log_level)
