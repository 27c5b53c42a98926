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
import json
import logging
import string
from typing import Any, Dict, List, Optional, Set, Tuple

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from scipy.optimize import minimize_scalar
from scipy.special import log_softmax, softmax
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.pipeline import Pipeline, make_pipeline, make_union
from sklearn.svm import LinearSVC

log = logging.getLogger(__name__)

# The fitted model as plain data, nothing that runs code when read: the vocabularies, classes
# and temperature as JSON, the numbers (idf weights, SVM coefficients) as arrays.
MODEL_FILE = "classifier.json"
ARRAYS_FILE = "classifier.npz"
# Stripped from a word's ends before asking whether training has seen it ("venue?" is "venue").
PUNCTUATION = string.punctuation + "“”‘’…"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class TfidfIntentClassifier(GraphComponent, IntentClassifier):
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

    def __init__(
        self,
        config: Dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        pipeline: Optional[Pipeline] = None,
        temperature: float = 1.0,
    ) -> None:
        self.config = {**self.get_default_config(), **config}
        self._model_storage = model_storage
        self._resource = resource
        self.pipeline = pipeline
        self.temperature = temperature
        self.known_words = _known_words(pipeline) if pipeline is not None else set()

    @classmethod
    def create(
        cls,
        config: Dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "TfidfIntentClassifier":
        return cls(config, model_storage, resource)

    def _new_pipeline(self) -> Pipeline:
        words = TfidfVectorizer(
            analyzer="word",
            ngram_range=(1, self.config["word_max_ngram"]),
            token_pattern=r"[^\s]+",  # noqa: S106 - a regular expression, not a password
        )
        letters = TfidfVectorizer(
            analyzer="char_wb",
            ngram_range=(self.config["char_min_ngram"], self.config["char_max_ngram"]),
        )
        return make_pipeline(make_union(words, letters), LinearSVC(C=self.config["C"]))

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
            cross_val_predict(
                self._new_pipeline(), texts, labels, cv=splitter, method="decision_function"
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

    def persist(self) -> None:
        vectorizers, svm = _parts(self.pipeline)
        with self._model_storage.write_to(self._resource) as directory:
            np.savez(
                directory / ARRAYS_FILE,
                coef=svm.coef_,
                intercept=svm.intercept_,
                **{f"idf{n}": vectorizer.idf_ for n, vectorizer in enumerate(vectorizers)},
            )
            model = {
                "temperature": self.temperature,
                "classes": [str(name) for name in svm.classes_],
                "vocabularies": [
                    {term: int(column) for term, column in vectorizer.vocabulary_.items()}
                    for vectorizer in vectorizers
                ],
            }
            (directory / MODEL_FILE).write_text(json.dumps(model))

    @classmethod
    def load(
        cls,
        config: Dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> "TfidfIntentClassifier":
        """The fitted pipeline rebuilt from its saved vocabularies and arrays (sklearn's
        public fitted attributes), without unpickling anything."""
        try:
            with model_storage.read_from(resource) as directory:
                model = json.loads((directory / MODEL_FILE).read_text())
                with np.load(directory / ARRAYS_FILE, allow_pickle=False) as arrays:
                    arrays = dict(arrays)
        except ValueError:  # Rasa's way of saying the resource was never written
            log.warning("TfidfIntentClassifier found no trained model; intents will be empty")
            return cls(config, model_storage, resource)
        pipeline = cls(config, model_storage, resource)._new_pipeline()
        vectorizers, svm = _parts(pipeline)
        for n, (vectorizer, vocabulary) in enumerate(
            zip(vectorizers, model["vocabularies"], strict=True)
        ):
            vectorizer.vocabulary_ = vocabulary
            vectorizer.idf_ = arrays[f"idf{n}"]
        svm.coef_, svm.intercept_ = arrays["coef"], arrays["intercept"]
        svm.classes_ = np.array(model["classes"])
        return cls(config, model_storage, resource, pipeline, model["temperature"])


def _parts(pipeline: Pipeline) -> Tuple[List[TfidfVectorizer], LinearSVC]:
    """The pipeline's two vectorizers (words, letters) and its SVM."""
    union, svm = pipeline.steps[0][1], pipeline.steps[-1][1]
    return [vectorizer for _, vectorizer in union.transformer_list], svm


def _as_matrix(scores: np.ndarray) -> np.ndarray:
    """One column per intent; with two intents sklearn returns a single column of margins."""
    return np.column_stack([-scores, scores]) if scores.ndim == 1 else scores


def _known_words(pipeline: Pipeline) -> Set[str]:
    """The single words of the training data, without the punctuation stuck to them."""
    words_vectorizer = _parts(pipeline)[0][0]
    return {word.strip(PUNCTUATION) for word in words_vectorizer.vocabulary_ if " " not in word} - {
        ""
    }
