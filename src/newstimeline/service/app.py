"""The FastAPI application: tag text, build timelines (JSON or the page), with limits.

The pipeline is CPU-bound and synchronous, so each request runs it on a small thread pool under a
time limit; the event loop stays free to answer /healthz and to refuse oversized bodies.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import logging
import os
import re
import threading
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any, TypeVar

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newstimeline import __version__
from newstimeline.ingest import IngestError, decode, document_id
from newstimeline.ingest.encoding import DecodeError
from newstimeline.models import Document, Timeline, TimelineError
from newstimeline.pipeline import BuildOptions, process_document, timeline_from
from newstimeline.render.html import timeline_html
from newstimeline.render.json_out import timeline_json
from newstimeline.service.schemas import (
    ErrorBody,
    Health,
    TagRequest,
    TagResponse,
    TimelineRequest,
)
from newstimeline.timex import tag

log = logging.getLogger("newstimeline.service")
T = TypeVar("T")

MEGABYTE = 1024 * 1024
ENV_PREFIX = "NEWSTIMELINE_"


@dataclass(frozen=True, slots=True)
class ServiceSettings:
    """Limits of one server process."""

    max_body_bytes: int = 5 * MEGABYTE
    time_limit: float = 10.0
    threads: int = 2

    @classmethod
    def from_environment(cls) -> ServiceSettings:
        """Settings from NEWSTIMELINE_MAX_BODY_BYTES, _TIME_LIMIT and _THREADS (for server workers)."""
        defaults = cls()
        return cls(
            max_body_bytes=int(os.environ.get(f"{ENV_PREFIX}MAX_BODY_BYTES", defaults.max_body_bytes)),
            time_limit=float(os.environ.get(f"{ENV_PREFIX}TIME_LIMIT", defaults.time_limit)),
            threads=int(os.environ.get(f"{ENV_PREFIX}THREADS", defaults.threads)),
        )

    def environment(self) -> dict[str, str]:
        """These settings as the environment variables that ``from_environment`` reads."""
        return {f"{ENV_PREFIX}MAX_BODY_BYTES": str(self.max_body_bytes),
                f"{ENV_PREFIX}TIME_LIMIT": str(self.time_limit),
                f"{ENV_PREFIX}THREADS": str(self.threads)}


class InputError(Exception):
    """A request that is well-formed but cannot be processed; becomes a 422 with a JSON body."""

    def __init__(self, code: str, message: str, details: list[dict[str, Any]] | None = None):
        super().__init__(message)
        self.code, self.message, self.details = code, message, details


class TimeLimitExceeded(Exception):
    """The pipeline did not finish within the per-request time limit."""


def _error(status: int, code: str, message: str,
           details: list[dict[str, Any]] | None = None) -> JSONResponse:
    body = ErrorBody(error=code, message=message, details=details)
    return JSONResponse(body.model_dump(exclude_none=True), status_code=status)


class BodyLimit:
    """ASGI middleware: refuse a request body larger than ``limit`` bytes with a 413, unread.

    The body is read here (at most ``limit`` bytes, declared length or not) and replayed to the
    application, so a chunked upload cannot slip past a Content-Length check.
    """

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        too_large = _error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "body_too_large",
                           f"the request body exceeds the limit of {self.limit} bytes")
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await too_large(scope, receive, send)
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.limit:
                await too_large(scope, receive, send)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _document(name: str, text: str, date: dt.date | None = None) -> Document:
    """An article from a request as `timeline build` reads a file: empty or NUL-laden text fails."""
    if _LONE_SURROGATE.search(text):
        raise IngestError("not valid UTF-8: the text holds a lone surrogate")
    try:
        clean, _ = decode(text.encode("utf-8"), name)
    except DecodeError as exc:
        raise IngestError(str(exc)) from exc
    return Document(id=document_id(name, clean), path=name, title=None, text=clean,
                    metadata_date=date)


def _tag(request: TagRequest) -> TagResponse:
    try:
        document = _document("text", request.text)
    except IngestError as exc:
        raise InputError("unreadable_text", f"text: {exc}") from exc
    options = BuildOptions(dct=request.dct, reference_date=request.reference_date)
    info, _ = process_document(document, options)
    return TagResponse(dct=info.dct, expressions=tag(document.text, info.dct.date))


def _timeline(request: TimelineRequest) -> Timeline:
    documents: list[Document] = []
    errors: list[TimelineError] = []
    for article in request.documents:
        try:
            documents.append(_document(article.name, article.text, article.date))
        except IngestError as exc:
            errors.append(TimelineError(path=article.name, reason=str(exc)))
    if not documents:
        raise InputError("no_readable_document", "none of the documents could be read",
                         [error.model_dump() for error in errors])
    options = BuildOptions(dct=request.dct, year=request.year,
                           reference_date=request.reference_date)
    return timeline_from(documents, request.name, options, errors=errors)


class _Pool:
    """The pipeline's threads, started on first use and again after a lifespan shut them down."""

    def __init__(self, threads: int) -> None:
        self.threads = threads
        self._executor: ThreadPoolExecutor | None = None
        self._lock = threading.Lock()

    def executor(self) -> ThreadPoolExecutor:
        with self._lock:
            if self._executor is None:
                self._executor = ThreadPoolExecutor(self.threads, thread_name_prefix="pipeline")
            return self._executor

    def shutdown(self) -> None:
        with self._lock:
            if self._executor is not None:
                self._executor.shutdown(wait=False, cancel_futures=True)
                self._executor = None


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    413: {"model": ErrorBody, "description": "The request body is larger than the limit."},
    422: {"model": ErrorBody, "description": "The request is malformed or holds no readable text."},
    503: {"model": ErrorBody,
          "description": "No answer within the per-request time limit (queueing included)."},
}


