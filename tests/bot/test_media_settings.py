"""MEDIA_STORE and MEDIA_DIR: one place for attachments, named by either setting; a bad value
stops the process with one line naming the setting; the local store never leaves its folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from bot.media_store import LocalMediaStore, MediaStoreError, media_store_for
from bot.settings import REPO_ROOT, Settings, describe_error
from tests.conftest import make_settings


def settings_with(var_dir: Path, config_path: Path, **values: object) -> Settings:
    """Settings with only these media settings set (MEDIA_STORE="" is the same as unset)."""
    return make_settings(var_dir, config_path, "sqlite://", **{"MEDIA_STORE": "", **values})


def refusal(var_dir: Path, config_path: Path, **values: object) -> str:
    with pytest.raises(ValidationError) as raised:
        settings_with(var_dir, config_path, **values)
    return describe_error(raised.value)


def test_unset_media_store_is_the_media_dir_folder(var_dir: Path, config_path: Path) -> None:
    settings = make_settings(var_dir, config_path, "sqlite://")
    assert str(var_dir / "media") == settings.MEDIA_STORE
    assert not settings.media_in_bucket
    store = media_store_for(settings)
    assert isinstance(store, LocalMediaStore) and store.root == var_dir / "media"


def test_the_default_is_var_media_in_the_checkout(var_dir: Path, config_path: Path) -> None:
    settings = settings_with(var_dir, config_path)
    assert settings.MEDIA_DIR == REPO_ROOT / "var" / "media"
    assert str(REPO_ROOT / "var" / "media") == settings.MEDIA_STORE


def test_a_folder_media_store_is_where_files_go(var_dir: Path, config_path: Path) -> None:
    relative = settings_with(var_dir, config_path, MEDIA_STORE="var/uploads")
    assert relative.MEDIA_DIR == REPO_ROOT / "var" / "uploads"
    absolute = settings_with(var_dir, config_path, MEDIA_STORE=str(var_dir / "elsewhere"))
    assert var_dir / "elsewhere" == absolute.MEDIA_DIR


def test_media_store_and_media_dir_naming_two_places_are_refused(
    var_dir: Path, config_path: Path
) -> None:
    line = refusal(var_dir, config_path, MEDIA_STORE=str(var_dir / "a"), MEDIA_DIR=var_dir / "b")
    assert line.startswith("setting MEDIA_DIR:") and "MEDIA_STORE" in line
    line = refusal(var_dir, config_path, MEDIA_STORE="s3://bucket/x", MEDIA_DIR=var_dir / "b")
    assert line.startswith("setting MEDIA_DIR:") and "bucket" in line


@pytest.mark.parametrize("value", ["s3://", "gs://bucket/x", "s3://bucket/x?versionId=1"])
def test_a_media_store_that_is_neither_folder_nor_bucket_is_refused(
    var_dir: Path, config_path: Path, value: str
) -> None:
    assert refusal(var_dir, config_path, MEDIA_STORE=value).startswith("setting MEDIA_STORE:")


def test_a_bucket_media_store_is_normalised(var_dir: Path, config_path: Path) -> None:
    settings = settings_with(var_dir, config_path, MEDIA_STORE="s3://bucket/a/b/")
    assert settings.MEDIA_STORE == "s3://bucket/a/b" and settings.media_in_bucket
    assert refusal(var_dir, config_path, S3_ENDPOINT_URL="minio:9000").startswith(
        "setting S3_ENDPOINT_URL:"
    )


def test_the_local_store_never_reads_writes_or_deletes_outside_its_folder(tmp_path: Path) -> None:
    secret = tmp_path / "secret"
    secret.write_bytes(b"not media")
    store = LocalMediaStore(tmp_path / "media")
    for name in ("../secret", str(secret), "", "a/../../secret"):
        assert store.read(name) is None
        assert store.delete(name) is False
        with pytest.raises(MediaStoreError):
            store.put(name, b"x")
    assert secret.read_bytes() == b"not media"
    store.put("receipts/a.pdf", b"%PDF")
    assert list(store.names()) == ["receipts/a.pdf"]
    assert (tmp_path / "media" / "receipts" / "a.pdf").stat().st_mode & 0o777 == 0o600
