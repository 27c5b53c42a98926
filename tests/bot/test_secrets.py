"""Secrets and the files under var/: one generated secret however many processes start at once,
no empty or short secret accepted, and nothing there readable by other local accounts."""

from __future__ import annotations

import multiprocessing
import stat
from pathlib import Path

import pytest
from pydantic import ValidationError
from sqlalchemy import text

import bot.settings
from bot.settings import Settings, describe_error, generated_secret
from db.session import make_engine
from tests.bot.test_roster import run_cli


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def var(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """var/ for generated secrets, in a temporary folder."""
    path = tmp_path / "var"
    monkeypatch.setattr(bot.settings, "VAR_DIR", path)
    return path


def test_a_process_starting_at_the_same_moment_gets_the_secret_the_first_one_made(
    var: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The other process writes its secret between this one's look and this one's write."""
    var.mkdir(mode=0o700)
    real_token = bot.settings.secrets.token_urlsafe

    def meanwhile_another_process_creates_it(size: int) -> str:
        (var / "secret_key").write_text("made-first-by-the-other-process-" + "x" * 20)
        return real_token(size)

    monkeypatch.setattr(bot.settings.secrets, "token_urlsafe", meanwhile_another_process_creates_it)
    secret = generated_secret("secret_key", var)
    assert secret == "made-first-by-the-other-process-" + "x" * 20
    assert (var / "secret_key").read_text() == secret
    assert sorted(p.name for p in var.iterdir()) == ["secret_key"]  # no temporary file left


def _generate_after(barrier: multiprocessing.synchronize.Barrier, var: Path, out: Path) -> None:
    barrier.wait()
    out.write_text(generated_secret("rasa_token", var))


def test_processes_starting_together_agree_on_one_generated_secret(tmp_path: Path) -> None:
    var, count = tmp_path / "var", 6
    context = multiprocessing.get_context("fork")
    barrier = context.Barrier(count)
    outputs = [tmp_path / f"out{n}" for n in range(count)]
    processes = [
        context.Process(target=_generate_after, args=(barrier, var, out)) for out in outputs
    ]
    for process in processes:
        process.start()
    for process in processes:
        process.join(timeout=30)
    secrets_seen = {out.read_text() for out in outputs}
    assert len(secrets_seen) == 1
    assert secrets_seen == {(var / "rasa_token").read_text()}
    assert len(secrets_seen.pop()) >= 32


def test_generated_secrets_live_in_a_private_var_folder(var: Path) -> None:
    generated_secret("telegram_webhook_secret")
    assert mode(var) == 0o700
    assert mode(var / "telegram_webhook_secret") == 0o600


def test_an_existing_var_folder_open_to_others_is_made_private(var: Path) -> None:
    var.mkdir(mode=0o755)
    var.chmod(0o755)
    generated_secret("secret_key")
    assert mode(var) == 0o700


def settings_error(**values: object) -> str:
    with pytest.raises(ValidationError) as raised:
        Settings(_env_file=None, DATABASE_URL="sqlite://", **values)  # type: ignore[call-arg]
    line = describe_error(raised.value)
    assert "\n" not in line
    return line


def test_an_empty_generated_secret_is_refused_naming_the_setting(var: Path) -> None:
    var.mkdir(mode=0o700)
    (var / "secret_key").write_text("")
    line = settings_error()
    assert line.startswith("setting SECRET_KEY: var/secret_key holds 0 characters")
    assert "delete it" in line


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("SECRET_KEY", "", "setting SECRET_KEY: is empty"),
        ("SECRET_KEY", "too-short-to-sign-sessions", "setting SECRET_KEY: has 26 characters"),
        ("RASA_TOKEN", "", "setting RASA_TOKEN: is empty"),
        ("TELEGRAM_WEBHOOK_SECRET", "abc", "setting TELEGRAM_WEBHOOK_SECRET: has 3 characters"),
        ("METRICS_TOKEN", "tiny", "setting METRICS_TOKEN: has 4 characters"),
    ],
)
def test_an_empty_or_short_secret_from_the_environment_is_refused(
    var: Path, name: str, value: str, expected: str
) -> None:
    assert settings_error(**{name: value}).startswith(expected)


def test_a_short_secret_stops_the_command_with_one_line() -> None:
    result = run_cli("check-config", database_url="sqlite://", SECRET_KEY="short")
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert result.stderr.startswith("setting SECRET_KEY: has 5 characters; give at least 32")


def test_the_sqlite_database_and_its_journal_files_are_private(tmp_path: Path) -> None:
    database = tmp_path / "new-var" / "assembly.db"
    engine = make_engine(f"sqlite:///{database}")
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE t (x INTEGER)"))
        connection.execute(text("INSERT INTO t VALUES (1)"))
        files = [database, *database.parent.glob("assembly.db-*")]
        assert {f.name for f in files} >= {"assembly.db", "assembly.db-wal", "assembly.db-shm"}
        assert {f.name: mode(f) for f in files} == {f.name: 0o600 for f in files}
    engine.dispose()
    assert mode(database.parent) == 0o700


def test_an_existing_world_readable_database_file_is_made_private(tmp_path: Path) -> None:
    database = tmp_path / "old.db"
    make_engine(f"sqlite:///{database}").dispose()
    database.chmod(0o644)
    make_engine(f"sqlite:///{database}").dispose()
    assert mode(database) == 0o600