def create_app(settings: ServiceSettings | None = None) -> FastAPI:
    """The API as an ASGI application with the given limits."""
    settings = settings or ServiceSettings()
    pool = _Pool(settings.threads)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        pool.shutdown()

    app = FastAPI(
        title="newstimeline",
        version=__version__,
        summary="Time expressions and event timelines from news articles.",
        lifespan=lifespan,
    )
    app.add_middleware(BodyLimit, limit=settings.max_body_bytes)

    async def run(work: Callable[[Any], T], request: Any) -> T:
        loop = asyncio.get_running_loop()
        future = loop.run_in_executor(pool.executor(), functools.partial(work, request))
        try:
            return await asyncio.wait_for(future, settings.time_limit)
        except TimeoutError as exc:
            # The limit covers queueing too, so an overloaded server sheds work: a request still
            # queued is cancelled; one already running finishes in its thread (threads cannot be
            # killed), and the pool's size bounds such work. The client gets its answer now.
            raise TimeLimitExceeded from exc

    @app.exception_handler(InputError)
    async def input_error(_: Request, exc: InputError) -> JSONResponse:
        return _error(HTTPStatus.UNPROCESSABLE_ENTITY, exc.code, exc.message, exc.details)

    @app.exception_handler(TimeLimitExceeded)
    async def time_limit(_: Request, exc: TimeLimitExceeded) -> JSONResponse:
        return _error(HTTPStatus.SERVICE_UNAVAILABLE, "time_limit_exceeded",
                      f"no answer within the limit of {settings.time_limit:g} s (waiting and processing)")

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        # Location, message and type only: echoing the input back could return megabytes.
        details = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
                   for e in exc.errors()]
        return _error(HTTPStatus.UNPROCESSABLE_ENTITY, "validation_error",
                      "the request does not match the API schema (see /docs)", details)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = HTTPStatus(exc.status_code).phrase.lower().replace(" ", "_")
        return _error(exc.status_code, code, str(exc.detail))

    @app.exception_handler(Exception)
    async def crashed(request: Request, exc: Exception) -> JSONResponse:
        # The traceback goes to the server's log, never to the client.
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return _error(HTTPStatus.INTERNAL_SERVER_ERROR, "internal_error",
                      "the server failed to process this request")

    @app.get("/healthz", response_model=Health, tags=["service"])
    async def healthz() -> Health:
        """Liveness: the server is up and answering."""
        return Health(status="ok", version=__version__)

    @app.post("/v1/tag", response_class=Response, tags=["timex"],
              responses={200: {"model": TagResponse, "description": "The DCT and the expressions."},
                         **ERROR_RESPONSES})
    async def tag_text(request: TagRequest) -> Response:
        """The time expressions of one text, resolved against its DCT (given or found)."""
        # Serialized by the model itself: FastAPI would validate the answer a second time.
        answer = await run(_tag, request)
        return Response(answer.model_dump_json(), media_type="application/json")

    @app.post("/v1/timeline", response_class=Response, tags=["timeline"],
              responses={200: {"model": Timeline, "description": "events.json of the documents."},
                         **ERROR_RESPONSES})
    async def build_json(request: TimelineRequest) -> Response:
        """One timeline from the documents: the events JSON that `timeline build` writes."""
        timeline = await run(_timeline, request)
        return Response(timeline_json(timeline), media_type="application/json")

    @app.post("/v1/timeline.html", response_class=HTMLResponse, tags=["timeline"],
              responses=ERROR_RESPONSES)
    async def build_html(request: TimelineRequest) -> HTMLResponse:
        """One timeline from the documents: the interactive page (plotly.js embedded)."""
        timeline = await run(_timeline, request)
        return HTMLResponse(timeline_html(timeline))

    return app


def app_from_environment() -> FastAPI:
    """Factory for server workers: the settings come from NEWSTIMELINE_* variables."""
    return create_app(ServiceSettings.from_environment())
