"""Which role may do what: the one table every console page and API route checks.

Least privilege: organisers (`staff`) look after members, so they see conversations and the
support members need (access, dietary and caring needs), but not money. Finance sees claims and
receipts and a roster without any support needs or conversations. Admins can do everything.
"""

from __future__ import annotations

from enum import StrEnum


class Permission(StrEnum):
    """One right a staff user may hold."""

    VIEW_CONVERSATIONS = "view_conversations"
    REPLY_TO_MEMBERS = "reply_to_members"  # reply, notes, assign, resolve, hand back
    VIEW_ROSTER = "view_roster"
    VIEW_SUPPORT_NEEDS = "view_support_needs"  # access needs (special category), diet, caring
    SEND_BROADCASTS = "send_broadcasts"
    SEND_INVITATIONS = "send_invitations"
    VIEW_FEEDBACK = "view_feedback"
    VIEW_ATTENDANCE = "view_attendance"
    VIEW_CLAIMS = "view_claims"
    VIEW_RECEIPTS = "view_receipts"
    DECIDE_CLAIMS = "decide_claims"
    EXPORT_FINANCE = "export_finance"
    VIEW_AUDIT_LOG = "view_audit_log"
    MANAGE_DATA_RIGHTS = "manage_data_rights"  # export or erase a member's data on request
    TRY_ASSISTANT = "try_assistant"
    MANAGE_STAFF = "manage_staff"  # see staff accounts; disable, enable, revoke their access
    WITHDRAW_MEMBERS = "withdraw_members"  # confirm that a member has left; promote a reserve
    KEEP_REGISTER = "keep_register"  # tick members in at the door; the register's CSV
    PAY_MEMBERS = "pay_members"  # thank-you payments: see, approve, mark paid, export
    EDIT_MEMBERS = "edit_members"  # add a member, correct a member's details


ROLE_PERMISSIONS: dict[str, frozenset[Permission]] = {
    "admin": frozenset(Permission),
    "staff": frozenset(
        {
            Permission.VIEW_CONVERSATIONS,
            Permission.REPLY_TO_MEMBERS,
            Permission.VIEW_ROSTER,
            Permission.VIEW_SUPPORT_NEEDS,
            Permission.SEND_BROADCASTS,
            Permission.SEND_INVITATIONS,
            Permission.VIEW_FEEDBACK,
            Permission.VIEW_ATTENDANCE,
            Permission.TRY_ASSISTANT,
            Permission.WITHDRAW_MEMBERS,
            Permission.EDIT_MEMBERS,
            Permission.KEEP_REGISTER,
        }
    ),
    "finance": frozenset(
        {
            Permission.VIEW_CLAIMS,
            Permission.VIEW_RECEIPTS,
            Permission.DECIDE_CLAIMS,
            Permission.EXPORT_FINANCE,
            Permission.VIEW_ROSTER,
            Permission.PAY_MEMBERS,
        }
    ),
}


#: Every staff role, in the order the CLI offers them; a role exists by being in the table above.
ROLES: tuple[str, ...] = tuple(ROLE_PERMISSIONS)


def role_can(role: str, permission: Permission) -> bool:
    """True when the role holds the permission; an unknown role holds nothing."""
    return permission in ROLE_PERMISSIONS.get(role, frozenset())
