"""MEDIA_STORE=s3://bucket/prefix: a member's photo lands in the bucket (nothing on local disk),
staff open receipts from it, erasure and retention delete the member's objects, and a store
that fails gives staff a clear answer rather than an error page. Against moto's S3 server
(tests/fakes/s3.py), spoken to by the real boto3 client."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from bot.members.roster import import_roster
from bot.settings import Settings
from db.models import ExpenseClaim
from db.session import transaction
from tests.bot.channels.support import AMINA
from tests.bot.staff.conftest import World
from tests.bot.staff.support import RECEIPT_BYTES, bearer
from tests.bot.staff.test_receipts import assert_sandboxed, open_both_ways
from tests.bot.test_retention import LONG_AFTER, clean_up_at, old_and_recent  # noqa: F401
from tests.conftest import SAMPLE_ROSTER, make_settings
from tests.fakes.s3 import bucket_keys, media_settings, s3_client
from tests.fakes.telegram_api import FakeTelegramApi
from tests.fakes.twilio_api import FakeTwilioApi
from tests.harness import gateway_settings, running_gateway

PHOTO = b"\xff\xd8\xff\xe0 a member's photo of a bus ticket"


@pytest.fixture
def settings(
    var_dir: Path, config_path: Path, database_url: str, s3_endpoint: str, s3_bucket: str
) -> Settings:
    return make_settings(
        var_dir, config_path, database_url, **media_settings(s3_endpoint, s3_bucket)
    )


def test_a_members_photo_is_kept_in_the_bucket_and_not_on_this_machine(
    var_dir: Path,
    config_path: Path,
    database_url: str,
    twilio_api: FakeTwilioApi,
    telegram_api: FakeTelegramApi,
    s3_endpoint: str,
    s3_bucket: str,
) -> None:
    settings = gateway_settings(
        var_dir,
        config_path,
        database_url,
        twilio_api,
        telegram_api,
        **media_settings(s3_endpoint, s3_bucket),
    )
    with running_gateway(settings, twilio_api, telegram_api, worker=False) as gateway:
        with gateway.services.sessions() as session, session.begin():
            import_roster(session, SAMPLE_ROSTER)
        url = twilio_api.register_media(PHOTO, "image/jpeg")
        gateway.sms(AMINA, "my receipt", media=[(url, "image/jpeg")])
        gateway.wait_processed()

    digest = hashlib.sha256(PHOTO).hexdigest()
    assert bucket_keys(s3_endpoint, s3_bucket) == [f"assembly/{digest}"]
    stored = s3_client(s3_endpoint).get_object(Bucket=s3_bucket, Key=f"assembly/{digest}")
    assert stored["Body"].read() == PHOTO
    assert not (var_dir / "media").exists()


def test_finance_opens_a_receipt_kept_in_the_bucket(
    finance_client: TestClient, world: World, s3_endpoint: str, s3_bucket: str
) -> None:
    assert bucket_keys(s3_endpoint, s3_bucket) == ["assembly/receipts/bus.pdf"]
    for response in open_both_ways(finance_client, world):
        assert response.status_code == 200
        assert response.content == RECEIPT_BYTES
        assert response.headers["content-type"] == "application/pdf"
        assert response.headers["content-disposition"].startswith("inline")
        assert_sandboxed(response)


def test_erasing_a_member_deletes_their_objects_from_the_bucket(
    client: TestClient,
    world: World,
    sessions: sessionmaker[Session],
    s3_endpoint: str,
    s3_bucket: str,
) -> None:
    with sessions() as session:
        owner = session.get(ExpenseClaim, world.claim_with_receipt).member_id  # type: ignore[union-attr]
    response = client.post(f"/api/members/{owner}/erase", headers=bearer(world.tokens["admin"]))
    assert response.status_code == 200
    assert bucket_keys(s3_endpoint, s3_bucket) == []


def test_retention_deletes_expired_objects_from_the_bucket(
    settings: Settings,
    sessions: sessionmaker[Session],
    old_and_recent: dict[str, int],  # noqa: F811
    s3_endpoint: str,
    s3_bucket: str,
) -> None:
    assert bucket_keys(s3_endpoint, s3_bucket) == ["assembly/photo-301", "assembly/photo-302"]
    clean_up_at(settings, sessions, LONG_AFTER)
    assert bucket_keys(s3_endpoint, s3_bucket) == ["assembly/photo-302"]


def test_a_receipt_the_store_cannot_give_is_a_clear_answer_not_an_error_page(
    client: TestClient, world: World, sessions: sessionmaker[Session], settings: Settings
) -> None:
    claim = world.claim_with_receipt
    finance = bearer(world.tokens["finance"])
    with transaction(sessions) as session:
        session.get(ExpenseClaim, claim).receipt.storage_path = "receipts/gone.pdf"  # type: ignore[union-attr]
    missing = client.get(f"/api/claims/{claim}/receipt", headers=finance)
    assert missing.status_code == 404 and "missing" in missing.json()["detail"]

    bucket = settings.MEDIA_STORE.removeprefix("s3://").split("/")[0]
    client_: Any = s3_client(settings.S3_ENDPOINT_URL or "")
    for item in client_.list_objects_v2(Bucket=bucket).get("Contents", []):
        client_.delete_object(Bucket=bucket, Key=item["Key"])
    client_.delete_bucket(Bucket=bucket)  # the store now fails every call
    unreachable = client.get(f"/api/claims/{claim}/receipt", headers=finance)
    assert unreachable.status_code == 503
    assert "media store" in unreachable.json()["detail"]
