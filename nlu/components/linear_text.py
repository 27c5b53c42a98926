"""What the intent and the risk classifier share: a pipeline of tf-idf word and letter n-grams
and a linear model, saved and loaded as plain data (nothing that runs code when read).

The vocabularies, classes and a component's own fields (a temperature, a threshold) go to JSON;
the numbers (idf weights, coefficients, intercepts) to an .npz read with allow_pickle=False.
Loading sets sklearn's public fitted attributes on a new, unfitted pipeline of the same shape.
Runs inside Rasa (Python 3.10, .venv-rasa) only.
"""

# Signatures use typing.List/Dict, not list/dict: Rasa checks a component's types against its
# own (typing_utils.issubtype) when it builds the training graph.
import json
import logging
from typing import Any, Dict, List, Optional, Tuple

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import FeatureUnion, Pipeline, make_pipeline, make_union

log = logging.getLogger(__name__)

MODEL_FILE = "model.json"
ARRAYS_FILE = "model.npz"


class LinearTextComponent(GraphComponent):
    """A Rasa component whose model is tf-idf n-grams and a linear model. Subclasses give the
    linear model (`_new_model`) and their own saved fields (`saved_fields`, `restore`)."""

    def __init__(
        self,
        config: Dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        pipeline: Optional[Pipeline] = None,
        saved: Optional[Dict[str, Any]] = None,
    ) -> None:
        self.config = {**self.get_default_config(), **config}
        self._model_storage = model_storage
        self._resource = resource
        self.pipeline = pipeline
        self.restore(saved or {})

    def restore(self, saved: Dict[str, Any]) -> None:
        """Set the subclass's own fields from what `saved_fields` saved ({} before training)."""

    def saved_fields(self) -> Dict[str, Any]:
        """The subclass's own fields to save beside the pipeline (JSON-able)."""
        return {}

    def _new_model(self) -> Any:
        raise NotImplementedError

    @classmethod
    def create(
        cls,
        config: Dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "LinearTextComponent":
        return cls(config, model_storage, resource)

    def _new_pipeline(self) -> Pipeline:
        return make_pipeline(self._vectorizers(), self._new_model())

    def _vectorizers(self) -> FeatureUnion:
        """Whitespace-separated words and word n-grams, and letter n-grams within words."""
        words = TfidfVectorizer(
            analyzer="word",
            ngram_range=(1, self.config["word_max_ngram"]),
            token_pattern=r"[^\s]+",  # noqa: S106 - a regular expression, not a password
            sublinear_tf=self.config.get("sublinear_tf", False),
        )
        letters = TfidfVectorizer(
            analyzer="char_wb",
            ngram_range=(self.config["char_min_ngram"], self.config["char_max_ngram"]),
            sublinear_tf=self.config.get("sublinear_tf", False),
        )
        return make_union(words, letters)

    def persist(self) -> None:
        vectorizers, model = parts(self.pipeline)
        with self._model_storage.write_to(self._resource) as directory:
            np.savez(
                directory / ARRAYS_FILE,
                coef=model.coef_,
                intercept=model.intercept_,
                **{f"idf{n}": vectorizer.idf_ for n, vectorizer in enumerate(vectorizers)},
            )
            saved = {
                **self.saved_fields(),
                "classes": [_plain(name) for name in model.classes_],
                "vocabularies": [
                    {term: int(column) for term, column in vectorizer.vocabulary_.items()}
                    for vectorizer in vectorizers
                ],
            }
            (directory / MODEL_FILE).write_text(json.dumps(saved))

    @classmethod
    def load(
        cls,
        config: Dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> "LinearTextComponent":
        """The fitted pipeline rebuilt from its saved vocabularies and arrays (sklearn's
        public fitted attributes), without unpickling anything."""
        try:
            with model_storage.read_from(resource) as directory:
                saved = json.loads((directory / MODEL_FILE).read_text())
                with np.load(directory / ARRAYS_FILE, allow_pickle=False) as arrays:
                    arrays = dict(arrays)
        except ValueError:  # Rasa's way of saying the resource was never written
            log.warning("%s found no trained model; it will set nothing", cls.__name__)
            return cls(config, model_storage, resource)
        pipeline = cls(config, model_storage, resource)._new_pipeline()
        vectorizers, model = parts(pipeline)
        for n, (vectorizer, vocabulary) in enumerate(
            zip(vectorizers, saved["vocabularies"], strict=True)
        ):
            vectorizer.vocabulary_ = vocabulary
            vectorizer.idf_ = arrays[f"idf{n}"]
        model.coef_, model.intercept_ = arrays["coef"], arrays["intercept"]
        model.classes_ = np.array(saved["classes"])
        return cls(config, model_storage, resource, pipeline, saved)


def parts(pipeline: Pipeline) -> Tuple[List[TfidfVectorizer], Any]:
    """The pipeline's vectorizers (words, letters) and its linear model."""
    union, model = pipeline.steps[0][1], pipeline.steps[-1][1]
    return [vectorizer for _, vectorizer in union.transformer_list], model


def _plain(name: Any) -> Any:
    """A class label as JSON stores it: numpy's str and int as Python's."""
    return name.item() if isinstance(name, np.generic) else name
