"""Measure the NLU honestly: 5-fold cross-validation on the training data and a held-out test set.

Run from the repository root with the Rasa interpreter:

    .venv-rasa/bin/python nlu/evaluate.py [--folds 5] [--skip-cv] [--skip-heldout]

Why this exists: intent names are a contract (CONTRACT.md section 7) and the assistant hands people
over to staff on low confidence, so we track macro-F1 and the weakest intents rather than overall
accuracy, which a few large intents can flatter.

Metrics are computed here from Rasa's own prediction files, over the labels that appear in the gold
data. `rasa test nlu` undoes FallbackClassifier predictions (it scores the classifier's top intent),
so intent metrics here are the classifier's; separately we count how many messages would have fallen
under the fallback threshold (config handover.fallback_threshold, 0.45), and how many of those were
in fact right, because each of those costs the member a "sorry, could you rephrase".
Results are written to nlu/results/ (git-ignored); exit status is 1 when the acceptance bar
(cross-validated macro-F1 >= 0.90 and every intent >= 0.80) is not met.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

NLU_DIR = Path(__file__).resolve().parent
RESULTS_DIR = NLU_DIR / "results"
RASA_BIN = Path(sys.executable).with_name("rasa")
FALLBACK_INTENT = "nlu_fallback"
FALLBACK_THRESHOLD = 0.45  # FallbackClassifier threshold in config.yml
MIN_MACRO_F1 = 0.90
MIN_INTENT_F1 = 0.80


def run_rasa(args: list[str], log_path: Path) -> float:
    """Run one rasa CLI command in nlu/, logged to a file; return its wall time."""
    env = dict(os.environ, RASA_TELEMETRY_ENABLED="false", SQLALCHEMY_SILENCE_UBER_WARNING="1")
    rasa = str(RASA_BIN) if RASA_BIN.exists() else "rasa"
    started = time.monotonic()
    with log_path.open("w") as log:
        completed = subprocess.run(  # noqa: S603 - fixed rasa CLI, arguments built here
            [rasa, *args], cwd=NLU_DIR, env=env, stdout=log, stderr=subprocess.STDOUT
        )
    elapsed = time.monotonic() - started
    if completed.returncode != 0:
        tail = log_path.read_text(errors="replace").splitlines()[-30:]
        raise SystemExit(
            f"rasa {' '.join(args)} failed (exit {completed.returncode}):\n" + "\n".join(tail)
        )
    return elapsed


def load_predictions(out_dir: Path) -> list[tuple[str, str, float]]:
    """(gold, predicted, confidence) per test example, from the files Rasa wrote."""
    pairs: list[tuple[str, str, float]] = []
    for name in ("intent_successes.json", "intent_errors.json"):
        path = out_dir / name
        if not path.exists():
            continue
        for row in json.loads(path.read_text()):
            prediction = row.get("intent_prediction") or {}
            predicted = prediction.get("name") or FALLBACK_INTENT
            pairs.append((row["intent"], predicted, float(prediction.get("confidence") or 0.0)))
    if not pairs:
        raise SystemExit(f"no prediction files found in {out_dir}")
    return pairs


def score(predictions: list[tuple[str, str, float]]) -> dict[str, Any]:
    """Accuracy, per-intent P/R/F1, macro-F1 over gold labels, confused pairs, fallback rate."""
    pairs = [(gold, predicted) for gold, predicted, _ in predictions]
    low = [
        (gold, predicted)
        for gold, predicted, confidence in predictions
        if confidence < FALLBACK_THRESHOLD
    ]
    gold_labels = sorted({gold for gold, _ in pairs})
    per_intent: dict[str, dict[str, float]] = {}
    for label in gold_labels:
        tp = sum(1 for g, p in pairs if g == label and p == label)
        fp = sum(1 for g, p in pairs if g != label and p == label)
        fn = sum(1 for g, p in pairs if g == label and p != label)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_intent[label] = {"precision": precision, "recall": recall, "f1": f1, "support": tp + fn}
    confusions = Counter((g, p) for g, p in pairs if g != p)
    return {
        "examples": len(pairs),
        "accuracy": sum(1 for g, p in pairs if g == p) / len(pairs),
        "macro_f1": sum(m["f1"] for m in per_intent.values()) / len(per_intent),
        "below_fallback_threshold": len(low),
        "below_fallback_threshold_but_right": sum(1 for g, p in low if g == p),
        "per_intent": per_intent,
        "confused_pairs": [
            {"gold": g, "predicted": p, "count": n} for (g, p), n in confusions.most_common()
        ],
    }


def entity_summary(out_dir: Path) -> str:
    """One line per entity extractor report so entity regressions are noticed too."""
    lines = []
    for report in sorted(out_dir.glob("*Extractor_report.json")) + sorted(
        out_dir.glob("DIETClassifier_report.json")
    ):
        data = json.loads(report.read_text())
        entities = {
            k: v
            for k, v in data.items()
            if isinstance(v, dict)
            and "f1-score" in v
            and k != "no_entity"
            and not k.endswith("avg")
        }
        if report.stem.startswith("RegexEntityExtractor"):  # knows regex entities only
            entities = {k: v for k, v in entities.items() if v["precision"] or v["recall"]}
        parts = ", ".join(f"{k} {v['f1-score']:.2f}" for k, v in sorted(entities.items()))
        lines.append(f"  entities ({report.stem.replace('_report', '')}): {parts}")
    return "\n".join(lines)


def print_report(title: str, result: dict[str, Any], out_dir: Path, seconds: float) -> None:
    """Print the headline numbers, weakest intents first, and the most frequent confusions."""
    print(f"\n=== {title} ===  ({result['examples']} examples, {seconds:.0f}s, files in {out_dir})")
    print(f"  intent accuracy : {result['accuracy']:.3f}")
    print(f"  intent macro-F1 : {result['macro_f1']:.3f}")
    print(
        f"  under fallback threshold {FALLBACK_THRESHOLD}: {result['below_fallback_threshold']} "
        f"({result['below_fallback_threshold_but_right']} of them correctly classified)"
    )
    print("  per-intent F1 (ascending):")
    for name, m in sorted(result["per_intent"].items(), key=lambda item: (item[1]["f1"], item[0])):
        scores = f"{m['f1']:.3f}  P {m['precision']:.2f}  R {m['recall']:.2f}"
        print(f"    {scores}  n={m['support']:<3d} {name}")
    print("  10 most confused pairs (gold -> predicted: count):")
    for pair in result["confused_pairs"][:10]:
        print(f"    {pair['gold']} -> {pair['predicted']}: {pair['count']}")
    if not result["confused_pairs"]:
        print("    none")
    entities = entity_summary(out_dir)
    if entities:
        print(entities)


def cross_validate(folds: int) -> tuple[dict[str, Any], Path, float]:
    """k-fold CV over nlu/data/nlu with the production pipeline in nlu/config.yml."""
    out_dir = RESULTS_DIR / "cv"
    shutil.rmtree(out_dir, ignore_errors=True)
    out_dir.mkdir(parents=True)
    seconds = run_rasa(
        [
            "test",
            "nlu",
            "--nlu",
            "data/nlu",
            "--config",
            "config.yml",
            "--cross-validation",
            "--folds",
            str(folds),
            "--out",
            str(out_dir),
            "--successes",
            "--no-plot",
        ],
        out_dir / "rasa.log",
    )
    return score(load_predictions(out_dir)), out_dir, seconds


def heldout() -> tuple[dict[str, Any], Path, float]:
    """Train on all of nlu/data/nlu, test on nlu/heldout/ (never trained on)."""
    out_dir = RESULTS_DIR / "heldout"
    shutil.rmtree(out_dir, ignore_errors=True)
    out_dir.mkdir(parents=True)
    model_dir = out_dir / "model"
    seconds = run_rasa(
        [
            "train",
            "nlu",
            "--nlu",
            "data/nlu",
            "--config",
            "config.yml",
            "--domain",
            "domain",
            "--out",
            str(model_dir),
            "--fixed-model-name",
            "heldout-nlu",
        ],
        out_dir / "train.log",
    )
    seconds += run_rasa(
        [
            "test",
            "nlu",
            "--model",
            str(model_dir / "heldout-nlu.tar.gz"),
            "--nlu",
            "heldout",
            "--out",
            str(out_dir),
            "--successes",
            "--no-plot",
        ],
        out_dir / "rasa.log",
    )
    return score(load_predictions(out_dir)), out_dir, seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--skip-cv", action="store_true", help="only the held-out evaluation")
    parser.add_argument("--skip-heldout", action="store_true", help="only cross-validation")
    args = parser.parse_args()

    RESULTS_DIR.mkdir(exist_ok=True)
    summary: dict[str, Any] = {}
    passed = True
    if not args.skip_cv:
        result, out_dir, seconds = cross_validate(args.folds)
        print_report(f"{args.folds}-fold cross-validation", result, out_dir, seconds)
        summary["cross_validation"] = result
        weakest = min(m["f1"] for m in result["per_intent"].values())
        passed = result["macro_f1"] >= MIN_MACRO_F1 and weakest >= MIN_INTENT_F1
        print(
            f"  acceptance (macro-F1 >= {MIN_MACRO_F1}, every intent >= {MIN_INTENT_F1}): "
            f"{'PASS' if passed else 'FAIL'} (lowest intent F1 {weakest:.3f})"
        )
    if not args.skip_heldout:
        result, out_dir, seconds = heldout()
        print_report("held-out test set (nlu/heldout)", result, out_dir, seconds)
        summary["heldout"] = result
    (RESULTS_DIR / "summary.json").write_text(json.dumps(summary, indent=2))
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
