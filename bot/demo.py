"""`make demo` (`python -m bot demo`): a demo roster and a demo admin account in the current
database, so a newcomer can sign in to the console and try the assistant at once.

The roster (demo/roster.csv) uses Ofcom's drama numbers (+44 7700 900xxx), which reach nobody.
The admin's password is made here and printed once; only its hash is stored, so running the
command again gives the account a new one (and ends its console sessions).
"""

from __future__ import annotations

import secrets

from sqlalchemy.orm import Session

from bot.members.roster import import_roster
from bot.security import hash_password
from bot.settings import REPO_ROOT

DEMO_ROSTER = REPO_ROOT / "demo" / "roster.csv"
DEMO_ADMIN = "demo-admin@example.org"


def load_demo(session: Session, port: int) -> str:
    """Import the demo roster and (re)make the demo admin; what to tell the newcomer."""
    from bot.cli_staff import save_staff_account

    report = import_roster(session, DEMO_ROSTER)
    password = secrets.token_urlsafe(12)
    verb = save_staff_account(session, DEMO_ADMIN, "admin", hash_password(password))
    return "\n".join(
        [
            f"demo roster {DEMO_ROSTER.relative_to(REPO_ROOT)}: {report.created} new, "
            f"{report.updated} updated",
            f"demo admin {verb}: {DEMO_ADMIN}",
            f"password (shown this once; `make demo` again makes a new one): {password}",
            f"next: `make run`, sign in at http://127.0.0.1:{port}/staff/login and open "
            f"http://127.0.0.1:{port}/staff/try to talk to the assistant",
        ]
    )
