"""`python -m bot backup DIR` and `restore DIR`: everything the deployment holds, into a folder
and back out of it.

A backup holds the database (SQLite: a copy made with SQLite's backup API; PostgreSQL: a
pg_dump of every schema of the deployment), Rasa's conversation state (its SQLite tracker file,
or its schema inside the PostgreSQL dump), every media file (from the folder or the bucket),
and `manifest.json` with versions and checksums. Secrets in `var/` are not in it: keep them
with the deployment's configuration.

A restore checks the manifest and every file first, refuses a deployment that holds anything
(unless `force`), and then replaces the database, the tracker and the media. Stop the
deployment's processes while restoring; a backup may be taken while they run.
"""

from __future__ import annotations

import logging
import platform
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

from bot.backup import databases
from bot.backup.errors import BackupError
from bot.backup.manifest import Manifest
from bot.media_store import MediaStore, media_store_for, safe_name
from bot.private_files import PRIVATE_FILE_MODE, private_dir
from bot.settings import REPO_ROOT, Settings
from db.tracker_store import search_path_schema, tracker_file, tracker_schema

__all__ = ["BackupError", "backup", "restore"]

log = logging.getLogger(__name__)

SQLITE_FILE = "database.sqlite"
DUMP_FILE = "database.pgdump"
TRACKER_FILE = "rasa-tracker.sqlite"
MEDIA_FOLDER = "media"


