"""Provider rate limits across worker processes: the combined send rate one SMS sender number
sees from 1 and from 2 worker processes, each pacing in memory (no REDIS_URL) and sharing the
pacing through Redis (REDIS_URL), side by side with the cap.

Each worker is a process of its own sending as fast as its limiter allows (tests/pacing_load.py);
what is measured is when the sends go, as the provider would count them.

Run: .venv/bin/python bench/bench_rate_limits.py [--cap 10] [--seconds 5]
     [--redis redis://127.0.0.1:6379/0]
"""

from __future__ import annotations

import argparse
import sys
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import redis

from bot.channels.rate_limits import RateLimit
from tests.pacing_load import Sender, measure, run_senders


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cap", type=float, default=10.0, help="sends a second (SMS default)")
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/0")
    args = parser.parse_args()

    prefix = f"bench:{uuid.uuid4().hex[:8]}:pace:"
    limits = (RateLimit("sms:+447700900000", args.cap),)
    pacers = {"memory": Sender(limits), "redis": Sender(limits, args.redis, prefix)}
    runs = [(name, workers) for workers in (1, 2) for name in pacers]
    senders = {run: [pacers[run[0]]] * run[1] for run in runs}
    try:
        print(f"cap {args.cap:g}/s for one sender number, {args.seconds:g} s a run")
        print(f"{'pacing':8} {'workers':>7} {'cap/s':>6} {'combined/s':>10} {'busiest second':>14}")
        for run in runs:
            times = run_senders(senders[run], args.seconds)
            measured = measure([t for worker in times for t in worker], args.seconds)
            verdict = "within" if measured.busiest_second <= args.cap else "OVER"
            print(
                f"{run[0]:8} {run[1]:>7} {args.cap:>6g} {measured.rate:>10.1f} "
                f"{measured.busiest_second:>14}  {verdict} the cap"
            )
    finally:
        client = redis.Redis.from_url(args.redis)
        for key in client.scan_iter(f"{prefix}*"):
            client.delete(key)


if __name__ == "__main__":
    main()
