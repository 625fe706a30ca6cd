"""The HTTP service (`timeline serve`). The app lives in ``service.app`` and needs the [serve] extra
(FastAPI, uvicorn); this package imports nothing of it, so the CLI runs without the extra.
"""
