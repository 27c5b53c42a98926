"""A backup folder's `manifest.json`: what the backup holds, from which versions, and each
file's size and sha256, so a restore can refuse a folder that is incomplete, altered or from a
newer version of the assistant before it touches anything."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from bot.backup.errors import BackupError
from bot.media_store import safe_name

MANIFEST = "manifest.json"
FORMAT = "assembly-assistant-backup"
FORMAT_VERSION = 1


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


@dataclass
class Manifest:
    """Written last, so a backup that stopped half-way has none and is never restored."""

    created_at: str
    versions: dict[str, str | None]  # assistant, python, database server, migration, tools
    database: dict[str, Any]  # dialect, file, schemas (PostgreSQL)
    tracker: dict[str, Any]  # where Rasa's conversation state is: kind, file or schema
    media: dict[str, Any]  # the store it came from, how many files
    files: dict[str, dict[str, Any]] = field(default_factory=dict)  # path -> sha256, bytes
    format: str = FORMAT
    format_version: int = FORMAT_VERSION

    def record(self, folder: Path, relative: str) -> None:
        """Add a written file's checksum and size."""
        path = folder / relative
        self.files[relative] = {"sha256": file_digest(path), "bytes": path.stat().st_size}

    def write(self, folder: Path) -> None:
        written = folder / f".{MANIFEST}.partial"
        written.write_text(json.dumps(asdict(self), indent=2, sort_keys=True) + "\n")
        written.chmod(0o600)
        written.replace(folder / MANIFEST)

    @classmethod
    def read(cls, folder: Path) -> Manifest:
        """The folder's manifest, with every listed file present and unchanged."""
        path = folder / MANIFEST
        if not path.is_file():
            raise BackupError(f"{folder}: no {MANIFEST}; not a backup, or one that did not finish")
        try:
            data = json.loads(path.read_text())
        except (OSError, ValueError) as error:
            raise BackupError(f"{path}: not readable JSON ({error})") from None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise BackupError(f"{path}: not an Assembly Assistant backup manifest")
        if data.get("format_version") != FORMAT_VERSION:
            raise BackupError(
                f"{path}: backup format {data.get('format_version')!r}; this version reads "
                f"{FORMAT_VERSION} only"
            )
        try:
            manifest = cls(**data)
        except TypeError as error:
            raise BackupError(f"{path}: {error}") from None
        manifest.check_files(folder)
        return manifest

    def check_files(self, folder: Path) -> None:
        """Every listed file there, of its size and checksum; all problems named at once."""
        problems = []
        for relative, expected in sorted(self.files.items()):
            clean = safe_name(relative)
            path = folder / relative
            if clean is None or clean != relative:
                problems.append(f"{relative}: a path outside the backup folder")
            elif not path.is_file():
                problems.append(f"{relative}: missing")
            elif path.stat().st_size != expected.get("bytes"):
                problems.append(f"{relative}: {path.stat().st_size} bytes, not {expected['bytes']}")
            elif file_digest(path) != expected.get("sha256"):
                problems.append(f"{relative}: checksum differs: the file was changed")
        if problems:
            raise BackupError(
                f"{folder}: the backup does not match its manifest:\n  " + "\n  ".join(problems)
            )
