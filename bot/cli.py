"""`python -m bot`: the organisers' commands (CONTRACT §1) and the Procfile's processes (§2)."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.settings import REPO_ROOT, get_settings
from bot.staff.permissions import ROLES
from db.models import ApiToken, StaffUser
from db.queries import audit
from db.session import session_factory_for, transaction

T = TypeVar("T")


def _factory():
    return session_factory_for(get_settings().DATABASE_URL)


def cmd_members_import(args: argparse.Namespace) -> int:
    from bot.members.roster import import_roster, write_codes

    path = Path(args.file)
    if not path.is_file():
        print(f"{path}: no such file", file=sys.stderr)
        return 1
    with transaction(_factory()) as session:
        report = import_roster(session, path)
    for error in report.errors:
        print(error, file=sys.stderr)
    print(f"imported {report.created} new, updated {report.updated}, skipped {len(report.errors)}")
    if args.codes_out:
        write_codes(Path(args.codes_out), report.codes, get_settings().TELEGRAM_BOT_USERNAME)
        print(f"invite codes written to {args.codes_out}")
    return 0


def cmd_staff_add(args: argparse.Namespace) -> int:
    from bot.security import hash_password

    if not args.password_stdin:
        print("give the password on standard input with --password-stdin", file=sys.stderr)
        return 2
    password = sys.stdin.readline().rstrip("\n")
    try:
        password_hash = hash_password(password)
    except ValueError as error:
        print(error, file=sys.stderr)
        return 1
    email = args.email.strip().lower()
    with transaction(_factory()) as session:
        verb = save_staff_account(session, email, args.role, password_hash)
    print(f"{verb} {email} ({args.role})")
    return 0


def save_staff_account(session: Session, email: str, role: str, password_hash: str) -> str:
    """Create the account, or give it this role and password (ending its sessions); audited.
    Returns "created" or "updated"."""
    user = session.execute(select(StaffUser).where(StaffUser.email == email)).scalar_one_or_none()
    if user is None:
        user = StaffUser(email=email, role=role, password_hash=password_hash)
        session.add(user)
        verb = "created"
    else:
        from bot.staff.auth import end_sessions

        user.role, user.password_hash = role, password_hash
        user.failed_logins, user.locked_until, user.active = 0, None, True
        user.must_change_password = False
        # A new password ends every console session made with the old one.
        end_sessions(session, user.id, "password_changed")
        verb = "updated"
    session.flush()
    audit(session, None, f"staff.{verb}", "staff", user.id, role=role, via="cli")
    return verb


def _on_account(email: str, work: Callable[[Session, int], T]) -> T | None:
    """`work(session, staff_id)` in one transaction for the account with this email; None
    (and a line on stderr) when there is no such account."""
    with transaction(_factory()) as session:
        staff_id = session.execute(
            select(StaffUser.id).where(StaffUser.email == email.strip().lower())
        ).scalar_one_or_none()
        if staff_id is None:
            print(f"no staff account {email}", file=sys.stderr)
            return None
        return work(session, staff_id)


def cmd_staff_disable(args: argparse.Namespace) -> int:
    """End every session and token of the account; it cannot sign in until `staff add`
    gives it a password again (or an admin enables it in the console)."""
    from bot.staff.actions.accounts import disable_account
    from bot.staff.actions.checks import StaffActionError

    try:
        taken = _on_account(
            args.email, lambda s, staff_id: disable_account(s, None, staff_id, via="cli")
        )
    except StaffActionError as error:  # the last active admin
        print(error.message, file=sys.stderr)
        return 1
    if taken is None:
        return 1
    print(
        f"disabled {args.email}: {taken.sessions} session(s) ended, "
        f"{taken.tokens} API token(s) revoked"
    )
    return 0


def cmd_staff_revoke_tokens(args: argparse.Namespace) -> int:
    from bot.staff.actions.accounts import revoke_account_tokens

    taken = _on_account(
        args.email, lambda s, staff_id: revoke_account_tokens(s, None, staff_id, via="cli")
    )
    if taken is None:
        return 1
    print(f"revoked {taken.tokens} API token(s) of {args.email}")
    return 0


def cmd_staff_token(args: argparse.Namespace) -> int:
    from bot.security import new_api_token, token_hash

    def make_token(session: Session, staff_id: int) -> str:
        token = new_api_token()
        session.add(ApiToken(staff_id=staff_id, token_hash=token_hash(token)))
        audit(session, None, "staff.token_created", "staff", staff_id, via="cli")
        return token

    token = _on_account(args.email, make_token)
    if token is None:
        return 1
    print(token)
    print(f"(valid for {get_settings().API_TOKEN_LIFETIME_DAYS} days)", file=sys.stderr)
    return 0


def check_texts(config_path: Path, messages_path: Path) -> list[str]:
    """The catalogue complete in every language the config speaks, and messages.yml sound."""
    from bot.config import ConfigError, load_config
    from bot.i18n.checks import check_catalogue, check_messages_file, check_question_texts

    try:
        config = load_config(config_path)
    except ConfigError:
        config = None  # its problems are listed already; check the texts in English
    languages = config.languages if config is not None else ["en"]
    questions = check_question_texts(config) if config is not None else []
    return (
        check_catalogue(languages=languages)
        + check_messages_file(messages_path, languages)
        + questions
    )


def cmd_check_config(args: argparse.Namespace) -> int:
    from bot.config import check_config_file

    settings = get_settings()
    path = Path(args.file) if args.file else settings.ASSEMBLY_CONFIG
    problems = check_config_file(path, whatsapp_on=bool(settings.TWILIO_WHATSAPP_FROM))
    problems += check_texts(path, settings.messages_path_for(path))
    for problem in problems:
        print(problem)
    if problems:
        print(f"{path}: {len(problems)} problem(s)", file=sys.stderr)
        return 1
    print(f"{path}: ok")
    return 0


def cmd_nlu_config(args: argparse.Namespace) -> int:
    """Write the Rasa pipeline with the FallbackClassifier threshold taken from config.yml's
    `handover.fallback_threshold`, so organisers tune it in one place (`make train` uses it)."""
    import yaml

    from bot.config import ConfigError, load_config

    try:
        threshold = load_config(get_settings().ASSEMBLY_CONFIG).handover.fallback_threshold
    except ConfigError as error:
        print("\n".join(error.problems), file=sys.stderr)
        return 1
    pipeline = yaml.safe_load((REPO_ROOT / "nlu" / "config.yml").read_text())
    for component in pipeline["pipeline"]:
        if component["name"] == "FallbackClassifier":
            component["threshold"] = threshold
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(
        "# Generated by `python -m bot nlu-config` from nlu/config.yml and config.yml: "
        "edit those.\n" + yaml.safe_dump(pipeline, sort_keys=False)
    )
    return 0


def cmd_demo(_args: argparse.Namespace) -> int:
    from bot.demo import load_demo

    settings = get_settings()
    with transaction(_factory()) as session:
        print(load_demo(session, settings.PORT))
    return 0


def cmd_invite(args: argparse.Namespace) -> int:
    from bot.members.invitations import send_invitations

    with transaction(_factory()) as session:
        count = send_invitations(session, member_id=args.member, resend=args.resend)
    print(f"{count} invitation(s) queued")
    return 0


def _stopped_by(error: Exception) -> int:
    """One line for the operator when a backup or restore cannot go on."""
    from bot.backup import BackupError

    if isinstance(error, BackupError):
        print(error, file=sys.stderr)
    else:  # the database or the media store could not be reached
        print(f"stopped: {type(error).__name__}: {str(error).splitlines()[0]}", file=sys.stderr)
    return 1


def cmd_backup(args: argparse.Namespace) -> int:
    """Everything the deployment holds into a new folder."""
    from sqlalchemy.exc import SQLAlchemyError

    from bot.backup import BackupError, backup
    from bot.media_store import MediaStoreError

    try:
        manifest = backup(get_settings(), Path(args.dir))
    except (BackupError, MediaStoreError, SQLAlchemyError) as error:
        return _stopped_by(error)
    print(
        f"backed up the {manifest.database['dialect']} database, Rasa's conversations and "
        f"{manifest.media['files']} media file(s) into {args.dir}"
    )
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Everything the deployment holds, replaced by a backup's."""
    from sqlalchemy.exc import SQLAlchemyError

    from bot.backup import BackupError, restore
    from bot.backup.databases import alembic_revision
    from bot.media_store import MediaStoreError

    settings = get_settings()
    try:
        manifest = restore(settings, Path(args.dir), force=args.force)
    except (BackupError, MediaStoreError, SQLAlchemyError) as error:
        return _stopped_by(error)
    print(
        f"restored the backup of {manifest.created_at}: the {manifest.database['dialect']} "
        f"database, Rasa's conversations and {manifest.media['files']} media file(s)"
    )
    if alembic_revision(settings.DATABASE_URL) is not None:
        print("next: `make migrate` (alembic upgrade head), then start the processes")
    return 0


