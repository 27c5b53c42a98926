"""The one error a backup or restore stops with: its message is for the operator."""

from __future__ import annotations


class BackupError(Exception):
    """A backup or restore that cannot go on; nothing of the deployment was changed by the
    step that raised it."""
