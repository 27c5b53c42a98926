"""`python -m bot`: the organisers' commands (CONTRACT §1) and the Procfile's processes (§2)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy import select

from bot.settings import REPO_ROOT, get_settings
from db.models import ApiToken, StaffUser
from db.queries import audit
from db.session import session_factory_for, transaction


def _factory():
    return session_factory_for(get_settings().DATABASE_URL)


def cmd_members_import(args: argparse.Namespace) -> int:
    from bot.roster import import_roster, write_codes

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
        write_codes(Path(args.codes_out), report.codes)
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
        user = session.execute(
            select(StaffUser).where(StaffUser.email == email)
        ).scalar_one_or_none()
        if user is None:
            user = StaffUser(email=email, role=args.role, password_hash=password_hash)
            session.add(user)
            verb = "created"
        else:
            user.role, user.password_hash = args.role, password_hash
            user.failed_logins, user.locked_until, user.active = 0, None, True
            verb = "updated"
        session.flush()
        audit(session, None, f"staff.{verb}", "staff", user.id, role=args.role, via="cli")
    print(f"{verb} {email} ({args.role})")
    return 0


def cmd_staff_token(args: argparse.Namespace) -> int:
    from bot.security import new_api_token, token_hash

    email = args.email.strip().lower()
    with transaction(_factory()) as session:
        user = session.execute(
            select(StaffUser).where(StaffUser.email == email)
        ).scalar_one_or_none()
        if user is None:
            print(f"no staff account {email}", file=sys.stderr)
            return 1
        token = new_api_token()
        session.add(ApiToken(staff_id=user.id, token_hash=token_hash(token)))
        audit(session, None, "staff.token_created", "staff", user.id, via="cli")
    print(token)
    return 0


def cmd_check_config(args: argparse.Namespace) -> int:
    from bot.config import check_config_file

    path = Path(args.file) if args.file else get_settings().ASSEMBLY_CONFIG
    problems = check_config_file(path)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{path}: {len(problems)} problem(s)", file=sys.stderr)
        return 1
    print(f"{path}: ok")
    return 0


def cmd_invite(args: argparse.Namespace) -> int:
    from bot.invitations import send_invitations

    with transaction(_factory()) as session:
        count = send_invitations(session, member_id=args.member, resend=args.resend)
    print(f"{count} invitation(s) queued")
    return 0


def cmd_web(_args: argparse.Namespace) -> int:
    import uvicorn

    settings = get_settings()
    uvicorn.run(
        "bot.app:create_app",
        factory=True,
        host=os.environ.get("HOST", "127.0.0.1"),
        port=settings.PORT,
        log_level="warning",
        proxy_headers=True,
    )
    return 0


def cmd_worker(_args: argparse.Namespace) -> int:
    from bot.worker import run_worker

    run_worker(get_settings())
    return 0


def cmd_scheduler(_args: argparse.Namespace) -> int:
    from bot.scheduler import run_scheduler

    run_scheduler(get_settings())
    return 0


def cmd_actions(_args: argparse.Namespace) -> int:
    from flows.server import run_action_server

    run_action_server(get_settings())
    return 0


def cmd_rasa(_args: argparse.Namespace) -> int:
    """Start the Rasa server from .venv-rasa with our token and endpoints (exec, no Python of
    ours runs inside Rasa)."""
    from urllib.parse import urlparse

    settings = get_settings()
    endpoints = settings.RASA_TRACKER_DB.with_suffix(".endpoints.yml")
    endpoints.parent.mkdir(parents=True, exist_ok=True)
    endpoints.write_text(
        "action_endpoint:\n"
        f"  url: http://127.0.0.1:{settings.ACTIONS_PORT}/webhook\n"
        "tracker_store:\n"
        "  type: SQL\n"
        "  dialect: sqlite\n"
        f"  db: {settings.RASA_TRACKER_DB}\n"
    )
    port = urlparse(settings.RASA_URL).port or 5005
    rasa = REPO_ROOT / ".venv-rasa" / "bin" / "rasa"
    command = [
        str(rasa), "run", "--enable-api", "--auth-token", settings.RASA_TOKEN,
        "--model", str(REPO_ROOT / "nlu" / "models"), "--endpoints", str(endpoints),
        "--port", str(port), "--interface", "127.0.0.1", "--quiet",
    ]  # fmt: skip
    os.environ["RASA_TELEMETRY_ENABLED"] = "false"
    os.chdir(REPO_ROOT / "nlu")
    os.execv(str(rasa), command)  # noqa: S606 - replaces this process with Rasa's


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
    staff_add.add_argument("--role", choices=["admin", "staff", "finance"], required=True)
    staff_add.add_argument("--password-stdin", action="store_true")
    add("token", cmd_staff_token, "print a new API token", staff).add_argument("email")

    add("check-config", cmd_check_config, "validate a config file").add_argument("file", nargs="?")
    invite = add("invite", cmd_invite, "send invitations on each member's channel")
    who = invite.add_mutually_exclusive_group(required=True)
    who.add_argument("--all", action="store_true")
    who.add_argument("--member", type=int)
    invite.add_argument("--resend", action="store_true", help="also members already invited")

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
    configure_logging(get_settings().LOG_LEVEL)
    return args.handler(args)
