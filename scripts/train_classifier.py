"""Train the collaboration classifier from the team's labelled sentences.

    python scripts/train_classifier.py [--data ../shared/data] [--out src/cpcollab/engine/models/collaboration.json]

Reads `training/labels/*.jsonl` (labels without text; see training/README.md), finds each
sentence in the shared data, adds the sentences the team wrote (`training/synthetic/`),
computes the engine's features (structural ones, the same in every language, and the
sentence's words with names masked), and fits a multinomial logistic regression (L2,
class-balanced, full-batch AdaGrad with a fixed number of steps, so the result is
deterministic). Prints a grouped cross-validation estimate.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from cpcollab.engine.analyze import analyze_sentence  # noqa: E402
from cpcollab.engine.classify import crosslingual  # noqa: E402
from cpcollab.engine.classify.features import LEXICAL, words_to_align  # noqa: E402
from cpcollab.engine.classify.model import CLASSES, MODEL_FILE  # noqa: E402

LANGS = ("ar", "zh", "en", "fr", "ru", "es")


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def load_examples(data: Path) -> list[tuple[str, str, str, str]]:
    """(group, lang, text, label) for every labelled sentence found in the shared data."""
    examples = []
    lines = {}
    with (data / "unpc" / "unpc.jsonl").open(encoding="utf-8") as handle:
        for raw in handle:
            record = json.loads(raw)
            lines[record["line"]] = record
    for raw in (ROOT / "training" / "labels" / "unpc.jsonl").read_text(encoding="utf-8").splitlines():
        label = json.loads(raw)
        for lang in LANGS:
            examples.append((f"unpc:{label['line']}", lang, lines[label["line"]][lang], label["collaboration"]))
    cache: dict[str, bytes] = {}
    missing = 0
    for raw in (ROOT / "training" / "labels" / "upr.jsonl").read_text(encoding="utf-8").splitlines():
        label = json.loads(raw)
        blob = cache.setdefault(label["file"], (data / "upr" / "txt" / f"{label['file']}.txt").read_bytes())
        for encoding in ("cp1252", "mac_roman"):
            text = _norm(blob[label["start"] : label["end"]].decode(encoding, errors="replace"))
            if hashlib.sha1(text.encode()).hexdigest()[:16] == label["sha1"]:
                examples.append((f"upr:{label['file']}:{label['start']}", "en", text, label["collaboration"]))
                break
        else:
            missing += 1
    if missing:
        print(f"warning: {missing} UPR labels did not match their text", file=sys.stderr)
    for path in sorted((ROOT / "training" / "synthetic").glob("*.jsonl")):
        for raw in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(raw)
            examples.append((record["group"], record["lang"], record["text"], record["collaboration"]))
    return examples


def build_crosslingual(data: Path) -> dict[str, object]:
    """The table of words that translations share (:mod:`cpcollab.engine.classify.crosslingual`),
    aligned on the text of the UN Parallel Corpus lines, without their labels. The lines of the
    evaluation set are left out, so that nothing of it reaches the model."""
    evaluation: set[int] = set()
    gold = data / "gold" / "dev.jsonl"
    if gold.is_file():
        ids = [json.loads(raw)["id"] for raw in gold.read_text(encoding="utf-8").splitlines() if raw.strip()]
        evaluation = {int(i.split(":")[1]) for i in ids if i.startswith("unpc:")}
    lines = []
    with (data / "unpc" / "unpc.jsonl").open(encoding="utf-8") as handle:
        for raw in handle:
            record = json.loads(raw)
            if record["line"] not in evaluation:
                lines.append(record)
    english = [words_to_align(record["en"], "en") for record in lines]
    words = {
        lang: crosslingual.align(zip(english, (words_to_align(record[lang], lang) for record in lines), strict=True))
        for lang in LANGS
        if lang != "en"
    }
    return {
        "lines": len(lines),
        "threshold": crosslingual.THRESHOLD,
        "min_count": crosslingual.MIN_COUNT,
        "words": words,
    }


def featurise(
    examples: list[tuple[str, str, str, str]],
) -> tuple[list[dict[str, float]], list[int], list[str], list[str], list[tuple[int, str, str]]]:
    """The features, labels, groups and languages of the sentences the model judges, and the
    (label, group, language) of those it never sees (no UN actor: the rules say "none")."""
    rows: list[dict[str, float]] = []
    labels: list[int] = []
    groups: list[str] = []
    langs: list[str] = []
    unjudged: list[tuple[int, str, str]] = []
    for group, lang, text, label in examples:
        analysis = analyze_sentence(text, lang)
        if not analysis.features:  # no UN actor recognised: the rules say "none" before any model
            unjudged.append((CLASSES.index(label), group, lang))
            continue
        rows.append(analysis.features)
        labels.append(CLASSES.index(label))
        groups.append(group)
        langs.append(lang)
    return rows, labels, groups, langs, unjudged


#: Weight of a sentence the team wrote, against one taken from a real document.
SYNTHETIC_WEIGHT = 0.3
#: L2 penalties: the few structural features may weigh much; each word must earn its weight
#: from many sentences.
L2_STRUCTURAL = 0.01
L2_LEXICAL = 0.003
#: A word or word pair enters the model when at least this many training sentences have it.
MIN_COUNT = 2
STEPS = 300
RATE = 0.1
#: Classes weigh the inverse of their share to this power: 1 would balance them fully, which
#: over-predicts collaboration where it is rare (as in most of the UN record); 0.5 was chosen by
#: the grouped cross-validation.
CLASS_BALANCE = 0.5


class Sparse:
    """Rows of features as coordinate arrays (a dense matrix of every word would not fit)."""

    def __init__(self, rows: list[dict[str, float]], index: dict[str, int]) -> None:
        r, c, v = [], [], []
        for n, row in enumerate(rows):
            for name, value in row.items():
                j = index.get(name)
                if j is not None:
                    r.append(n)
                    c.append(j)
                    v.append(value)
        self.rows, self.cols, self.values = np.array(r, dtype=np.int64), np.array(c, dtype=np.int64), np.array(v)
        self.n, self.d = len(rows), len(index)

    def dot(self, w: np.ndarray) -> np.ndarray:
        """X @ w."""
        cols = [np.bincount(self.rows, self.values * w[self.cols, j], minlength=self.n) for j in range(w.shape[1])]
        return np.stack(cols, axis=1)

    def tdot(self, e: np.ndarray) -> np.ndarray:
        """X.T @ e."""
        cols = [np.bincount(self.cols, self.values * e[self.rows, j], minlength=self.d) for j in range(e.shape[1])]
        return np.stack(cols, axis=1)


def vocabulary_of(rows: list[dict[str, float]]) -> list[str]:
    """Every structural feature seen, and the words seen in at least MIN_COUNT sentences."""
    counts = Counter(name for row in rows for name in row)
    return sorted(n for n, c in counts.items() if not n.startswith(LEXICAL) or c >= MIN_COUNT)


def fit(x: Sparse, y: np.ndarray, weight: np.ndarray, lexical: np.ndarray) -> np.ndarray:
    """Multinomial logistic regression, classes partly balanced, by full-batch AdaGrad (a fixed number of
    steps from zero: deterministic)."""
    k = len(CLASSES)
    counts = np.bincount(y, weights=weight, minlength=k)
    sample_weight = ((weight.sum() / (k * np.maximum(counts, 1e-9))) ** CLASS_BALANCE)[y] * weight
    target = np.eye(k)[y]
    l2 = np.where(lexical, L2_LEXICAL, L2_STRUCTURAL)[:, None]
    w = np.zeros((x.d, k))
    squares = np.full((x.d, k), 1e-8)
    for _ in range(STEPS):
        logits = x.dot(w)
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        grad = x.tdot((p - target) * sample_weight[:, None]) / x.n + l2 * w
        squares += grad**2
        w -= RATE * grad / np.sqrt(squares)
    return w


def train(rows: list[dict[str, float]], y: np.ndarray, groups: list[str]) -> tuple[list[str], np.ndarray]:
    vocabulary = vocabulary_of(rows)
    index = {name: i for i, name in enumerate(vocabulary)}
    lexical = np.array([name.startswith(LEXICAL) for name in vocabulary])
    return vocabulary, fit(Sparse(rows, index), y, _weights(groups), lexical)


def _weights(groups: list[str]) -> np.ndarray:
    return np.array([SYNTHETIC_WEIGHT if g.startswith("syn") else 1.0 for g in groups])


def _macro_f1(predicted: np.ndarray, y: np.ndarray, counted: np.ndarray) -> float:
    f1s = []
    for k in range(len(CLASSES)):
        tp = int(((predicted == k) & (y == k) & counted).sum())
        fp = int(((predicted == k) & (y != k) & counted).sum())
        fn = int(((predicted != k) & (y == k) & counted).sum())
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(f1s) / len(f1s)


def cross_validate(
    rows: list[dict[str, float]],
    labels: list[int],
    groups: list[str],
    langs: list[str],
    folds: int = 5,
    unjudged: list[tuple[int, str, str]] = (),  # type: ignore[assignment]
) -> dict[str, float]:
    """Macro-F1 of grouped k-fold cross-validation (a line's six languages stay in one fold),
    counted on the sentences from real documents only: over all of them (``all``), and per
    language on the UN Parallel Corpus lines, whose six versions carry the same labels.
    ``end to end`` also counts the ``unjudged`` sentences, as the "none" the rules give them, so
    that it compares engines that judge different sets of sentences."""
    fold_of = {g: int(hashlib.md5(g.encode()).hexdigest(), 16) % folds for g in set(groups)}
    y = np.array(labels)
    predicted = np.zeros_like(y)
    for fold in range(folds):
        train_rows = [i for i, g in enumerate(groups) if fold_of[g] != fold]
        test = [i for i, g in enumerate(groups) if fold_of[g] == fold]
        vocabulary, w = train([rows[i] for i in train_rows], y[train_rows], [groups[i] for i in train_rows])
        index = {name: i for i, name in enumerate(vocabulary)}
        predicted[test] = Sparse([rows[i] for i in test], index).dot(w).argmax(axis=1)
    real = np.array([not g.startswith("syn") for g in groups])
    scores = {"all": _macro_f1(predicted, y, real)}
    parallel = np.array([g.startswith("unpc") for g in groups])
    for lang in LANGS:
        scores[f"unpc:{lang}"] = _macro_f1(predicted, y, parallel & (np.array(langs) == lang))
    if unjudged:
        every_y = np.concatenate([y, np.array([label for label, _, _ in unjudged])])
        every_predicted = np.concatenate([predicted, np.full(len(unjudged), CLASSES.index("none"))])
        every_group = [*groups, *(group for _, group, _ in unjudged)]
        every_lang = np.array([*langs, *(lang for _, _, lang in unjudged)])
        every_real = np.array([not g.startswith("syn") for g in every_group])
        every_parallel = np.array([g.startswith("unpc") for g in every_group])
        scores["end to end"] = _macro_f1(every_predicted, every_y, every_real)
        for lang in LANGS:
            scores[f"end to end unpc:{lang}"] = _macro_f1(
                every_predicted, every_y, every_parallel & (every_lang == lang)
            )
    return scores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "cpcollab" / "engine" / "models" / MODEL_FILE)
    args = parser.parse_args()
    shared = build_crosslingual(args.data)
    # (where the engine loads it from, whatever --out says: the features below need it)
    table_path = Path(crosslingual.__file__).resolve().parents[1] / "models" / crosslingual.TABLE_FILE
    table_path.parent.mkdir(parents=True, exist_ok=True)
    table_path.write_text(json.dumps(shared, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    crosslingual.table.cache_clear()
    counts = ", ".join(f"{lang} {len(words)}" for lang, words in shared["words"].items())  # type: ignore[attr-defined]
    print(f"wrote {table_path} (words that translations share, from {shared['lines']} aligned lines: {counts})")
    examples = load_examples(args.data)
    rows, labels, groups, langs, unjudged = featurise(examples)
    print(f"{len(examples)} labelled sentences, {len(rows)} with a UN actor: {Counter(CLASSES[i] for i in labels)}")
    estimate = cross_validate(rows, labels, groups, langs, unjudged=unjudged)
    per_lang = ", ".join(f"{name} {value:.3f}" for name, value in estimate.items() if name.startswith("unpc:"))
    print(f"grouped 5-fold cross-validation, macro-F1 over sentences with an actor: {estimate['all']:.3f}")
    print(f"  on the UN Parallel Corpus lines, per language: {per_lang}")
    per_lang = ", ".join(
        f"{name.removeprefix('end to end ')} {value:.3f}"
        for name, value in estimate.items()
        if "end to end unpc:" in name
    )
    print(f"  end to end, every labelled sentence (those without an actor as 'none'): {estimate['end to end']:.3f}")
    print(f"    on the UN Parallel Corpus lines, per language: {per_lang}")
    vocabulary, w = train(rows, np.array(labels), groups)
    weights = {name: [round(float(v), 3) for v in w[i]] for i, name in enumerate(vocabulary)}
    # A word whose weights all round to nothing is left out of the file.
    weights = {name: row for name, row in weights.items() if any(row) or not name.startswith(LEXICAL)}
    model = {
        "classes": list(CLASSES),
        "weights": weights,
        "trained_on": {"sentences": len(rows), "labels": dict(sorted(Counter(CLASSES[i] for i in labels).items()))},
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(model, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(weights)} features)")


if __name__ == "__main__":
    main()
