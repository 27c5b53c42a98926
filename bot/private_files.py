"""Files only the assistant's own account may read: `var/` (generated secrets, the SQLite
database, media and receipts) is a 0700 folder and what is written there is 0600."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def _tighten(path: Path, mode: int) -> None:
    """Take group and other permissions away from something of ours made before this rule."""
    status = path.stat()
    if status.st_mode & 0o077 and status.st_uid == os.getuid():
        path.chmod(mode)


def private_dir(path: Path) -> Path:
    """The folder, created 0700 if missing, and made 0700 if it is ours and open to others."""
    path.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    _tighten(path, PRIVATE_DIR_MODE)
    return path


def private_file(path: Path) -> Path:
    """The file, created empty with 0600 if missing, and made 0600 if it is ours and open."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE))
    _tighten(path, PRIVATE_FILE_MODE)
    return path


def create_once(path: Path, text: str) -> None:
    """Write `text` to `path` (0600) unless a file is there already.

    The text goes to a temporary file first, which is then hard-linked into place: a reader
    never sees a half-written file, and of two processes starting at once the first link wins
    and the second keeps the winner's content.
    """
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(descriptor, "w") as handle:  # mkstemp creates it 0600
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(FileExistsError):
            os.link(temporary, path)
    finally:
        os.unlink(temporary)
