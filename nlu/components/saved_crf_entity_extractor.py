"""Rasa's CRFEntityExtractor, with its trained taggers saved in the model rather than trained
again every time the model is loaded.

Rasa 3.6's CRFEntityExtractor persists the training examples (`crf_dataset.json`, 15 MB of
JSON for our data) and trains each CRF again from them in `load`: every start of the Rasa
server spent most of its loading time training, and the parsed JSON left tens of megabytes in
the heap. This subclass writes each trained tagger's own crfsuite model file next to
`crf_order.json` instead, and `load` opens those files: the same taggers, the same predictions
(features, tags and prediction are all the parent's), without training.

Runs inside Rasa (Python 3.10, .venv-rasa) only.
"""

# Signatures use typing.Dict/List, not dict/list: Rasa checks a component's types against its
# own (typing_utils.issubtype) when it builds the training graph.
import logging
from collections import OrderedDict
from pathlib import Path
from typing import Any, Dict, List

import rasa.shared.utils.io
from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.crf_entity_extractor import CRFEntityExtractor, CRFToken
from sklearn_crfsuite import CRF

log = logging.getLogger(__name__)

ORDER_FILE = "crf_order.json"


def _tagger_file(directory: Path, tag_name: str) -> Path:
    return directory / f"crf_{tag_name}.crfsuite"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=True)
class SavedCRFEntityExtractor(CRFEntityExtractor):
    """CRFEntityExtractor whose taggers are loaded as trained, not retrained on load."""

    def persist(self, dataset: List[List[CRFToken]]) -> None:
        """Each tagger's crfsuite model file and the order they run in (not the dataset)."""
        with self._model_storage.write_to(self._resource) as directory:
            for tag_name, tagger in self.entity_taggers.items():
                _tagger_file(directory, tag_name).write_bytes(
                    Path(tagger.modelfile.name).read_bytes()
                )
            rasa.shared.utils.io.dump_obj_as_json_to_file(directory / ORDER_FILE, self.crf_order)

    @classmethod
    def load(
        cls,
        config: Dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> "SavedCRFEntityExtractor":
        """The saved taggers, each read into memory as it was trained."""
        try:
            with model_storage.read_from(resource) as directory:
                crf_order = rasa.shared.utils.io.read_json_file(directory / ORDER_FILE)
                taggers: OrderedDict[str, CRF] = OrderedDict()
                for tag_name in crf_order:
                    tagger = CRF(model_filename=str(_tagger_file(directory, tag_name)))
                    # Open it now: crfsuite reads the whole file into memory, and the model's
                    # unpacked folder may be gone by the first message.
                    tagger.tagger_  # noqa: B018
                    taggers[tag_name] = tagger
        except ValueError:  # Rasa's way of saying the resource was never written
            log.warning("SavedCRFEntityExtractor found no trained model; no entities")
            return cls(config, model_storage, resource)
        extractor = cls(config, model_storage, resource, taggers)
        extractor.crf_order = crf_order
        return extractor