def freeze_what_is_loaded() -> None:
    """Take everything a long-running process has loaded so far out of the cyclic garbage
    collector's walk (`gc.freeze`). Imports alone leave ~140,000 objects that never die; each
    full collection walked them all (80 ms here), a pause in the middle of whatever the process
    was doing (acknowledging a webhook, sending a reply). Rasa's process does the same for its
    model (nlu/serve.py)."""
    gc.collect()
    gc.freeze()


def cmd_web(_args: argparse.Namespace) -> int:
    import uvicorn

    import bot.app  # noqa: F401 - loaded before the freeze; uvicorn then finds it imported

    settings = get_settings()
    freeze_what_is_loaded()
    uvicorn.run(
        "bot.app:create_app",
        factory=True,
        host=settings.HOST,
        port=settings.PORT,
        log_level="warning",
        proxy_headers=True,
    )
    return 0


def cmd_worker(_args: argparse.Namespace) -> int:
    from bot.outbox.worker import run_worker

    freeze_what_is_loaded()
    run_worker(get_settings())
    return 0


def cmd_scheduler(_args: argparse.Namespace) -> int:
    from bot.scheduling.scheduler import run_scheduler

    freeze_what_is_loaded()
    run_scheduler(get_settings())
    return 0


def cmd_actions(_args: argparse.Namespace) -> int:
    from flows.server import run_action_server

    run_action_server(get_settings(), before_serving=freeze_what_is_loaded)
    return 0


