"""The short fault suite, part of `make test` (the long one is `make chaos`): members write on
every channel while reminders and a broadcast go out, web and worker are each killed with
SIGKILL and started again, and the providers fail, time out and lose answers. Nothing is
lost, nothing doubled, never a 5xx."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.settings import REPO_ROOT
from tests.chaos.suite import SHORT, passed, report, run_plan

pytestmark = pytest.mark.rasa


def test_kills_and_provider_faults_lose_nothing_double_nothing_and_never_answer_5xx(
    tmp_path: Path,
) -> None:
    if not list((REPO_ROOT / "nlu" / "models").glob("*.tar.gz")):
        pytest.fail("no trained Rasa model in nlu/models: run `make train`")
    findings, traffic, kills, injected = run_plan(SHORT, tmp_path)
    lines = "\n".join(report(SHORT, findings, traffic, kills, injected))
    print(lines)

    assert kills == {"web": 1, "worker": 1}, lines
    assert sum(injected.values()) == len(SHORT.faults), lines
    assert findings.inbound == traffic.accepted >= SHORT.members * SHORT.messages, lines
    assert findings.reminders + findings.failed["unknown_outcome"] >= 1, lines
    assert findings.broadcast_rows == SHORT.members, lines
    assert passed(findings, traffic), lines  # duplicates 0, lost 0, 5xx 0
