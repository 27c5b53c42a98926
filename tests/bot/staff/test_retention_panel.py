"""The console says how long each kind of data is kept and when the daily clean-up first
removes it: admins can answer "how long do you keep my messages?" from the audit page."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.bot.staff.conftest import World


def test_the_audit_page_shows_how_long_each_kind_of_data_is_kept(
    admin_client: TestClient, world: World
) -> None:
    page = admin_client.get("/staff/audit")
    assert page.status_code == 200
    text = " ".join(page.text.split())
    assert "Data retention" in text
    # The last session here is w1-sun, 21 February 2027, ending 16:00.
    for kind, kept, first_removed in [
        ("Messages", "180 days", "21 Aug 2027"),
        ("Photos and documents", "90 days", "23 May 2027"),
        ("Outgoing message texts", "30 days", "24 Mar 2027"),
        ("Audit log", "365 days", "22 Feb 2028"),
    ]:
        assert kind in text and kept in text and first_removed in text, (kind, text[-3000:])
    assert "after the last session (21 Feb 2027)" in text
