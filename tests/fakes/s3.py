"""A local S3 stand-in: moto's server mode as a process of its own, spoken to over HTTP by the
real boto3 client, so MEDIA_STORE=s3://... is tested through the same calls a real bucket gets.

The server starts once per test module (`s3_endpoint`); each test gets a bucket of its own
(`s3_bucket`).
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

# moto accepts any credentials; these keep boto3 from looking for real ones.
TEST_CREDENTIALS = {
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
    "AWS_DEFAULT_REGION": "eu-west-2",
}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_moto_server(timeout: float = 30.0) -> tuple[subprocess.Popen[bytes], str]:
    """moto's S3 server on a free localhost port, ready to answer; (process, endpoint URL)."""
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    endpoint = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"moto server exited with {process.returncode}")
        try:
            httpx.get(f"{endpoint}/moto-api/", timeout=1)
            return process, endpoint
        except httpx.TransportError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError(f"moto server did not answer within {timeout} s")


def s3_client(endpoint: str) -> Any:
    import boto3

    return boto3.client(
        "s3",
        endpoint_url=endpoint,
        aws_access_key_id=TEST_CREDENTIALS["AWS_ACCESS_KEY_ID"],
        aws_secret_access_key=TEST_CREDENTIALS["AWS_SECRET_ACCESS_KEY"],
        region_name=TEST_CREDENTIALS["AWS_DEFAULT_REGION"],
    )


def media_settings(endpoint: str, bucket: str, prefix: str = "assembly") -> dict[str, str]:
    """The settings that put a deployment's media in `bucket` on the stand-in."""
    return {
        "MEDIA_STORE": f"s3://{bucket}/{prefix}",
        "S3_ENDPOINT_URL": endpoint,
        **TEST_CREDENTIALS,
    }


def bucket_keys(endpoint: str, bucket: str) -> list[str]:
    listing = s3_client(endpoint).list_objects_v2(Bucket=bucket)
    return sorted(item["Key"] for item in listing.get("Contents", []))


@pytest.fixture(scope="module")
def s3_endpoint() -> Iterator[str]:
    """A running moto S3 server for this test module."""
    process, endpoint = start_moto_server()
    try:
        yield endpoint
    finally:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture
def s3_bucket(s3_endpoint: str) -> str:
    """An empty bucket of this test's own."""
    name = f"media-{uuid.uuid4().hex[:12]}"
    s3_client(s3_endpoint).create_bucket(
        Bucket=name,
        CreateBucketConfiguration={"LocationConstraint": TEST_CREDENTIALS["AWS_DEFAULT_REGION"]},
    )
    return name
