"""A newcomer's first ten minutes: README's quick start works as written, and `.env.example`
names every setting there is."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import func, select

from bot.app import create_app
from bot.demo import DEMO_ADMIN
from bot.settings import REPO_ROOT, Settings
from db.models import Member
from tests.bot.staff.support import sign_in
from tests.conftest import make_settings


def quick_start_commands() -> list[str]:
    """The commands of README's quick start, comments dropped."""
    readme = (REPO_ROOT / "README.md").read_text()
    section = readme.split("## Quick start", 1)[1]
    block = re.search(r"```sh\n(.*?)```", section, re.S)
    assert block, "README's quick start has no ```sh block"
    lines = [line.split(" #", 1)[0].strip() for line in block.group(1).splitlines()]
    return [line for line in lines if line]


def make(*arguments: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """`make` as the newcomer runs it. The environments are set up already (by `make test`,
    or the developer's `make setup`): `-o` keeps make from reinstalling them here."""
    return subprocess.run(
        ["make", "-o", ".venv/.installed", *arguments],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_the_quick_start_is_three_commands_that_work_as_written(
    tmp_path: Path, var_dir: Path, config_path: Path
) -> None:
    commands = quick_start_commands()
    assert len(commands) == 3, commands
    assert commands[0].startswith("git clone ")
    assert [shlex.split(command) for command in commands[1:]] == [["make", "demo"], ["make", "run"]]

    database_url = f"sqlite:///{tmp_path / 'newcomer.db'}"
    env = {**os.environ, "DATABASE_URL": database_url, "ASSEMBLY_CONFIG": str(config_path)}
    demo = make("demo", env=env)
    assert demo.returncode == 0, demo.stdout + demo.stderr
    password = re.search(r"password \(shown this once.*\): (\S+)", demo.stdout)
    assert password, demo.stdout
    assert "/staff/try" in demo.stdout
    assert make("-n", "run", env=env).returncode == 0  # the third command exists as written

    settings: Settings = make_settings(var_dir, config_path, database_url)
    app = create_app(settings, start_pipeline=False)
    with TestClient(app, base_url="https://testserver") as client:
        sign_in(client, DEMO_ADMIN, password.group(1))
        page = client.get("/staff/try")
        assert page.status_code == 200
        assert "Try the assistant" in page.text and "<option value=" in page.text
        with app.state.services.sessions() as session:
            assert session.execute(select(func.count()).select_from(Member)).scalar_one() >= 8

    again = make("demo", env=env)  # a second run: same roster, a new password
    assert again.returncode == 0, again.stdout + again.stderr
    assert "0 new, 8 updated" in again.stdout
    assert password.group(1) not in again.stdout


def test_env_example_names_every_setting() -> None:
    text = (REPO_ROOT / ".env.example").read_text()
    named = set(re.findall(r"^#?\s*([A-Z][A-Z0-9_]+)=", text, re.M))
    missing = sorted(set(Settings.model_fields) - named)
    assert not missing, f".env.example lacks {missing}"
