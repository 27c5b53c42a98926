"""Intent classifier: tf-idf word and character n-grams, a linear SVM, calibrated confidences.

Why this and not DIET for intents: on our data, measured with nlu/evaluate.py (5-fold
cross-validation, 4,849 examples, 30 intents), DIET's intent macro-F1 was 0.858 and it put
11.6% of messages under the fallback threshold, half of them rightly classified; a linear model
on tf-idf n-grams scored about 0.91 in the same folds. tf-idf down-weights the letters and words
every message shares and normalises long messages against short ones, which raw counts fed to
DIET do not. Entities come from a CRF (nlu/config.yml).

Confidence: an SVM gives scores, not probabilities, and the FallbackClassifier needs a
confidence. The scores are turned into a softmax with one temperature, fitted on folds of the
training data held back from the SVM (minimising log-loss): the chosen intent is unchanged and a
confidence of 0.45 means about what it says. A linear model still picks some intent for words it
has never seen ("xqzt vrrp" came out as out_of_scope at 0.75), so the confidences are then scaled
by the share of the message's words that occur in the training data: a message of unknown words
falls under the threshold and the member is asked to say it another way, and the second such
message in a row reaches staff. A message with no known word at all gets no intent (confidence 0,
empty ranking), not whichever intent sorts first among equal zeros: it is the FallbackClassifier's
either way, and evaluation then scores it as the fallback it is, not as an `affirm`.
Runs inside Rasa (Python 3.10, .venv-rasa) only.
"""

# Signatures use typing.List/Dict, not list/dict: Rasa checks a component's types against its
# own (typing_utils.issubtype) when it builds the training graph.
import logging
import string
from typing import Any, Dict, List, Set

import numpy as np
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from scipy.optimize import minimize_scalar
from scipy.special import log_softmax, softmax
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.pipeline import Pipeline
from sklearn.svm import LinearSVC

from components.linear_text import LinearTextComponent, parts

log = logging.getLogger(__name__)

# Stripped from a word's ends before asking whether training has seen it ("venue?" is "venue").
PUNCTUATION = string.punctuation + "“”‘’…"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class TfidfIntentClassifier(LinearTextComponent, IntentClassifier):
    """Predicts the intent and a ranking from the message text alone."""

    @staticmethod
    def get_default_config() -> Dict[str, Any]:
        return {
            # Whitespace tokens keep "can't", "i", "u" and "2moro", which sklearn's default
            # pattern drops; words and word pairs carry topic and negation ("can't come").
            "word_max_ngram": 2,
            # Letters within words absorb typos and SMS-speak ("expnses", "l8", "comin").
            "char_min_ngram": 1,
            "char_max_ngram": 4,
            # SVM regularisation: 1.0 measured best of 0.5, 1 and 2.
            "C": 1.0,
            "calibration_folds": 3,
            "ranking_length": 10,
            "random_seed": 42,
        }

    def restore(self, saved: Dict[str, Any]) -> None:
        self.temperature = float(saved.get("temperature", 1.0))
        self.known_words = _known_words(self.pipeline) if self.pipeline is not None else set()

    def saved_fields(self) -> Dict[str, Any]:
        return {"temperature": self.temperature}

    def _new_model(self) -> LinearSVC:
        return LinearSVC(C=self.config["C"])

    def train(self, training_data: TrainingData) -> Resource:
        examples = [e for e in training_data.intent_examples if e.get(TEXT) and e.get(INTENT)]
        texts = [e.get(TEXT) for e in examples]
        labels = np.array([e.get(INTENT) for e in examples])
        if len(set(labels)) < 2:
            log.warning("TfidfIntentClassifier needs at least two intents; not trained")
            return self._resource
        self.pipeline = self._new_pipeline().fit(texts, labels)
        self.temperature = self._fit_temperature(texts, labels)
        self.known_words = _known_words(self.pipeline)
        self.persist()
        return self._resource

    def _fit_temperature(self, texts: List[str], labels: np.ndarray) -> float:
        """The softmax temperature that best predicts, on held-back folds, how often the
        SVM's choice is right. 1.0 when an intent has too few examples to fold."""
        smallest = min(np.unique(labels, return_counts=True)[1])
        folds = min(self.config["calibration_folds"], smallest)
        if folds < 2:
            return 1.0
        splitter = StratifiedKFold(folds, shuffle=True, random_state=self.config["random_seed"])
        scores = _as_matrix(
            cross_val_predict(  # the folds side by side, one process per core
                self._new_pipeline(),
                texts,
                labels,
                cv=splitter,
                method="decision_function",
                n_jobs=-1,
            )
        )
        gold = np.searchsorted(self.pipeline.classes_, labels)

        def log_loss(temperature: float) -> float:
            chosen = log_softmax(scores * temperature, axis=1)[np.arange(len(gold)), gold]
            return float(-chosen.mean())

        return float(minimize_scalar(log_loss, bounds=(0.1, 100.0), method="bounded").x)

    def process(self, messages: List[Message]) -> List[Message]:
        if self.pipeline is None:
            return messages
        texts = [message.get(TEXT) or "" for message in messages]
        scores = _as_matrix(self.pipeline.decision_function(texts))
        confidences = softmax(scores * self.temperature, axis=1)
        confidences *= np.array([[self._share_of_known_words(text)] for text in texts])
        intents = self.pipeline.classes_
        for message, row in zip(messages, confidences, strict=True):
            if not row.any():  # no word seen in training: no intent rather than the first one
                message.set(INTENT, {"name": None, "confidence": 0.0}, add_to_output=True)
                message.set(INTENT_RANKING_KEY, [], add_to_output=True)
                continue
            order = np.argsort(-row)
            ranking = [
                {"name": str(intents[i]), "confidence": float(row[i])}
                for i in order[: self.config["ranking_length"]]
            ]
            message.set(INTENT, ranking[0], add_to_output=True)
            message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        return messages

    def _share_of_known_words(self, text: str) -> float:
        """How much of the message the classifier has seen words of; 1.0 for no words."""
        words = [w for w in (t.strip(PUNCTUATION) for t in text.lower().split()) if w]
        if not words:
            return 1.0
        return sum(word in self.known_words for word in words) / len(words)


def _as_matrix(scores: np.ndarray) -> np.ndarray:
    """One column per intent; with two intents sklearn returns a single column of margins."""
    return np.column_stack([-scores, scores]) if scores.ndim == 1 else scores


def _known_words(pipeline: Pipeline) -> Set[str]:
    """The single words of the training data, without the punctuation stuck to them."""
    words_vectorizer = parts(pipeline)[0][0]
    return {word.strip(PUNCTUATION) for word in words_vectorizer.vocabulary_ if " " not in word} - {
        ""
    }
