"""Atomic file output: write to a temporary name in the target folder, then rename."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

PUBLIC_FILE_MODE = 0o644


def write_atomic(path: Path, content: str) -> None:
    """Write ``content`` (UTF-8) so that ``path`` is either the old file or the whole new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(content)
        os.chmod(temporary, PUBLIC_FILE_MODE)  # mkstemp creates 0600; outputs are for sharing
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
