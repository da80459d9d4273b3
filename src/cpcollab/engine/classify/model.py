"""A small multinomial logistic model over :mod:`features`, stored as JSON in the package.

Trained by ``scripts/train_classifier.py`` from the project's own labelled sentences (see
``training/README.md``); inference is a few dictionary look-ups, deterministic, no dependency.
"""

from __future__ import annotations

import heapq
import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources

CLASSES = ("reported", "called_for", "none")
MODEL_FILE = "collaboration.json"


@dataclass(frozen=True)
class LinearModel:
    classes: tuple[str, ...]
    weights: dict[str, tuple[float, ...]]

    def scores(self, features: dict[str, float]) -> list[float]:
        get = self.weights.get
        rows = []
        for name, value in features.items():
            row = get(name)
            if row is not None:
                rows.append(row if value == 1.0 else tuple(weight * value for weight in row))
        if not rows:
            return [0.0] * len(self.classes)
        return [sum(column) for column in zip(*rows, strict=True)]

    def predict(self, features: dict[str, float]) -> tuple[str, dict[str, float]]:
        """The most probable class, and every class's probability."""
        scores = self.scores(features)
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        probabilities = {c: e / total for c, e in zip(self.classes, exps, strict=True)}
        return max(probabilities, key=lambda c: probabilities[c]), probabilities

    def contributions(self, features: dict[str, float], label: str, top: int) -> list[tuple[str, float]]:
        """The ``top`` features that pushed most towards ``label`` (for explanations)."""
        i = self.classes.index(label)
        weights = self.weights
        pushed = [(name, weights[name][i] * v) for name, v in features.items() if name in weights]
        return heapq.nlargest(top, pushed, key=lambda item: item[1])

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
