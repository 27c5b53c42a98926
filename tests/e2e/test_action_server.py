"""The action server (`python -m bot actions`) runs actions for Rasa only: it listens on the
loopback address, and refuses a call that does not carry ACTIONS_SECRET or whose body, once
inflated, is too big to be an action call."""

from __future__ import annotations

import json
import socket
import subprocess
import zlib
from typing import Any

import httpx
import pytest

from tests.assistant import Assistant
from tests.flows.conftest import DOMAIN

ACTION = "action_answer_venue"  # answers from config.yml; harmless to run for nobody


def action_call(sender: str = "nobody") -> dict[str, Any]:
    """What Rasa posts to /webhook to run one action."""
    return {
        "next_action": ACTION,
        "sender_id": sender,
        "version": "3.6.21",
        "domain": DOMAIN,
        "tracker": {
            "sender_id": sender,
            "slots": {},
            "latest_message": {"intent": {"name": "ask_venue"}, "entities": [], "text": "where"},
            "events": [],
            "paused": False,
            "followup_action": None,
            "active_loop": {},
            "latest_action_name": "action_listen",
        },
    }


def post_action(assistant: Assistant, headers: dict[str, str], **kwargs: Any) -> httpx.Response:
    url = f"http://127.0.0.1:{assistant.actions_port}/webhook"
    if "content" not in kwargs:
        kwargs["json"] = action_call()
    return httpx.post(url, headers=headers, timeout=30, **kwargs)


def bearer(secret: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {secret}"}


def test_action_server_refuses_a_call_without_the_secret(assistant: Assistant) -> None:
    response = post_action(assistant, {})
    assert response.status_code == 401
    assert "responses" not in response.text


def test_action_server_refuses_a_call_with_a_wrong_secret(assistant: Assistant) -> None:
    wrong = assistant.actions_secret[:-1] + ("x" if assistant.actions_secret[-1] != "x" else "y")
    assert post_action(assistant, bearer(wrong)).status_code == 401
    assert post_action(assistant, {"Authorization": assistant.actions_secret}).status_code == 401


def test_action_server_lists_no_actions_without_the_secret(assistant: Assistant) -> None:
    url = f"http://127.0.0.1:{assistant.actions_port}/actions"
    assert httpx.get(url, timeout=10).status_code == 401
    # /health stays open: it says nothing but "running", and /healthz relies on it.
    health = httpx.get(f"http://127.0.0.1:{assistant.actions_port}/health", timeout=10)
    assert health.status_code == 200


def test_action_server_runs_the_action_for_a_caller_with_the_secret(assistant: Assistant) -> None:
    response = post_action(assistant, bearer(assistant.actions_secret))
    assert response.status_code == 200
    texts = [reply.get("text") or "" for reply in response.json()["responses"]]
    assert any("Walthamstow Assembly Hall" in text for text in texts)


def test_action_server_refuses_a_body_that_inflates_past_the_limit(assistant: Assistant) -> None:
    """Rasa may deflate its calls; a small body that inflates to megabytes is refused unread."""
    bomb = zlib.compress(b" " * (8 * 1024 * 1024), 9)
    assert len(bomb) < 64 * 1024
    headers = {**bearer(assistant.actions_secret), "Content-Encoding": "deflate"}
    response = post_action(assistant, headers, content=bomb)
    assert response.status_code == 413


def test_action_server_refuses_an_oversized_body(assistant: Assistant) -> None:
    padded = {**action_call(), "padding": "x" * (2 * 1024 * 1024)}
    response = post_action(
        assistant, bearer(assistant.actions_secret), content=json.dumps(padded).encode()
    )
    assert response.status_code == 413


def test_action_server_accepts_a_deflated_call_within_the_limit(assistant: Assistant) -> None:
    headers = {**bearer(assistant.actions_secret), "Content-Encoding": "deflate"}
    body = zlib.compress(json.dumps(action_call()).encode())
    response = post_action(assistant, headers, content=body)
    assert response.status_code == 200


def non_loopback_addresses() -> list[str]:
    """This machine's IPv4 addresses other than loopback (`hostname -I`)."""
    try:
        output = subprocess.run(
            ["hostname", "-I"], capture_output=True, text=True, timeout=10, check=True
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return [a for a in output.split() if ":" not in a and not a.startswith("127.")]


def test_action_server_is_not_reachable_from_another_address(assistant: Assistant) -> None:
    addresses = non_loopback_addresses()
    if not addresses:
        pytest.skip("this machine has no address other than loopback")
    for address in addresses:
        with socket.socket() as sock:
            sock.settimeout(5)
            with pytest.raises(ConnectionRefusedError):
                sock.connect((address, assistant.actions_port))