def _assistant_version() -> str | None:
    """The checkout's commit, when it is a git checkout."""
    try:
        result = subprocess.run(
            ["git", "rev-parse", "HEAD"],  # noqa: S607
            cwd=REPO_ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
    except OSError:
        return None
    return result.stdout.strip() or None


def _is_postgres(settings: Settings) -> bool:
    return settings.DATABASE_URL.startswith("postgresql")


def _schemas(settings: Settings) -> list[str]:
    return databases.deployment_schemas(settings.DATABASE_URL, tracker_file(settings) is None)


def _prepare_target(folder: Path) -> None:
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise BackupError(f"{folder}: not an empty folder; give a new one for each backup")
    private_dir(folder)


def backup(settings: Settings, folder: Path) -> Manifest:
    """Write everything the deployment holds into `folder` (new or empty). A backup that
    fails half-way leaves the folder empty again: nothing in it looks like a backup."""
    _prepare_target(folder)
    try:
        return _write_backup(settings, folder)
    except BaseException:
        for path in list(folder.iterdir()):
            shutil.rmtree(path) if path.is_dir() else path.unlink()
        raise


def _write_backup(settings: Settings, folder: Path) -> Manifest:
    url = settings.DATABASE_URL
    if not _is_postgres(settings) and not databases.sqlite_file(url).is_file():
        raise BackupError(f"{databases.sqlite_file(url)}: no such database file (DATABASE_URL)")
    versions: dict[str, str | None] = {
        "assistant": _assistant_version(),
        "python": platform.python_version(),
        "database_server": databases.server_version(url),
        "migration": databases.alembic_revision(url),
    }
    store = media_store_for(settings)
    manifest = Manifest(
        created_at=datetime.now(UTC).isoformat(timespec="seconds"),
        versions=versions,
        database={"dialect": "postgresql" if _is_postgres(settings) else "sqlite"},
        tracker={},
        media={"from": store.description},
    )
    if _is_postgres(settings):
        schemas = _schemas(settings)
        versions["pg_dump"] = databases.postgres_tool_version()
        databases.pg_dump(url, schemas, folder / DUMP_FILE)
        manifest.database.update(file=DUMP_FILE, schemas=schemas)
        manifest.record(folder, DUMP_FILE)
    else:
        databases.sqlite_copy(databases.sqlite_file(url), folder / SQLITE_FILE)
        manifest.database["file"] = SQLITE_FILE
        manifest.record(folder, SQLITE_FILE)
    _backup_tracker(settings, folder, manifest)
    manifest.media["files"] = _backup_media(store, folder, manifest)
    manifest.write(folder)
    log.info("backup written: %d file(s)", len(manifest.files))
    return manifest


def _backup_tracker(settings: Settings, folder: Path, manifest: Manifest) -> None:
    path = tracker_file(settings)
    if path is None:
        manifest.tracker = {"kind": "postgresql", "schema": tracker_schema(settings.DATABASE_URL)}
    elif path.exists():
        databases.sqlite_copy(path, folder / TRACKER_FILE)
        manifest.tracker = {"kind": "sqlite", "file": TRACKER_FILE}
        manifest.record(folder, TRACKER_FILE)
    else:  # Rasa has not run yet: no conversation state to keep
        manifest.tracker = {"kind": "sqlite", "file": None}


def _backup_media(store: MediaStore, folder: Path, manifest: Manifest) -> int:
    count = 0
    for name in store.names():
        data = store.read(name)
        clean = safe_name(name)
        if data is None or clean is None:
            continue
        path = folder / MEDIA_FOLDER / clean
        private_dir(path.parent)
        path.write_bytes(data)
        path.chmod(PRIVATE_FILE_MODE)
        manifest.record(folder, f"{MEDIA_FOLDER}/{clean}")
        count += 1
    return count


def restore(settings: Settings, folder: Path, *, force: bool = False) -> Manifest:
    """Replace everything the deployment holds with the backup in `folder`. Refuses, changing
    nothing, when the backup is incomplete or altered, does not fit this deployment, or (unless
    `force`) the deployment holds data already."""
    manifest = Manifest.read(folder)
    _check_fits(settings, manifest)
    held = what_is_held(settings)
    if held and not force:
        raise BackupError(
            "the deployment is not empty ("
            + ", ".join(f"{count} {what}" for what, count in held.items())
            + "); stop its processes and restore with --force to replace all of it"
        )
    url = settings.DATABASE_URL
    if manifest.database["dialect"] == "postgresql":
        databases.pg_restore(url, manifest.database["schemas"], folder / DUMP_FILE)
    else:
        databases.sqlite_copy(folder / SQLITE_FILE, databases.sqlite_file(url))
    _restore_tracker(settings, folder, manifest)
    _restore_media(media_store_for(settings), folder, manifest)
    log.info("backup restored: %d file(s)", len(manifest.files))
    return manifest


def _check_fits(settings: Settings, manifest: Manifest) -> None:
    """The backup's database and tracker are of the kind this deployment uses, and its
    migration is one this code knows."""
    dialect = "postgresql" if _is_postgres(settings) else "sqlite"
    if manifest.database.get("dialect") != dialect:
        raise BackupError(
            f"the backup holds a {manifest.database.get('dialect')} database; DATABASE_URL "
            f"here is {dialect}"
        )
    tracker_here = "postgresql" if tracker_file(settings) is None else "sqlite"
    if manifest.tracker.get("kind") != tracker_here:
        raise BackupError(
            f"the backup keeps Rasa's conversations in {manifest.tracker.get('kind')}; this "
            f"deployment keeps them in {tracker_here} (RASA_TRACKER_DB)"
        )
    if dialect == "postgresql" and search_path_schema(settings.DATABASE_URL) is not None:
        schemas = _schemas(settings)  # the deployment is one schema (and Rasa's) by name
        if manifest.database.get("schemas") != schemas:
            raise BackupError(
                f"the backup holds schemas {manifest.database.get('schemas')}; DATABASE_URL "
                f"here uses {schemas}"
            )
    migration = manifest.versions.get("migration")
    if migration is not None and migration not in known_migrations():
        raise BackupError(
            f"the backup's database is at migration {migration}, which this version of the "
            "assistant does not know: restore it with the version that made it, or a newer one"
        )


def known_migrations() -> set[str]:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(Config(str(REPO_ROOT / "alembic.ini")))
    return {script.revision for script in scripts.walk_revisions()}


def what_is_held(settings: Settings) -> dict[str, int]:
    """What the deployment holds now, by kind; empty for a fresh (even migrated) deployment."""
    url = settings.DATABASE_URL
    held: dict[str, int] = {}
    schemas = _schemas(settings) if _is_postgres(settings) else None
    rows = databases.held_rows(url, schemas)
    if rows:
        held["database rows"] = sum(rows.values())
    path = tracker_file(settings)
    if path is not None and path.exists():
        events = databases.held_rows(f"sqlite:///{path}")
        if events:
            held["Rasa events"] = sum(events.values())
    files = sum(1 for _ in media_store_for(settings).names())
    if files:
        held["media files"] = files
    return held


def _restore_tracker(settings: Settings, folder: Path, manifest: Manifest) -> None:
    path = tracker_file(settings)
    if path is None:
        return  # inside the PostgreSQL dump
    if manifest.tracker.get("file"):
        databases.sqlite_copy(folder / manifest.tracker["file"], path)
    else:
        path.unlink(missing_ok=True)  # the backup's deployment had no conversations yet


def _restore_media(store: MediaStore, folder: Path, manifest: Manifest) -> None:
    for name in list(store.names()):
        store.delete(name)
    prefix = f"{MEDIA_FOLDER}/"
    for relative in manifest.files:
        if relative.startswith(prefix):
            store.put(relative.removeprefix(prefix), (folder / relative).read_bytes())
