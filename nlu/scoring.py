"""Scores for nlu/evaluate.py: intents per label and entities per token, and their printing.

Plain Python, so the arithmetic can be read without Rasa. Intent metrics are computed over the
labels in the gold data (macro-F1 weighs every intent the same, so a few large intents cannot
flatter it). Entity metrics follow Rasa's own (`rasa test nlu`): every token gets the type of the
gold entity it falls in, and of the predicted one, and precision, recall and F1 are counted over
tokens, per entity type. They are given per extractor, as Rasa does, and for all extractors
together: the entities the assistant actually receives.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple, Protocol

FALLBACK_INTENT = "nlu_fallback"
NO_ENTITY = "no_entity"
ALL_EXTRACTORS = "all extractors"


class Token(Protocol):
    start: int
    end: int


class IntentRow(NamedTuple):
    """One message: its gold intent, the classifier's, and the classifier's confidence."""

    text: str
    gold: str
    predicted: str
    confidence: float


@dataclass
class EntityCase:
    """One message: its gold entities, what the pipeline extracted, and its tokens."""

    text: str
    gold: list[dict[str, Any]]
    predicted: list[dict[str, Any]]
    tokens: Sequence[Token] = field(repr=False)

    def differences(self) -> dict[str, Any] | None:
        """The gold and extracted entities, when they differ in type, span or value."""

        def spans(entities: list[dict[str, Any]]) -> set[tuple[str, str, str]]:
            return {
                (str(e["entity"]), self.text[e["start"] : e["end"]], str(e.get("value")))
                for e in entities
            }

        gold, predicted = spans(self.gold), spans(self.predicted)
        if gold == predicted:
            return None
        return {
            "text": self.text,
            "missed": sorted(gold - predicted),
            "extra": sorted(predicted - gold),
        }


def f1_row(tp: int, fp: int, fn: int) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "support": tp + fn}


def score_intents(rows: Sequence[IntentRow], fallback_threshold: float) -> dict[str, Any]:
    """Accuracy, per-intent P/R/F1, macro-F1 over gold labels, confused pairs, fallback rate."""
    pairs = [(row.gold, row.predicted) for row in rows]
    low = [(r.gold, r.predicted) for r in rows if r.confidence < fallback_threshold]
    per_intent = {}
    for label in sorted({gold for gold, _ in pairs}):
        tp = sum(1 for g, p in pairs if g == label and p == label)
        fp = sum(1 for g, p in pairs if g != label and p == label)
        fn = sum(1 for g, p in pairs if g == label and p != label)
        per_intent[label] = f1_row(tp, fp, fn)
    confusions = Counter((g, p) for g, p in pairs if g != p)
    return {
        "examples": len(pairs),
        "accuracy": sum(1 for g, p in pairs if g == p) / len(pairs),
        "macro_f1": sum(m["f1"] for m in per_intent.values()) / len(per_intent),
        "fallback_threshold": fallback_threshold,
        "below_fallback_threshold": len(low),
        "below_fallback_threshold_but_right": sum(1 for g, p in low if g == p),
        "per_intent": per_intent,
        "confused_pairs": [
            {"gold": g, "predicted": p, "count": n} for (g, p), n in confusions.most_common()
        ],
    }


def _overlap(token: Token, entity: dict[str, Any]) -> int:
    return min(token.end, entity["end"]) - max(token.start, entity["start"])


def token_label(token: Token, entities: Iterable[dict[str, Any]]) -> str:
    """The type of the entity covering most of the token (Rasa's rule), or no_entity."""
    best = max(
        (e for e in entities if _overlap(token, e) > 0),
        key=lambda e: _overlap(token, e),
        default=None,
    )
    return str(best["entity"]) if best else NO_ENTITY


def score_entities(cases: Sequence[EntityCase]) -> dict[str, dict[str, dict[str, float]]]:
    """{extractor or 'all extractors': {entity type: P/R/F1/support over tokens}}."""
    extractors = sorted({str(e.get("extractor")) for c in cases for e in c.predicted})
    counts: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    for case in cases:
        by_extractor = {
            name: [e for e in case.predicted if e.get("extractor") == name] for name in extractors
        }
        by_extractor[ALL_EXTRACTORS] = case.predicted
        for token in case.tokens:
            gold = token_label(token, case.gold)
            for name, entities in by_extractor.items():
                predicted = token_label(token, entities)
                if gold == predicted != NO_ENTITY:
                    counts[name][gold]["tp"] += 1
                    continue
                if gold != NO_ENTITY:
                    counts[name][gold]["fn"] += 1
                if predicted != NO_ENTITY:
                    counts[name][predicted]["fp"] += 1
    gold_types = {str(e["entity"]) for c in cases for e in c.gold}
    return {
        name: {
            label: f1_row(n["tp"], n["fp"], n["fn"])
            for label, n in sorted(per_label.items())
            if label in gold_types or n["fp"]
        }
        for name, per_label in counts.items()
    }


def entity_value_accuracy(cases: Sequence[EntityCase]) -> dict[str, tuple[int, int]]:
    """{entity type: (gold entities found with the right value, gold entities)}: what the
    journeys read is the value ("taxi" must arrive as "travel"), which token F1 does not see."""
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for case in cases:
        for gold in case.gold:
            kind = str(gold["entity"])
            total[kind] += 1
            want = str(gold.get("value", "")).lower()
            if any(
                p["entity"] == kind
                and min(p["end"], gold["end"]) > max(p["start"], gold["start"])
                and str(p.get("value", "")).lower() == want
                for p in case.predicted
            ):
                found[kind] += 1
    return {kind: (found[kind], total[kind]) for kind in sorted(total)}


def print_intents(title: str, result: dict[str, Any], seconds: float) -> None:
    """The headline numbers, weakest intents first, and the most frequent confusions."""
    print(f"\n=== {title} ===  ({result['examples']} examples, {seconds:.0f} s)")
    print(f"  intent accuracy : {result['accuracy']:.3f}")
    print(f"  intent macro-F1 : {result['macro_f1']:.3f}")
    print(
        f"  under fallback threshold {result['fallback_threshold']}: "
        f"{result['below_fallback_threshold']} "
        f"({result['below_fallback_threshold_but_right']} of them correctly classified)"
    )
    print("  per-intent F1 (ascending):")
    for name, m in sorted(result["per_intent"].items(), key=lambda item: (item[1]["f1"], item[0])):
        print(
            f"    {m['f1']:.3f}  P {m['precision']:.2f}  R {m['recall']:.2f}  "
            f"n={m['support']:<3d} {name}"
        )
    print("  10 most confused pairs (gold -> predicted: count):")
    for pair in result["confused_pairs"][:10]:
        print(f"    {pair['gold']} -> {pair['predicted']}: {pair['count']}")
    if not result["confused_pairs"]:
        print("    none")


def print_entities(
    scores: dict[str, dict[str, dict[str, float]]], values: dict[str, tuple[int, int]]
) -> None:
    """Token F1 per entity type for each extractor and for all of them together."""
    for name in sorted(scores, key=lambda n: (n == ALL_EXTRACTORS, n)):
        parts = ", ".join(
            f"{label} {m['f1']:.3f} (P {m['precision']:.2f} R {m['recall']:.2f})"
            for label, m in scores[name].items()
        )
        print(f"  entities, {name}: {parts}")
    print(
        "  entities found with the right value: "
        + ", ".join(f"{kind} {found}/{total}" for kind, (found, total) in values.items())
    )
