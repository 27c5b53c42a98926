"""`python -m bot backup DIR` and `restore DIR`: a deployment restored into an empty one shows
staff the same members, conversations (Rasa's memory of them too) and claims with their
receipts, on SQLite with media on disk and on PostgreSQL with media in a bucket. A restore
refuses a deployment that holds data (unless --force) and a backup that was altered."""

from __future__ import annotations

import json
import subprocess
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from bot.app import create_app
from bot.backup import BackupError, backup, restore, what_is_held
from bot.media_store import MediaStoreError
from bot.settings import Settings
from db.models import Base, Conversation
from db.session import make_engine
from db.tracker_store import prepare_tracker_store, tracker_schema
from tests.bot.staff.conftest import BASE_URL, World
from tests.bot.staff.support import RECEIPT_BYTES, bearer
from tests.bot.test_roster import run_cli
from tests.conftest import POSTGRES_ADMIN_URL, make_settings
from tests.fakes.s3 import media_settings, s3_client
from tests.rasa_tracker import seed_tracker_events, tracker_texts

SAID = "I need to speak to someone about my bus fare"
PASSED_ON = [  # settings a command needs to find this deployment, beside DATABASE_URL
    "ASSEMBLY_CONFIG", "MEDIA_STORE", "S3_ENDPOINT_URL", "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY", "AWS_DEFAULT_REGION", "SECRET_KEY", "RASA_TOKEN",
    "ACTIONS_SECRET", "FEEDBACK_KEY", "TELEGRAM_WEBHOOK_SECRET",
]  # fmt: skip


@dataclass
class Deployment:
    """A second, empty deployment (migrated, nothing in it) to restore into."""

    settings: Settings
    new_bucket: str | None = None


def command(settings: Settings, *arguments: str) -> subprocess.CompletedProcess[str]:
    """`python -m bot ...` run as an operator would, on this deployment's settings."""
    environment = {name: str(getattr(settings, name)) for name in PASSED_ON}
    set_ones = {name: value for name, value in environment.items() if value != "None"}
    return run_cli(*arguments, database_url=settings.DATABASE_URL, **set_ones)


def new_bucket(endpoint: str) -> str:
    name = f"media-{uuid.uuid4().hex[:12]}"
    s3_client(endpoint).create_bucket(
        Bucket=name, CreateBucketConfiguration={"LocationConstraint": "eu-west-2"}
    )
    return name


@pytest.fixture
def kind(request: pytest.FixtureRequest) -> str:
    """The database of the deployment: SQLite unless the test is parametrised."""
    return getattr(request, "param", "sqlite")


@pytest.fixture
def settings(
    kind: str, request: pytest.FixtureRequest, var_dir: Path, config_path: Path, database_url: str
) -> Settings:
    """The deployment to back up: SQLite with media on disk, or PostgreSQL with media in S3."""
    if kind == "sqlite":
        return make_settings(var_dir, config_path, database_url, MEDIA_STORE=str(var_dir / "media"))
    url = request.getfixturevalue("postgres_url")
    endpoint = request.getfixturevalue("s3_endpoint")
    Base.metadata.create_all(make_engine(url))
    settings = make_settings(
        var_dir, config_path, url, **media_settings(endpoint, request.getfixturevalue("s3_bucket"))
    )
    request.addfinalizer(lambda: drop_schema(tracker_schema(url)))
    return settings


def drop_schema(schema: str) -> None:
    engine = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
    engine.dispose()


@pytest.fixture
def empty(kind: str, settings: Settings, tmp_path: Path) -> Iterator[Deployment]:
    """A fresh deployment beside the first: its own database (migrated, empty) and media."""
    folder = tmp_path / "empty"
    folder.mkdir()
    if kind == "sqlite":
        url = f"sqlite:///{folder / 'assembly.db'}"
        Base.metadata.create_all(make_engine(url))
        yield Deployment(make_settings(folder, settings.ASSEMBLY_CONFIG, url))
        return
    database = f"restore_{uuid.uuid4().hex[:10]}"
    admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{database}"'))
    url = make_url(settings.DATABASE_URL).set(database=database)
    url_text = url.render_as_string(hide_password=False)
    schema = make_url(settings.DATABASE_URL).query["options"].split("=")[-1]  # type: ignore[union-attr]
    engine = make_engine(url_text)
    with engine.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    Base.metadata.create_all(engine)  # `make migrate` on the new server
    engine.dispose()
    bucket = new_bucket(settings.S3_ENDPOINT_URL or "")
    overrides = media_settings(settings.S3_ENDPOINT_URL or "", bucket)
    try:
        yield Deployment(make_settings(folder, settings.ASSEMBLY_CONFIG, url_text, **overrides))
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{database}" WITH (FORCE)'))
        admin.dispose()


