"""A small multinomial logistic model over :mod:`features`, stored as JSON in the package.

Trained by ``scripts/train_classifier.py`` from the project's own labelled sentences (see
``training/README.md``); inference is a few dictionary look-ups, deterministic, no dependency.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources
from operator import itemgetter

CLASSES = ("reported", "called_for", "none")
MODEL_FILE = "collaboration.json"


@dataclass(frozen=True)
class LinearModel:
    classes: tuple[str, ...]
    weights: dict[str, tuple[float, ...]]

    def _rows(self, features: dict[str, float]) -> list[tuple[str, tuple[float, ...]]]:
        """Each feature the model knows, with its weight row times its value (in feature order)."""
        get = self.weights.get
        return [
            (name, row if value == 1.0 else tuple(weight * value for weight in row))
            for name, value, row in zip(features, features.values(), map(get, features), strict=True)
            if row is not None
        ]

    def scores(self, features: dict[str, float]) -> list[float]:
        return self._sums([row for _name, row in self._rows(features)])

    def _sums(self, rows: list[tuple[float, ...]]) -> list[float]:
        if not rows:
            return [0.0] * len(self.classes)
        # fsum is exact, so the scores do not depend on the order of the features: two classes
        # that tie, tie in every run.
        return [math.fsum(column) for column in zip(*rows, strict=True)]

    def predict(self, features: dict[str, float]) -> tuple[str, dict[str, float]]:
        """The most probable class, and every class's probability."""
        return self._decide(self.scores(features))

    def _decide(self, scores: list[float]) -> tuple[str, dict[str, float]]:
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        probabilities = {c: e / total for c, e in zip(self.classes, exps, strict=True)}
        return max(probabilities, key=lambda c: probabilities[c]), probabilities

    @staticmethod
    def _strongest(rows: list[tuple[str, tuple[float, ...]]], i: int, top: int) -> list[tuple[str, float]]:
        pushed = [(name, row[i]) for name, row in rows]
        return sorted(pushed, key=itemgetter(1), reverse=True)[:top]  # stable: the first of equals first

    def explain(self, features: dict[str, float], top: int) -> tuple[str, dict[str, float], list[tuple[str, float]]]:
        """:meth:`predict`, and the ``top`` features that pushed most towards the class predicted
        (for explanations), with each feature's weights looked up once."""
        rows = self._rows(features)
        label, probabilities = self._decide(self._sums([row for _name, row in rows]))
        return label, probabilities, self._strongest(rows, self.classes.index(label), top)

    def to_json(self) -> dict[str, object]:
        return {"classes": list(self.classes), "weights": {k: list(v) for k, v in sorted(self.weights.items())}}


@cache
def load_model() -> LinearModel | None:
    """The shipped model, or ``None`` when none has been trained (rules decide alone)."""
    path = resources.files("cpcollab.engine").joinpath("models", MODEL_FILE)
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return LinearModel(tuple(data["classes"]), {k: tuple(v) for k, v in data["weights"].items()})
