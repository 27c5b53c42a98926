"""The assistant's understanding on this machine (issue: NLU): how long training takes, how
fast the Rasa server classifies a message, and how much memory it needs.

Prints: training time of the full model (pipeline and policies) from nlu/; Rasa /model/parse
latency p50/p95 over the development-set examples (nlu/dev), and the end-to-end REST turn (parse,
dialogue and an action-server call) p50/p95; the Rasa server's resident memory.

Run: .venv/bin/python bench/bench_nlu.py [--skip-training]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx
import yaml

from bot.settings import REPO_ROOT
from db.models import Base
from db.session import make_engine
from tests.assistant import running_assistant

RASA = REPO_ROOT / ".venv-rasa" / "bin" / "rasa"


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def heldout_texts() -> list[str]:
    data = yaml.safe_load((REPO_ROOT / "nlu" / "dev" / "dev_nlu.yml").read_text())
    texts: list[str] = []
    for block in data.get("nlu", []):
        for line in str(block.get("examples", "")).splitlines():
            line = line.strip().removeprefix("- ").strip()
            if line:
                texts.append(line.replace("[", "").split("](")[0] if "](" in line else line)
    return texts


def time_training() -> float:
    """A full training from nothing: a fresh cache directory, so no component is reused."""
    out = Path(tempfile.mkdtemp(prefix="bench-train-"))
    started = time.perf_counter()
    subprocess.run(
        [
            str(RASA),
            "train",
            "--config",
            "config.yml",
            "--domain",
            "domain",
            "--data",
            "data",
            "--out",
            str(out),
            "--quiet",
        ],
        cwd=REPO_ROOT / "nlu",
        check=True,
        capture_output=True,
        env={
            **os.environ,
            "RASA_TELEMETRY_ENABLED": "false",
            "RASA_CACHE_DIRECTORY": str(out / "cache"),
        },
    )
    elapsed = time.perf_counter() - started
    shutil.rmtree(out, ignore_errors=True)
    return elapsed


def resident_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--skip-training", action="store_true")
    args = parser.parse_args()
    if not args.skip_training:
        print(f"training (nlu/, {os.cpu_count()} cores): {time_training():.1f} s")
    texts = heldout_texts()
    folder = Path(tempfile.mkdtemp(prefix="bench-nlu-"))
    shutil.copy(REPO_ROOT / "config.yml", folder / "config.yml")
    url = f"sqlite:///{folder / 'nlu.db'}"
    Base.metadata.create_all(make_engine(url))
    with running_assistant(folder, folder / "config.yml", url) as assistant:
        params = {"token": assistant.rasa_token}
        with httpx.Client(base_url=assistant.rasa_url, timeout=30) as client:
            for text in texts[:10]:  # warm up
                client.post("/model/parse", params=params, json={"text": text})
            parse: list[float] = []
            for text in texts:
                started = time.perf_counter()
                client.post("/model/parse", params=params, json={"text": text}).raise_for_status()
                parse.append(time.perf_counter() - started)
            turns: list[float] = []
            for n, text in enumerate(texts[:200]):
                started = time.perf_counter()
                client.post(
                    "/webhooks/rest/webhook",
                    params=params,
                    json={"sender": f"bench-{n % 20}", "message": text},
                ).raise_for_status()
                turns.append(time.perf_counter() - started)
        memory = resident_mb(assistant.processes["rasa"].pid)
    print(
        f"parse ({len(parse)} held-out messages): p50 {statistics.median(parse) * 1000:.1f} ms, "
        f"p95 {percentile(parse, 0.95) * 1000:.1f} ms"
    )
    print(
        f"REST turn with dialogue and actions ({len(turns)}): "
        f"p50 {statistics.median(turns) * 1000:.1f} ms, p95 {percentile(turns, 0.95) * 1000:.1f} ms"
    )
    print(f"Rasa server resident memory: {memory:.0f} MB")


if __name__ == "__main__":
    main()