def cmd_rasa(_args: argparse.Namespace) -> int:
    """Start the Rasa server from .venv-rasa with our token and endpoints (exec). Only
    nlu/serve.py, `rasa run` plus a garbage-collector freeze, runs inside Rasa's process."""
    from bot.rasa_endpoints import rasa_port, write_rasa_endpoints

    settings = get_settings()
    endpoints, environment = write_rasa_endpoints(settings)
    port = rasa_port(settings)
    python = REPO_ROOT / ".venv-rasa" / "bin" / "python"
    command = [
        str(python), str(REPO_ROOT / "nlu" / "serve.py"), "run",
        "--enable-api", "--auth-token", settings.RASA_TOKEN,
        "--model", str(REPO_ROOT / "nlu" / "models"), "--endpoints", str(endpoints),
        "--port", str(port), "--interface", "127.0.0.1", "--quiet",
    ]  # fmt: skip
    os.environ.update(environment)
    os.environ["RASA_TELEMETRY_ENABLED"] = "false"
    os.chdir(REPO_ROOT / "nlu")
    os.execv(str(python), command)  # noqa: S606 - replaces this process with Rasa's


PROCESSES = ("web", "worker", "scheduler", "actions", "rasa")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    def add(
        name: str,
        handler: Callable[[argparse.Namespace], int],
        help_: str,
        parent: argparse._SubParsersAction | None = None,
    ) -> argparse.ArgumentParser:  # type: ignore[type-arg]
        sub = (parent or commands).add_parser(name, help=help_)
        sub.set_defaults(handler=handler)
        return sub

    members = commands.add_parser("members", help="the roster").add_subparsers(required=True)
    importer = add("import", cmd_members_import, "import or update the roster CSV", members)
    importer.add_argument("file")
    importer.add_argument("--codes-out", help="write phone,invite_code for every member")

    staff = commands.add_parser("staff", help="staff accounts").add_subparsers(required=True)
    staff_add = add("add", cmd_staff_add, "create or update a staff account", staff)
    staff_add.add_argument("email")
    staff_add.add_argument("--role", choices=ROLES, required=True)
    staff_add.add_argument("--password-stdin", action="store_true")
    add("token", cmd_staff_token, "print a new API token", staff).add_argument("email")
    add(
        "disable", cmd_staff_disable, "end every session and API token of the account", staff
    ).add_argument("email")
    add(
        "revoke-tokens", cmd_staff_revoke_tokens, "revoke every API token of the account", staff
    ).add_argument("email")

    add("check-config", cmd_check_config, "validate a config file").add_argument("file", nargs="?")
    add(
        "nlu-config", cmd_nlu_config, "write the Rasa pipeline with config.yml's threshold"
    ).add_argument("out")
    add("demo", cmd_demo, "load the demo roster and a demo admin account (make demo)")
    invite = add("invite", cmd_invite, "send invitations on each member's channel")
    who = invite.add_mutually_exclusive_group(required=True)
    who.add_argument("--all", action="store_true")
    who.add_argument("--member", type=int)
    invite.add_argument("--resend", action="store_true", help="also members already invited")

    add("backup", cmd_backup, "everything the deployment holds into a new folder").add_argument(
        "dir"
    )
    restore = add("restore", cmd_restore, "replace everything the deployment holds by a backup")
    restore.add_argument("dir")
    restore.add_argument(
        "--force", action="store_true", help="replace a deployment that holds data already"
    )

    for name, handler, help_ in (
        ("web", cmd_web, "the gateway (webhooks, staff console, API)"),
        ("worker", cmd_worker, "the outbox dispatcher"),
        ("scheduler", cmd_scheduler, "reminders, feedback requests, clean-up"),
        ("actions", cmd_actions, "the Rasa action server (flows)"),
        ("rasa", cmd_rasa, "the Rasa server, from .venv-rasa"),
    ):
        add(name, handler, help_)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from bot.logging import configure_logging

    args = build_parser().parse_args(argv)
    settings = get_settings()
    process = args.command if args.command in PROCESSES else "cli"
    configure_logging(settings.LOG_LEVEL, settings.LOG_FORMAT, process=process)
    return args.handler(args)