def remember_conversation(
    settings: Settings, sessions: sessionmaker[Session], world: World
) -> None:
    """Rasa's record of the escalated conversation, as Rasa would have written it."""
    prepare_tracker_store(settings)
    with sessions() as session:
        conversation = session.get(Conversation, world.escalated_conversation)
        assert conversation is not None
        seed_tracker_events(settings, conversation, [(SAID, conversation.last_message_at)])


def what_staff_see(settings: Settings, world: World) -> dict[str, Any]:
    """Members, the escalated conversation, claims and the receipt, through the staff API."""
    admin, finance = bearer(world.tokens["admin"]), bearer(world.tokens["finance"])
    with TestClient(create_app(settings, start_pipeline=False), base_url=BASE_URL) as client:
        members = client.get("/api/members", headers=admin).json()["members"]
        conversation = world.escalated_conversation
        messages = client.get(f"/api/conversations/{conversation}/messages", headers=admin)
        claims = client.get("/api/claims", headers=finance).json()["claims"]
        receipt = client.get(f"/api/claims/{world.claim_with_receipt}/receipt", headers=finance)
    return {
        "members": sorted(m["first_name"] for m in members),
        "messages": [m["text"] for m in messages.json()["messages"]],
        "claims": sorted((c["id"], c["amount"], c["status"]) for c in claims),
        "receipt": (receipt.status_code, receipt.content),
        "rasa": tracker_texts(settings),
    }


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"], indirect=True)
def test_a_deployment_restored_into_an_empty_one_shows_staff_the_same_things(
    settings: Settings,
    sessions: sessionmaker[Session],
    world: World,
    empty: Deployment,
    tmp_path: Path,
) -> None:
    remember_conversation(settings, sessions, world)
    before = what_staff_see(settings, world)
    assert before["receipt"] == (200, RECEIPT_BYTES) and before["rasa"] == [SAID]
    assert SAID in before["messages"] and len(before["claims"]) == 2

    folder = tmp_path / "backup"
    made = command(settings, "backup", str(folder))
    assert made.returncode == 0, made.stderr
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["media"]["files"] == 1 and "media/receipts/bus.pdf" in manifest["files"]

    restored = command(empty.settings, "restore", str(folder))
    assert restored.returncode == 0, restored.stderr
    assert what_staff_see(empty.settings, world) == before

    with pytest.raises(BackupError, match=r"not empty.*--force"):
        restore(empty.settings, folder)
    restore(empty.settings, folder, force=True)
    assert what_staff_see(empty.settings, world) == before


def test_a_backup_that_was_altered_or_cut_short_is_refused_before_anything_changes(
    settings: Settings, world: World, empty: Deployment, tmp_path: Path
) -> None:
    folder = tmp_path / "backup"
    backup(settings, folder)
    receipt = folder / "media" / "receipts" / "bus.pdf"
    receipt.write_bytes(b"%PDF-1.4 a different receipt\n")
    with pytest.raises(BackupError, match=r"media/receipts/bus.pdf: (checksum|\d+ bytes)"):
        restore(empty.settings, folder)
    receipt.unlink()
    (folder / "manifest.json").unlink()
    with pytest.raises(BackupError, match=r"no manifest\.json"):
        restore(empty.settings, folder)
    assert what_is_held(empty.settings) == {}  # nothing was restored
    with pytest.raises(BackupError, match="not an empty folder"):
        backup(settings, folder)  # a used folder is never mixed into


def test_a_backup_that_cannot_finish_leaves_no_half_backup(
    settings: Settings, tmp_path: Path
) -> None:
    folder = tmp_path / "backup"
    unreachable = settings.model_copy(
        update={"MEDIA_STORE": "s3://media/x", "S3_ENDPOINT_URL": "http://127.0.0.1:1"}
    )
    with pytest.raises(MediaStoreError):
        backup(unreachable, folder)
    assert list(folder.iterdir()) == []  # the database copy made before it is gone again

    missing = settings.model_copy(update={"DATABASE_URL": f"sqlite:///{tmp_path / 'no.db'}"})
    with pytest.raises(BackupError, match="no such database file"):
        backup(missing, folder)
    assert not (tmp_path / "no.db").exists()
