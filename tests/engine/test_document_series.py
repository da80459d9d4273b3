"""What a document's symbol says: the organ the document is issued for, whose bare head noun
stands for it, and in the organ's own decisions and statements, who speaks."""

from __future__ import annotations

import pytest

from cpcollab.engine.analyze import analyze_sentence
from cpcollab.engine.errors import InvalidInputError
from cpcollab.engine.pipeline import extract
from cpcollab.engine.recognize.titles import TitleResolver
from cpcollab.engine.sentences import judge
from cpcollab.engine.series import Series, series_of, symbol_of


@pytest.mark.parametrize(
    ("source", "symbol"),
    [
        ("2015/s/prst/2015/5", "S/PRST/2015/5"),
        ("2015/s/res/2197__2015_", "S/RES/2197 (2015)"),
        ("2015/e/cn_15/2015/4", "E/CN.15/2015/4"),
        ("2015/a/69/l_51", "A/69/L.51"),
        ("A/HRC/28/55", "A/HRC/28/55"),
        (" S/2015/453 ", "S/2015/453"),
    ],
)
def test_a_symbol_is_read_as_written_or_as_the_parallel_corpus_names_its_file(source: str, symbol: str) -> None:
    assert symbol_of(source) == symbol


@pytest.mark.parametrize(
    ("symbol", "series"),
    [
        ("S/PRST/2015/5", Series("SC", speaks=True)),
        ("S/RES/2197 (2015)", Series("SC", speaks=True)),
        ("S/2015/10/Add.3", Series("SC")),
        ("A/RES/69/160", Series("GA", speaks=True)),
        ("A/69/713", Series("GA")),
        ("A/HRC/28/55", Series("HRC")),  # the longest prefix: not the General Assembly's
        ("A/HRC/DEC/28/111", Series("HRC", speaks=True)),
        ("E/ICEF/2015/L.4", Series("UNICEF")),
        ("E/2015/51", None),  # shared by the Council and its commissions and committees
        ("ST/SGB/2003/13", None),
        ("", None),
        (None, None),
    ],
)
def test_the_longest_prefix_a_symbol_starts_with_gives_its_series(symbol: str | None, series: Series | None) -> None:
    assert series_of(symbol) == series


@pytest.mark.parametrize(
    ("text", "lang", "source"),
    [
        ("Il souligne que ces opérations doivent respecter le droit international.", "fr", "S/PRST/2015/1"),
        ("À cet égard, il demande également aux parties de faire des concessions.", "fr", "2015/s/prst/2015/5"),
        ("Он призывает стороны продолжить переговоры.", "ru", "S/PRST/2015/2"),
        ("Il se dit préoccupé par les violences signalées.", "fr", "S/RES/2197 (2015)"),
        ("Il exige par conséquent de toutes les parties qu'elles mettent fin aux hostilités.", "fr", "S/PRST/2015/5"),
    ],
)
def test_with_its_source_a_pronoun_speaking_in_an_organs_statement_is_the_organ(
    text: str, lang: str, source: str
) -> None:
    alone = judge({"id": 1, "lang": lang, "text": text})
    sourced = judge({"id": 1, "lang": lang, "text": text, "source": source})

    assert alone["actors"] == []
    assert sourced["actors"] == ["SC"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # A report to the General Assembly: « Il » is nobody the symbol says.
        ("Il souligne que ces opérations doivent respecter le droit international.", "A/69/713"),
        # A letter to the Security Council is not the Council speaking.
        ("Il souligne que ces opérations doivent respecter le droit international.", "S/2015/122"),
        # A pronoun without the verb of an organ speaking.
        ("Il est important que les parties respectent le cessez-le-feu.", "S/PRST/2015/1"),
        # A bare head noun in a sentence alone stays unlabelled, whatever the symbol.
        ("Le présent additif donne la liste des questions examinées par le Conseil.", "S/2015/10/Add.3"),
        ("Le Conseil souligne que l'examen doit être l'occasion de recommandations.", "S/PRST/2015/2"),
        ("Il souligne que ces opérations doivent respecter le droit international.", "not a symbol"),
    ],
)
def test_the_source_adds_nothing_else(text: str, source: str) -> None:
    assert judge({"id": 1, "lang": "fr", "text": text, "source": source})["actors"] == []


@pytest.mark.parametrize(
    ("text", "symbol", "actors"),
    [
        ("Le Gouvernement a invité le Conseil à examiner la question.", "S/2015/72", ["SC"]),
        ("Le Gouvernement a invité le Conseil à examiner la question.", None, []),
        ("Le Gouvernement a invité le Conseil à examiner la question.", "A/69/713", []),
        ("Le Conseil des droits de l'homme a invité le Conseil à examiner la question.", "S/2015/72", ["HRC"]),
        ("The Government thanked the Assembly for its support.", "A/69/713", ["GA"]),
    ],
)
def test_in_a_document_a_bare_head_noun_of_its_organ_is_the_organ_unless_another_has_it(
    text: str, symbol: str | None, actors: list[str]
) -> None:
    lang = "en" if text.startswith("The ") else "fr"
    resolver = TitleResolver(lang, series=series_of(symbol))

    assert analyze_sentence(text, lang, titles=resolver).actors == actors


def test_the_source_must_be_a_string() -> None:
    with pytest.raises(InvalidInputError, match="source"):
        judge({"id": 1, "lang": "fr", "text": "Il souligne.", "source": 12})


def test_in_a_decision_an_opening_pronoun_after_a_subject_is_still_that_subject() -> None:
    resolver = TitleResolver("fr", series=series_of("S/PRST/2015/5"))
    resolver.observe([], subject="DPO")
    analysis = analyze_sentence("Il a organisé une formation avec le Gouvernement.", "fr", titles=resolver)

    assert analysis.actors == ["DPO"]


def test_a_document_reads_its_masthead_symbol_for_its_organ() -> None:
    text = (
        "United Nations\nA/HRC/28/55\nGeneral Assembly\nDistr.: General\n5 January 2015\n\n"
        "Report of the Working Group on the Universal Periodic Review\n\n"
        "1. The Government thanked the Council for the recommendations received.\n"
    )
    extraction = extract(text.encode("utf-8"), filename="report.txt")
    council = [m.span for m in extraction.mentions if m.span.kind == "actor" and m.span.text == "the Council"]

    assert extraction.document.metadata.symbols == ["A/HRC/28/55"]
    assert [span.value for span in council] == ["HRC"]


def test_in_a_document_of_a_treaty_body_the_committee_is_that_body() -> None:
    text = "The Committee recommends that the State party seek technical assistance from UNICEF."

    def actors(symbol: str | None) -> list[str]:
        return analyze_sentence(text, "en", titles=TitleResolver("en", series=series_of(symbol))).actors

    assert actors("CRC/C/GC/13") == ["CRC", "UNICEF"]
    assert actors(None) == ["UNICEF"]
