"""Roster import (CONTRACT §6): idempotent, keyed on the normalised phone number.

A bad row is reported with its line number and skipped; the good rows are imported. Re-importing
updates names and preferences but never touches a member's onboarding progress or invite code,
nor what the member has since chosen themselves (the channel they asked us to use).
"""

from __future__ import annotations

import csv
import secrets
from dataclasses import dataclass, field
from pathlib import Path

import phonenumbers
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.channels.registry import DEFAULT_CHANNEL, member_channels, phone_channels
from db.models import ChannelIdentity, Member

INVITE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L: easy to read aloud
INVITE_LENGTH = 6
REQUIRED_COLUMNS = ("first_name", "last_name", "phone")
#: Columns the contract names; any other column is a stratification column (age band, ward, ...)
#: kept as the member's `strata`, which reserves are matched on.
STANDARD_COLUMNS = (*REQUIRED_COLUMNS, "email", "preferred_channel", "language", "reserve")
CHANNELS = member_channels()


class RowError(ValueError):
    """A roster row that cannot be imported, with the reason a coordinator can act on."""


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    errors: list[str] = field(default_factory=list)  # "line 7: phone '0770' is not a valid number"
    codes: list[tuple[str, str]] = field(default_factory=list)  # (phone, invite_code)


def normalise_phone(raw: str, region: str = "GB") -> str:
    """Any common UK or E.164 form to E.164, or RowError."""
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException as error:
        raise RowError(f"phone {raw!r} is not a phone number") from error
    if not (phonenumbers.is_valid_number(number) or _is_drama_number(number)):
        raise RowError(f"phone {raw!r} is not a valid number")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


# Ofcom's numbers reserved for drama (e.g. 07700 900xxx): never allocated, so libphonenumber
# calls them invalid, but fictional rosters and tests use them.
DRAMA_RANGES = (("+447700900", 13), ("+442079460", 13), ("+441134960", 13))


def _is_drama_number(number: phonenumbers.PhoneNumber) -> bool:
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return any(e164.startswith(prefix) and len(e164) == size for prefix, size in DRAMA_RANGES)


def new_invite_code(taken: set[str]) -> str:
    """A fresh code that no member has."""
    while True:
        code = "".join(secrets.choice(INVITE_ALPHABET) for _ in range(INVITE_LENGTH))
        if code not in taken:
            taken.add(code)
            return code


def parse_member_fields(row: dict[str, str]) -> dict[str, object]:
    """One member's roster columns, checked and normalised (a CSV row, or the console's
    add and edit forms); RowError says what is wrong."""
    values = {key: (row.get(key) or "").strip() for key in row if key}
    for column in REQUIRED_COLUMNS:
        if not values.get(column):
            raise RowError(f"{column} is empty")
    channel = (values.get("preferred_channel") or DEFAULT_CHANNEL).lower()
    if channel not in CHANNELS:
        raise RowError(f"preferred_channel {channel!r} is not one of {', '.join(CHANNELS)}")
    reserve = (values.get("reserve") or "no").lower()
    if reserve not in ("yes", "no", "y", "n", "true", "false", ""):
        raise RowError(f"reserve {reserve!r} must be yes or no")
    email = values.get("email") or None
    if email and "@" not in email:
        raise RowError(f"email {email!r} is not an email address")
    return {
        "first_name": values["first_name"],
        "last_name": values["last_name"],
        "phone": normalise_phone(values["phone"]),
        "email": email,
        "preferred_channel": channel,
        # Blank: not known; onboarding asks when the assembly speaks more than one language.
        "language": (values.get("language") or "").strip().lower(),
        "reserve": reserve in ("yes", "y", "true"),
        "strata": {
            key.strip().lower(): value
            for key, value in values.items()
            if key.strip().lower() not in STANDARD_COLUMNS and value
        }
        or None,
    }


def import_roster(session: Session, path: Path) -> ImportReport:
    """Import or update every good row of the CSV file; report the bad ones by line number."""
    report = ImportReport()
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in REQUIRED_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            report.errors.append(f"line 1: missing column(s) {', '.join(missing)}")
            return report
        existing = {m.phone: m for m in session.execute(select(Member)).scalars()}
        taken = {m.invite_code for m in existing.values()}
        seen: dict[str, int] = {}
        for row in reader:
            line = reader.line_num
            try:
                values = parse_member_fields(row)
            except RowError as error:
                report.errors.append(f"line {line}: {error}")
                continue
            phone = str(values["phone"])
            if phone in seen:
                duplicate = f"phone duplicates line {seen[phone]}"  # i18n-exempt: staff
                report.errors.append(f"line {line}: {duplicate}")
                continue
            seen[phone] = line
            member = existing.get(phone)
            if member is None:
                member = Member(**values, invite_code=new_invite_code(taken))
                session.add(member)
                session.flush()
                link_phone_identities(session, member)
                existing[phone] = member
                report.created += 1
            else:
                for key, value in values.items():
                    if key == "language" and not value:
                        continue  # a blank cell keeps the language the member chose
                    if key not in member_choices(member):
                        setattr(member, key, value)
                report.updated += 1
    report.codes = sorted((m.phone, m.invite_code) for m in existing.values())
    return report


def member_choices(member: Member) -> frozenset[str]:
    """The roster columns the member (or staff) has since settled: a re-import keeps them. A
    reserve promoted to a place stays a member whatever the file still says."""
    chosen = {"preferred_channel"} if member.preferred_channel_chosen_at else set()
    if member.promoted_at is not None:
        chosen.add("reserve")
    return frozenset(chosen)


def link_phone_identities(session: Session, member: Member) -> None:
    """Claim SMS and WhatsApp identities that wrote in before the member was on the roster."""
    for identity in session.execute(
        select(ChannelIdentity).where(
            ChannelIdentity.address == member.phone,
            ChannelIdentity.channel.in_(phone_channels()),
            ChannelIdentity.member_id.is_(None),
        )
    ).scalars():
        identity.member_id = member.id


def write_codes(
    path: Path, codes: list[tuple[str, str]], telegram_bot_username: str | None = None
) -> None:
    """phone,invite_code for every member (CONTRACT §1); with the bot's username known, also
    the Telegram link for the letter (Telegram cannot write to a member first)."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        if telegram_bot_username:
            writer.writerow(["phone", "invite_code", "telegram_link"])
            writer.writerows(
                (phone, code, f"https://t.me/{telegram_bot_username}?start={code}")
                for phone, code in codes
            )
        else:
            writer.writerow(["phone", "invite_code"])
            writer.writerows(codes)
