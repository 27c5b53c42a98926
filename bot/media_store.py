"""Where members' attachments (receipts, photos) are kept: one interface for a local folder and
for S3-compatible object storage, so every process (the web process saving and serving them,
the scheduler expiring them, erasure, backups) reaches the same files whichever machine it runs
on.

`MEDIA_STORE` picks the store: a folder (default `var/media`), or `s3://bucket/prefix` with
`S3_ENDPOINT_URL` and the usual `AWS_*` credentials. A stored attachment is known by its name
(`MediaFile.storage_path`, a relative path such as the file's sha256); a name that would lead
outside the store is refused, never followed.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import urlparse

from bot.private_files import PRIVATE_FILE_MODE, private_dir

if TYPE_CHECKING:
    from bot.settings import Settings

log = logging.getLogger(__name__)

S3_SCHEME = "s3://"


class MediaStoreError(RuntimeError):
    """The store could not be reached or refused the operation."""


def safe_name(name: str) -> str | None:
    """The name as a clean relative path; None for an empty name, an absolute one, or one
    with `..` in it (it would lead outside the store)."""
    path = PurePosixPath(name)
    if not name or path.is_absolute() or ".." in path.parts or "\\" in name:
        return None
    return path.as_posix()


class MediaStore(Protocol):
    """What every part of the assistant needs of the place attachments are kept."""

    description: str  # for logs and the backup manifest; never holds a credential

    def put(self, name: str, data: bytes) -> None:
        """Store `data` under `name`, replacing what was there."""

    def read(self, name: str) -> bytes | None:
        """The stored bytes; None when there is nothing under `name` (or it is unsafe)."""

    def delete(self, name: str) -> bool:
        """Delete one attachment; False when there was none."""

    def names(self) -> Iterator[str]:
        """Every stored name (backups, and checking that a restore target is empty)."""


def delete_media(store: MediaStore, names: Iterable[str]) -> int:
    """Delete stored attachments by name; how many were there. A failure to reach the store
    is logged and the rest are still tried: the rows pointing to them are gone already."""
    deleted = 0
    for name in names:
        try:
            deleted += store.delete(name)
        except MediaStoreError as error:
            log.warning("media store: a file was not deleted (%s)", error)
    return deleted


class LocalMediaStore:
    """A private folder on this machine (0700, files 0600)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.description = "local"

    def _path(self, name: str) -> Path | None:
        clean = safe_name(name)
        if clean is None:
            return None
        root = self.root.resolve()
        path = (root / clean).resolve()
        return path if path.is_relative_to(root) else None

    def put(self, name: str, data: bytes) -> None:
        path = self._path(name)
        if path is None:
            raise MediaStoreError("refused a name outside the media store")
        private_dir(path.parent)
        written = path.with_name(f".{path.name}.partial")
        written.write_bytes(data)
        written.chmod(PRIVATE_FILE_MODE)
        written.replace(path)  # a reader never sees half a file

    def read(self, name: str) -> bytes | None:
        path = self._path(name)
        if path is None or not path.is_file():
            return None
        return path.read_bytes()

    def delete(self, name: str) -> bool:
        path = self._path(name)
        if path is None or not path.is_file():
            return False
        path.unlink(missing_ok=True)
        return True

    def names(self) -> Iterator[str]:
        if not self.root.is_dir():
            return
        for path in sorted(self.root.rglob("*")):
            if path.is_file() and not path.name.startswith("."):
                yield path.relative_to(self.root).as_posix()


class S3MediaStore:
    """A bucket (and a key prefix in it) of S3-compatible object storage, through boto3."""

    def __init__(self, bucket: str, prefix: str, client: Any) -> None:
        self.bucket = bucket
        self.prefix = prefix.strip("/") + "/" if prefix.strip("/") else ""
        self.client = client
        self.description = f"s3://{bucket}/{self.prefix}"

    def _key(self, name: str) -> str | None:
        clean = safe_name(name)
        return None if clean is None else self.prefix + clean

    def _call(self, operation: str, **arguments: Any) -> Any:
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            return getattr(self.client, operation)(Bucket=self.bucket, **arguments)
        except ClientError as error:
            if error.response.get("Error", {}).get("Code") in ("NoSuchKey", "404"):
                raise KeyError(arguments.get("Key")) from None
            raise MediaStoreError(f"{operation}: {error.response['Error'].get('Code')}") from None
        except BotoCoreError as error:
            raise MediaStoreError(f"{operation}: {type(error).__name__}") from None

    def put(self, name: str, data: bytes) -> None:
        key = self._key(name)
        if key is None:
            raise MediaStoreError("refused a name outside the media store")
        self._call("put_object", Key=key, Body=data)

    def read(self, name: str) -> bytes | None:
        key = self._key(name)
        if key is None:
            return None
        try:
            return self._call("get_object", Key=key)["Body"].read()
        except KeyError:
            return None

    def delete(self, name: str) -> bool:
        key = self._key(name)
        if key is None:
            return False
        try:
            self._call("head_object", Key=key)
        except KeyError:
            return False
        self._call("delete_object", Key=key)
        return True

    def names(self) -> Iterator[str]:
        token: dict[str, str] = {}
        while True:
            page = self._call("list_objects_v2", Prefix=self.prefix, **token)
            for item in page.get("Contents", []):
                yield item["Key"].removeprefix(self.prefix)
            if not page.get("IsTruncated"):
                return
            token = {"ContinuationToken": page["NextContinuationToken"]}


def parse_s3_location(value: str) -> tuple[str, str]:
    """`s3://bucket/prefix` as (bucket, prefix); ValueError naming what is wrong."""
    parsed = urlparse(value)
    if parsed.scheme != "s3" or not parsed.netloc:
        raise ValueError("must be a folder or s3://bucket/prefix")
    if parsed.query or parsed.fragment or parsed.params:
        raise ValueError("s3://bucket/prefix takes no query or fragment")
    return parsed.netloc, parsed.path.strip("/")


def s3_client(settings: Settings) -> Any:
    """A boto3 S3 client: the endpoint from S3_ENDPOINT_URL (a non-AWS provider, or a stand-in
    in tests), credentials from the AWS_* settings or else boto3's own chain (instance role,
    ~/.aws)."""
    import boto3
    from botocore.config import Config

    credentials = {
        "aws_access_key_id": settings.AWS_ACCESS_KEY_ID,
        "aws_secret_access_key": settings.AWS_SECRET_ACCESS_KEY,
        "aws_session_token": settings.AWS_SESSION_TOKEN,
        "region_name": settings.AWS_DEFAULT_REGION,
    }
    return boto3.session.Session().client(
        "s3",
        endpoint_url=settings.S3_ENDPOINT_URL,
        config=Config(connect_timeout=5, read_timeout=30, retries={"max_attempts": 3}),
        **{name: value for name, value in credentials.items() if value},
    )


def media_store_for(settings: Settings) -> MediaStore:
    """The store MEDIA_STORE names. An S3 store is built once per location, endpoint and
    access key per process: a boto3 client is slow to make and safe to share between threads."""
    if not settings.MEDIA_STORE.startswith(S3_SCHEME):
        return LocalMediaStore(settings.MEDIA_DIR)
    key = (settings.MEDIA_STORE, settings.S3_ENDPOINT_URL, settings.AWS_ACCESS_KEY_ID)
    store = _S3_STORES.get(key)
    if store is None:
        bucket, prefix = parse_s3_location(settings.MEDIA_STORE)
        store = _S3_STORES[key] = S3MediaStore(bucket, prefix, s3_client(settings))
    return store


_S3_STORES: dict[tuple[str, str | None, str | None], S3MediaStore] = {}
