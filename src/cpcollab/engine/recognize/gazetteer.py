"""A multilingual name matcher: finds the longest known forms in text, with offsets.

Text and forms are folded (case, accents, Arabic letter variants, typographic punctuation; see
:mod:`cpcollab.engine.textnorm`) and cut into tokens; forms are stored in a trie of tokens, so
matching costs one walk per token whatever the number of forms. Per language:

* Russian: case endings vary ("Совета Безопасности", "Генеральным секретарем"), so tokens are
  compared by stem (the word less a known ending);
* Arabic: the first word may carry attached particles (و، ف، ب، ك، ل and the article, "لل"),
  which are tried off when a match starts;
* Chinese: no spaces, so each Han character is a token and forms match anywhere.

Acronyms ("WHO", "ЮНИСЕФ") must also match their case exactly, so "who" is not WHO. A word
of a form written with ``*`` matches any word starting with it ("cooperat*", "stress* the
need"); a ``*`` standing alone inside a form matches any one word ("dialogue * avec": a dialogue
with one adjective, "dialogue constructif avec"). Forms marked ``block`` hide what they cover
("Charter of the United Nations" is not the actor UN-SYSTEM).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import accumulate, compress

from cpcollab.engine.textnorm import fold, fold_with_map

_RU_ENDINGS = tuple(
    sorted(
        [
            "ами",
            "ями",
            "ого",
            "его",
            "ому",
            "ему",
            "ыми",
            "ими",
            "ая",
            "яя",
            "ое",
            "ее",
            "ые",
            "ие",
            "ый",
            "ий",
            "ой",
            "ей",
            "ую",
            "юю",
            "ых",
            "их",
            "ым",
            "им",
            "ом",
            "ем",
            "ах",
            "ях",
            "ам",
            "ям",
            "ов",
            "ев",
            "ью",
            "а",
            "я",
            "о",
            "е",
            "ы",
            "и",
            "у",
            "ю",
            "ь",
            "й",
        ],
        key=len,
        reverse=True,
    )
)
_RU_VOWELS = frozenset("аеиоуыэюяйь")
_WHOLE = "="  # trie key prefix of a word compared whole (proper names), never a folded word
_ANY = "\x00*"  # a form's word that stands for any one word; never a folded word
_TOKEN = re.compile(
    r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[^\W\d_\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|\d+|_|[^\w\s]"
)
# The same tokens, as re.split gives them: separators at even places, tokens at odd ones.
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")
# The same split for an ASCII text (the usual sentence), where the classes above reduce to these.
_ASCII_TOKEN_SPLIT = re.compile(r"([A-Za-z]+|[0-9]+|_|[^\w\s])")
#: Most words whose next steps in the trie a node remembers (the root: the first step).
_FIRST_MEMO = 1 << 15
_STEP_MEMO = 1 << 10
_AR_PREFIXES = (
    "وبال",
    "وكال",
    "فبال",
    "وال",
    "فال",
    "بال",
    "كال",
    "ولل",
    "فلل",
    "لل",
    "وب",
    "ول",
    "وك",
    "فب",
    "فل",
    "و",
    "ف",
    "ب",
    "ل",
    "ك",
)


@dataclass(frozen=True, slots=True)
class Form:
    """One way of writing an entry: ``text`` in ``lang`` names ``value`` (a code)."""

    value: str
    text: str
    lang: str
    kind: str = "actor"
    rule: str = ""
    block: bool = False  # a form that hides what it contains ("Charter of the United Nations")
    attributes: tuple[tuple[str, str], ...] = ()
    #: A short one-word name that is also a common word ("Того", "Chad"): it must be written with
    #: a capital and is compared whole, without stemming.
    proper: bool = False
    #: Derived from the fields above once, as matching asks for them for every hit: the form's
    #: group (see :func:`group_of`) and its rank among hits of equal length (see :func:`longest`).
    group: str = field(init=False, compare=False, repr=False)
    priority: int = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "group", "actor" if self.kind == "mechanism" else self.kind)
        # On equal length: a blocking form, then a named form, then a generic pattern.
        object.__setattr__(self, "priority", 0 if self.block else 2 if self.rule.startswith("pattern") else 1)


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    form: Form


@dataclass
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    prefixes: dict[str, _Node] = field(default_factory=dict)  # "cooperat*" → any word starting so
    any_word: _Node | None = None  # "dialogue * avec" → any one word here
    by_initial: dict[str, list[tuple[str, _Node]]] = field(default_factory=dict)  # prefixes by first letter
    forms: list[tuple[Form, bool]] = field(default_factory=list)  # (form, must match case exactly)
    steps: dict[str, tuple[_Node, ...]] = field(default_factory=dict)  # word → next nodes, remembered


class _Memo(dict[str, tuple[_Node, ...]]):
    """Word → nodes, computed on first use and remembered up to ``limit`` words."""

    def __init__(self, compute: Callable[[str], tuple[_Node, ...]], limit: int) -> None:
        super().__init__()
        self.compute = compute
        self.limit = limit

    def __missing__(self, word: str) -> tuple[_Node, ...]:
        found = self.compute(word)
        if len(self) < self.limit:
            self[word] = found
        return found


def group_of(form: Form) -> str:
    """Forms of one group compete for the same text (an actor and a mechanism do); forms of
    different groups may overlap (an actor and a cue)."""
    return form.group


def _is_acronym(text: str) -> bool:
    """One word mostly in capitals ("UNICEF", "ЮНИСЕФ", "OHCHR"), not a capitalised name
    ("Шри-Ланка", "UN-Habitat"): acronyms must match their case exactly."""
    letters = [c for c in text if c.isalpha()]
    if not letters or text.endswith("*") or len(text) > 12 or " " in text:
        return False
    upper = sum(c.isupper() for c in letters)
    return upper >= 2 and upper >= 0.6 * len(letters)


def ru_stem(word: str) -> str:
    """A Russian word less its inflectional ending (enough to compare case forms).

    After the ending, trailing vowels go too, so "Ассамблея" and "Ассамблее", "Третий" and
    "Третьего" meet on one stem.
    """
    if len(word) < 4:
        return word
    for ending in _RU_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)]
            break
    while len(word) > 3 and word[-1] in _RU_VOWELS:
        word = word[:-1]
    return word


def tokens(folded: str) -> list[tuple[int, int, str]]:
    """(start, end, token) for the words, Han characters and punctuation of folded text."""
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(folded)]


def _form_words(folded: str) -> list[tuple[str, bool]]:
    """The words of a folded form, each with whether it is a prefix: a word written with ``*``
    right after it, at the end of the form or inside it ("cooperat*", "submit* its report*").
    A ``*`` standing alone after the first word is any one word (:data:`_ANY`, "dialogue * avec");
    one that starts a form is a word of its own."""
    words: list[tuple[str, bool]] = []
    last_end = -1
    for start, end, word in tokens(folded):
        if word == "*" and words and start == last_end and not words[-1][1]:
            words[-1] = (words[-1][0], True)
        elif word == "*" and words:
            words.append((_ANY, False))
        else:
            words.append((word, False))
        last_end = end
    return words


@dataclass
class Gazetteer:
    """Compiled forms for one language; :meth:`find` returns non-overlapping longest hits."""

    lang: str
    forms: Sequence[Form]
    _root: _Node = field(init=False, default_factory=_Node)
    _first: _Memo = field(init=False)

    def __post_init__(self) -> None:
        self._first = _Memo(self._first_step, _FIRST_MEMO)
        for form in self.forms:
            words = _form_words(fold(form.text))
            if not words:
                continue
            node = self._root
            for word, prefix in words:
                if word == _ANY:
                    node.any_word = node.any_word or _Node()
                    node = node.any_word
                elif prefix:  # "cooperat*", "stress* the need": any word starting so
                    node = node.prefixes.setdefault(word, _Node())
                else:
                    node = node.children.setdefault(_WHOLE + word if form.proper else self._key(word), _Node())
            node.forms.append((form, _is_acronym(form.text)))
        self._index(self._root)

    def _index(self, node: _Node) -> None:
        # Of the forms written alike, a blocking one is accepted first (see Form.priority).
        node.forms.sort(key=lambda item: not item[0].block)
        for prefix, child in node.prefixes.items():
            node.by_initial.setdefault(prefix[:1], []).append((prefix, child))
        for child in (*node.children.values(), *node.prefixes.values(), *([node.any_word] if node.any_word else [])):
            self._index(child)

    def _key(self, word: str) -> str:
        return ru_stem(word) if self.lang == "ru" else word

    def _next(self, node: _Node, word: str) -> tuple[_Node, ...]:
        """The nodes one word leads to from ``node``: compared whole, by key, by prefix (in this
        order: on a tie the form written exactly so wins, "Нигер" over the stem of "Нигерия")."""
        found = []
        for key in (_WHOLE + word, self._key(word)):
            child = node.children.get(key)
            if child is not None:
                found.append(child)
        if node.by_initial:
            found += [n for prefix, n in node.by_initial.get(word[:1], ()) if word.startswith(prefix)]
        if node.any_word is not None and word[:1].isalpha():
            found.append(node.any_word)
        return tuple(found)

    def _step(self, node: _Node, word: str) -> tuple[_Node, ...]:
        found = node.steps.get(word)
        if found is None:
            found = self._next(node, word)
            if len(node.steps) < _STEP_MEMO:
                node.steps[word] = found
        return found

    def _first_step(self, word: str) -> tuple[_Node, ...]:
        """The nodes a match starting with ``word`` reaches (Arabic: with attached particles off)."""
        if self.lang != "ar":
            return self._next(self._root, word)  # the one variant: the word itself
        return tuple(n for variant in self._starts(word) for n in self._next(self._root, variant))

    def _starts(self, word: str) -> list[str]:
        if self.lang != "ar":
            return [word]
        variants = [word]
        for prefix in _AR_PREFIXES:
            if word.startswith(prefix) and len(word) - len(prefix) >= 2:
                rest = word[len(prefix) :]
                variants.append("ال" + rest if prefix.endswith(("ال", "لل")) else rest)
                if prefix.endswith("لل"):
                    # "للجنة" is لـ + "اللجنة": before a noun that starts with ل, the article's
                    # alif and one of the three lams are not written.
                    variants.append("الل" + rest)
        return variants

    def find(self, text: str, *, keep_blocks: bool = False) -> list[Hit]:
        """Every hit in ``text``: longest first where forms overlap, block forms hiding what they cover.

        With ``keep_blocks`` the raw hits are returned unresolved, for merging with other hits.
        """
        hits = self.find_raw(text)
        return hits if keep_blocks else longest(hits)

    def find_raw(self, text: str) -> list[Hit]:
        """For each start, the longest hit of each group (see :func:`group_of`), unresolved."""
        folded, index = fold_with_map(text)
        parts = (_ASCII_TOKEN_SPLIT if folded.isascii() else _TOKEN_SPLIT).split(folded)
        words = parts[1::2]
        # The first step of every word, remembered across calls: most words start nothing.
        fronts = list(map(self._first.__getitem__, words))
        starts = list(compress(range(len(fronts)), fronts))
        if not starts:
            return []
        # Token i is parts[2i + 1]: it starts at ends[2i] and ends at ends[2i + 1].
        ends = list(accumulate(map(len, parts)))
        count = len(words)
        step, accept = self._step, self._accept
        hits: list[Hit] = []
        for i in starts:
            start = ends[2 * i]
            best: dict[str, tuple[int, Form]] | None = None  # group → (last token, form), made at the first form
            frontier: Sequence[_Node] = fronts[i]  # never empty at a start
            j = i
            while True:
                for node in frontier:
                    if node.forms:
                        if best is None:
                            best = {}
                        accept(node, text, index, start, ends[2 * j + 1], j, best)
                j += 1
                if j >= count:
                    break
                word = words[j]
                if len(frontier) == 1:  # the usual case: one path through the trie
                    node = frontier[0]
                    following = node.steps.get(word)
                    frontier = following if following is not None else step(node, word)
                else:
                    frontier = [n for node in frontier for n in step(node, word)]
                if not frontier:
                    break
            if best:
                for j, form in best.values():
                    hits.append(Hit(index[start], index[ends[2 * j + 1] - 1] + 1, form))
        return hits

    @staticmethod
    def _accept(
        node: _Node, text: str, index: Sequence[int], start: int, end: int, j: int, best: dict[str, tuple[int, Form]]
    ) -> None:
        taken: set[str] = set()
        for form, exact in node.forms:
            group = form.group
            if group in taken:
                continue
            if exact and text[index[start] : index[end - 1] + 1] != form.text:
                continue
            if form.proper:
                first = text[index[start]]
                if first.lower() != first.upper() and not first.isupper():
                    continue  # "того" is a pronoun, "Того" the country
            taken.add(group)
            known = best.get(group)
            if known is None or j > known[0]:
                best[group] = (j, form)


def longest(hits: Iterable[Hit]) -> list[Hit]:
    """Keep the longest of overlapping hits (by priority, then earliest, on ties); drop blocking forms.

    All hits compete: call it on one group's hits.
    """
    if not isinstance(hits, list):
        hits = list(hits)
    if len(hits) < 2:  # nothing competes
        return [h for h in hits if not h.form.block]
    chosen: list[Hit] = []
    # Longest first; on equal length by priority (Form.priority), then earliest.
    for hit in sorted(hits, key=lambda h: (h.start - h.end, h.form.priority, h.start)):
        start, end = hit.start, hit.end
        for other in chosen:
            if end > other.start and start < other.end:
                break  # overlaps a hit already chosen
        else:
            chosen.append(hit)
    return sorted((h for h in chosen if not h.form.block), key=_start)


def _start(hit: Hit) -> int:
    return hit.start
