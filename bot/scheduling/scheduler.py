"""The scheduler's jobs (reminders, feedback requests, clean-up) and when each runs; the
process that runs them is ``bot.scheduling.process`` (``python -m bot scheduler``).

Design: the scheduler never sends anything. It writes outbox rows, each with `not_before` and an
idempotency key, and the worker sends the rows that are due. So:

* Reminders due in the next 24 hours are written ahead (`bot.scheduling.reminders`), on start,
  whenever config.yml changes (checked every 30 s) and every 5 minutes (new members, declines,
  and the horizon moving on). If the scheduler dies the worker still sends what is queued;
  whatever a downtime missed is caught up by the next planning run (see
  `bot.scheduling.reminders` for the rules).
* Feedback requests run at each session's feedback time (an APScheduler date job per session,
  re-made when config.yml changes, with a two-day misfire grace) and in a sweep every 5
  minutes, which retries members Rasa could not be reached for. Both are idempotent.
* The register's late and absent messages (`check_in:` in config.yml) in a sweep every 2
  minutes (`bot.scheduling.check_in_messages`); idempotent like the rest.
* Retention: daily at 03:30 local time, heartbeats and invite attempts older than 30 days go,
  and config.yml's `retention:` is applied to messages (and Rasa's record of them), media,
  outbox texts and the audit log (`bot.scheduling.retention`).
* One leader: a lease row in `SchedulerLock` (holder ``hostname:pid``, 60 s by default
  (`SCHEDULER_LEASE_SECONDS`), renewed every 15 s or a quarter of the lease). Any number of
  schedulers may run, on any machine: the others keep beating but do no work until the
  lease expires; even if two ran, the idempotency keys and unique rows would make the second
  a no-op.
* Heartbeat every 15 s (`/healthz`), from its own executor so a slow Rasa call cannot make the
  scheduler look dead. Planning and feedback share one worker thread, so they never overlap.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED, JobExecutionEvent
from apscheduler.schedulers.base import BaseScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.date import DateTrigger
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy import delete
from sqlalchemy.orm import Session, sessionmaker

from bot.config import AssemblyConfig, ConfigError, load_config_cached
from bot.i18n.catalogue import use_messages_file
from bot.logging import correlated, new_correlation_id
from bot.media_store import delete_media, media_store_for
from bot.metrics import SCHEDULER_JOBS, SCHEDULER_LEADER
from bot.scheduling.check_in_messages import queue_check_in_messages
from bot.scheduling.feedback_requests import (
    FEEDBACK_GRACE,
    FeedbackReport,
    RasaSurveyStarter,
    SurveyStarter,
    feedback_time,
    request_feedback,
)
from bot.scheduling.reminders import PlanReport, plan_reminders
from bot.scheduling.retention import CLEAN_UP_AT, RetentionReport, clean_up_expired
from bot.scheduling.takeovers import LAPSE_SWEEP_SECONDS, lapse_takeovers
from bot.settings import Settings
from db.leases import give_back_lease, take_lease
from db.models import Heartbeat, InviteAttempt, SchedulerLock
from db.queries import beat
from db.session import make_engine, make_session_factory, transaction
from db.tracker_store import TrackerStore
from db.types import utcnow

logger = logging.getLogger(__name__)

LEASE_NAME = "scheduler"
LEASE_DURATION = timedelta(seconds=60)
BEAT_SECONDS = 15
CONFIG_CHECK_SECONDS = 30
REPLAN_SECONDS = 300
FEEDBACK_SWEEP_SECONDS = 300
CHECK_IN_SWEEP_SECONDS = 120  # late messages go within two minutes of being due
RETENTION = timedelta(days=30)
FEEDBACK_JOB_PREFIX = "feedback:"


def default_holder() -> str:
    """Who holds the lease: ``hostname:pid``, so an operator can tell which process it is."""
    return f"{socket.gethostname()}:{os.getpid()}"[:80]


# --- the lease -----------------------------------------------------------------------------------


def acquire_lease(
    db: Session,
    holder: str,
    now: datetime,
    name: str = LEASE_NAME,
    duration: timedelta = LEASE_DURATION,
) -> bool:
    """Take or renew the lease; True when `holder` has it until `now + duration`
    (db/leases.py: two schedulers racing for an expired lease cannot both win)."""
    return take_lease(db, SchedulerLock, {"name": name}, holder, now, duration)


def release_lease(db: Session, holder: str, name: str = LEASE_NAME) -> None:
    """Give the lease back on a clean stop, so a replacement need not wait for it to expire."""
    give_back_lease(db, SchedulerLock, {"name": name}, holder)


# --- retention -----------------------------------------------------------------------------------


def prune_old_rows(db: Session, now: datetime, retention: timedelta = RETENTION) -> int:
    """Delete heartbeats and invite attempts older than `retention`; rows deleted."""
    cutoff = now - retention
    deleted = db.execute(delete(Heartbeat).where(Heartbeat.beat_at < cutoff)).rowcount or 0
    deleted += (
        db.execute(delete(InviteAttempt).where(InviteAttempt.attempted_at < cutoff)).rowcount or 0
    )
    return deleted


# --- the service ---------------------------------------------------------------------------------


class SchedulerService:
    """The scheduler's jobs, each callable on its own (tests call them with a fixed clock)."""

    def __init__(
        self,
        settings: Settings,
        *,
        sessions: sessionmaker[Session] | None = None,
        start_survey: SurveyStarter | None = None,
        clock: Callable[[], datetime] = utcnow,
        holder: str | None = None,
    ) -> None:
        self.settings = settings
        use_messages_file(settings.messages_path_for())  # the organisers' wording of reminders
        self.sessions = sessions or make_session_factory(make_engine(settings.DATABASE_URL))
        self.start_survey = start_survey or RasaSurveyStarter(settings)
        self.clock = clock
        self.holder = holder or default_holder()
        self.lease = timedelta(seconds=settings.SCHEDULER_LEASE_SECONDS)
        self.leader = False
        self._config_signature: tuple[int, int] | None = None
        self._scheduler: BaseScheduler | None = None

    # -- jobs --------------------------------------------------------------------------------

    def heartbeat(self) -> None:
        """Tell /healthz this process is alive (leader or standby)."""
        with transaction(self.sessions) as db:
            beat(db, "scheduler", leader=self.leader)

    def renew_lease(self) -> bool:
        """Take or keep the lease; on becoming leader, plan at once."""
        with transaction(self.sessions) as db:
            leader = acquire_lease(db, self.holder, self.clock(), duration=self.lease)
        SCHEDULER_LEADER.set(1 if leader else 0)
        if leader and not self.leader:
            logger.info("scheduler lease taken by this process; planning")
            self.leader = True
            self._run_soon(self.plan, "plan-now")
        elif not leader and self.leader:
            logger.warning("scheduler lease lost; standing by")
            self.leader = False
        elif not leader:
            logger.debug("another scheduler holds the lease; standing by")
        return leader

    def leading_config(self) -> AssemblyConfig | None:
        """The config to work from when this process leads; None means there is nothing to do
        (a standby, or no valid config yet)."""
        return self.config() if self.leader else None

    def config(self) -> AssemblyConfig | None:
        """The current config, or None when there has never been a valid one (logged)."""
        try:
            return load_config_cached(self.settings.ASSEMBLY_CONFIG)
        except ConfigError as error:
            logger.error(
                "config %s unusable (%d problem(s)); nothing planned",
                self.settings.ASSEMBLY_CONFIG,
                len(error.problems),
            )
            return None

    def check_config(self) -> bool:
        """Re-plan when config.yml changed on disk (its modification time or size)."""
        signature = _file_signature(self.settings.ASSEMBLY_CONFIG)
        if signature == self._config_signature:
            return False
        self._config_signature = signature
        logger.info("config.yml changed; re-planning")
        if self.leader:
            self.plan()
        return True

    def plan(self) -> PlanReport | None:
        """Plan reminders (and their change notices) and the feedback jobs from the config."""
        config = self.leading_config()
        if config is None:
            return None
        self._config_signature = _file_signature(self.settings.ASSEMBLY_CONFIG)
        # One correlation id a run: its log lines and the outbox rows it queues share it.
        with correlated(new_correlation_id()), transaction(self.sessions) as db:
            report = plan_reminders(db, config, self.clock())
        self.schedule_feedback_jobs(config)
        return report

    def request_feedback(self) -> FeedbackReport | None:
        """Ask expected members of every due session for feedback (idempotent)."""
        config = self.leading_config()
        if config is None:
            return None
        with correlated(new_correlation_id()):
            return request_feedback(self.sessions, config, self.clock(), self.start_survey)

    def send_check_in_messages(self) -> int:
        """The register's late and absent messages now due (idempotent)."""
        config = self.leading_config()
        if config is None:
            return 0
        with transaction(self.sessions) as db:
            return queue_check_in_messages(db, config, self.clock())

    def clean_up(self) -> int:
        """The daily retention clean-up; the number of rows deleted or blanked."""
        if not self.leader:
            return 0
        config = self.config()
        now = self.clock()
        tracker = TrackerStore.for_settings(self.settings)
        with transaction(self.sessions) as db:
            deleted = prune_old_rows(db, now)
            expired = clean_up_expired(db, config, tracker, now) if config else RetentionReport()
        delete_media(media_store_for(self.settings), expired.files)
        logger.info("retention clean-up: %d old row(s) deleted", deleted + expired.total)
        return deleted + expired.total

    def lapse_takeovers(self) -> int:
        """Tell members whose takeover nobody answered in time; how many were told."""
        config = self.leading_config()
        if config is None:
            return 0
        with transaction(self.sessions) as db:
            lapsed = lapse_takeovers(db, config, self.clock())
        if lapsed:
            logger.info("%d takeover(s) lapsed without a word from staff", lapsed)
        return lapsed

    def release(self) -> None:
        """Hand the lease back (clean stop)."""
        if self.leader:
            with transaction(self.sessions) as db:
                release_lease(db, self.holder)
            self.leader = False
            SCHEDULER_LEADER.set(0)

    # -- wiring into APScheduler --------------------------------------------------------------

    def install(self, scheduler: BaseScheduler) -> None:
        """Add every recurring job, with explicit ids so a re-install replaces rather than adds."""
        self._scheduler = scheduler
        scheduler.add_listener(_count_job, EVENT_JOB_EXECUTED | EVENT_JOB_ERROR)
        now = self.clock()
        beats = {"executor": "beats", "replace_existing": True, "next_run_time": now}
        scheduler.add_job(
            self.heartbeat, IntervalTrigger(seconds=BEAT_SECONDS), id="heartbeat", **beats
        )
        renew_every = min(BEAT_SECONDS, self.lease.total_seconds() / 4)
        scheduler.add_job(
            self.renew_lease, IntervalTrigger(seconds=renew_every), id="lease", **beats
        )
        scheduler.add_job(
            self.check_config,
            IntervalTrigger(seconds=CONFIG_CHECK_SECONDS),
            id="config-check",
            replace_existing=True,
        )
        scheduler.add_job(
            self.plan, IntervalTrigger(seconds=REPLAN_SECONDS), id="replan", replace_existing=True
        )
        scheduler.add_job(
            self.request_feedback,
            IntervalTrigger(seconds=FEEDBACK_SWEEP_SECONDS),
            id="feedback-sweep",
            replace_existing=True,
        )
        scheduler.add_job(
            self.lapse_takeovers,
            IntervalTrigger(seconds=LAPSE_SWEEP_SECONDS),
            id="takeover-lapses",
            replace_existing=True,
        )
        scheduler.add_job(
            self.send_check_in_messages,
            IntervalTrigger(seconds=CHECK_IN_SWEEP_SECONDS),
            id="check-in-sweep",
            replace_existing=True,
        )
        config = self.config()
        scheduler.add_job(
            self.clean_up,
            CronTrigger(
                hour=CLEAN_UP_AT.hour,
                minute=CLEAN_UP_AT.minute,
                timezone=config.tz if config else UTC,
            ),
            id="retention",
            replace_existing=True,
        )
        self._config_signature = _file_signature(self.settings.ASSEMBLY_CONFIG)

    def schedule_feedback_jobs(self, config: AssemblyConfig) -> None:
        """One date job per session at its feedback time; jobs of removed sessions go."""
        if self._scheduler is None:
            return
        wanted = set()
        now = self.clock()
        for item in config.sessions:
            when = feedback_time(item, config)
            if when + FEEDBACK_GRACE <= now:
                continue
            job_id = f"{FEEDBACK_JOB_PREFIX}{item.id}"
            wanted.add(job_id)
            self._scheduler.add_job(
                self.request_feedback,
                DateTrigger(run_date=when),
                id=job_id,
                replace_existing=True,
                misfire_grace_time=int(FEEDBACK_GRACE.total_seconds()),
            )
        for job in self._scheduler.get_jobs():
            if job.id.startswith(FEEDBACK_JOB_PREFIX) and job.id not in wanted:
                job.remove()

    def _run_soon(self, job: Callable[[], object], job_id: str) -> None:
        """Run a job once now on the work executor (or inline when not under APScheduler)."""
        if self._scheduler is None:
            job()
        else:
            self._scheduler.add_job(job, id=job_id, replace_existing=True)


def _count_job(event: JobExecutionEvent) -> None:
    """Count every job run by its kind (feedback jobs, one a session, count as one kind)."""
    job = "feedback" if event.job_id.startswith(FEEDBACK_JOB_PREFIX) else event.job_id
    SCHEDULER_JOBS.labels(job=job, outcome="error" if event.exception else "ok").inc()


def _file_signature(path: Path) -> tuple[int, int]:
    try:
        stat = Path(path).stat()
    except OSError:
        return (-1, -1)
    return (stat.st_mtime_ns, stat.st_size)
