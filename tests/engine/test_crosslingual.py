"""Words that translations share: the Dice alignment over aligned lines, and the features a
sentence gets from the shipped table in every language."""

from __future__ import annotations

import random

from cpcollab.engine.classify import crosslingual
from cpcollab.engine.classify.features import alignment_keys, shared_features, words_to_align

# Aligned lines written for the test: a translation's word goes with the English word it
# occurs with, whatever else the lines hold.
LINES = [
    (["the", "council", "cooperation", "with", "states"], ["le", "conseil", "cooperation", "avec", "etats"]),
    (["cooperation", "with", "unicef", "continued"], ["la", "cooperation", "avec", "unicef", "poursuivie"]),
    (["the", "council", "requests", "cooperation"], ["le", "conseil", "prie", "cooperation"]),
    (["the", "council", "requests", "states"], ["le", "conseil", "prie", "etats"]),
    (["requests", "the", "fund"], ["prie", "le", "fonds"]),
    (["the", "fund", "with", "states"], ["le", "fonds", "avec", "etats"]),
]


def test_each_word_takes_the_english_word_it_shares_most_lines_with() -> None:
    words = crosslingual.align(LINES, threshold=0.5, min_count=2)

    assert words["cooperation"] == "cooperation"
    assert words["prie"] == "requests"
    assert words["conseil"] == "council"
    assert words["fonds"] == "fund"
    assert words["avec"] == "with"


def test_a_pair_seen_too_rarely_or_too_loosely_is_left_out() -> None:
    assert "poursuivie" not in crosslingual.align(LINES, threshold=0.5, min_count=2)  # one line only
    assert crosslingual.align(LINES, threshold=1.01, min_count=1) == {}


def test_the_table_does_not_depend_on_the_order_of_lines_or_words() -> None:
    shuffled = [(list(reversed(e)), list(reversed(t))) for e, t in LINES]
    random.Random(7).shuffle(shuffled)

    assert crosslingual.align(shuffled, min_count=2) == crosslingual.align(LINES, min_count=2)


def test_a_tie_goes_to_the_english_word_first_in_alphabetical_order() -> None:
    lines = [(["beta", "alpha"], ["mot"]), (["alpha", "beta"], ["mot"])]

    assert crosslingual.align(lines, threshold=0.5, min_count=1) == {"mot": "alpha"}


def test_translations_of_cooperation_share_one_feature_with_english() -> None:
    for lang, tokens in [
        ("en", ["@actor", "cooperation", "with", "@state"]),
        ("fr", ["cooperation", "avec", "@actor"]),
        ("es", ["cooperacion", "con", "@actor"]),
        ("ru", ["сотрудничества", "с", "@actor"]),
        ("ar", ["التعاون", "مع", "@actor"]),
        ("zh", ["与", "@actor", "合", "作"]),
    ]:
        assert f"{crosslingual.SHARED}coopera" in shared_features(tokens, lang), lang


def test_names_are_never_looked_up() -> None:
    assert alignment_keys(["@actor", "cooperation", "@state"], "en") == ["cooperation"]
    assert alignment_keys(["与", "@actor", "合", "作"], "zh") == ["合作"]


def test_a_past_form_keeps_its_own_shared_feature() -> None:
    # "cooperate" and "cooperation" are one; "cooperated" reports, and stays apart
    assert crosslingual.english_key("cooperate") == crosslingual.english_key("cooperation")
    assert crosslingual.english_key("cooperated") != crosslingual.english_key("cooperate")
    assert crosslingual.english_key("need") == "need"  # too short to be a past form


def test_a_whole_line_is_aligned_by_the_same_keys_a_sentence_is_read_by() -> None:
    assert words_to_align("Le Conseil coopère avec l'UNICEF.", "fr") == [
        "le",
        "consei",
        "cooper",
        "avec",
        "l",
        "unicef",
    ]
    assert words_to_align("Cooperated with UNICEF in 2014.", "en") == ["cooperated", "with", "unicef", "in"]
