"""An organ asked to see that others collaborate ("Requests the Secretary-General to ensure that
the Mission cooperates with UNICEF") asks for the collaboration and takes no part in it; and the
French "États" is a party only when capitalised. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from cpcollab.engine.analyze import analyze_sentence

# --- An organ asked to ensure that others collaborate is not a party. ---


@pytest.mark.parametrize(
    ("text", "lang", "partners"),
    [
        (
            "Calls upon the Secretary-General to ensure that UNMISS works closely with UNICEF on the release of children;",
            "en",
            {"DPO", "UNICEF"},
        ),
        (
            "Requests the Secretary-General to ensure close coordination between UNDP and UNFPA in the delivery of "
            "census support;",
            "en",
            {"UNDP", "UNFPA"},
        ),
        (
            "Urges the Secretary-General to make sure that UNHCR and IOM share data on displaced persons;",
            "en",
            {"UNHCR", "IOM"},
        ),
        (
            "Prie le Secrétaire général de veiller à ce que la MINUSMA coopère étroitement avec l'UNICEF pour la "
            "libération des enfants ;",
            "fr",
            {"DPO", "UNICEF"},
        ),
        (
            "Encourage le Secrétaire général à faire en sorte que le PNUD et le FNUAP coordonnent leur appui au "
            "recensement ;",
            "fr",
            {"UNDP", "UNFPA"},
        ),
        (
            "Solicita al Secretario General que vele por que la UNMISS coopere estrechamente con el UNICEF;",
            "es",
            {"DPO", "UNICEF"},
        ),
        # Asked to further the cooperation between others.
        (
            "Alienta al Secretario General a que siga fortaleciendo la cooperación entre la MINUSCA y el equipo de "
            "las Naciones Unidas en el país;",
            "es",
            {"DPO", "UN-SYSTEM"},
        ),
    ],
)
def test_an_organ_asked_to_ensure_others_collaborate_takes_no_part(text: str, lang: str, partners: set[str]) -> None:
    analysis = analyze_sentence(text, lang)
    assert analysis.collaboration == "called_for"
    assert "SG" in analysis.actors
    assert "SG" not in analysis.participants
    assert partners <= set(analysis.participants)


@pytest.mark.parametrize(
    ("text", "lang", "organ"),
    [
        # Asked to collaborate itself: a party.
        ("Requests the Secretary-General to cooperate closely with UNICEF on the release of children;", "en", "SG"),
        (
            "Prie le Secrétaire général de coopérer étroitement avec l'UNICEF pour la libération des enfants ;",
            "fr",
            "SG",
        ),
        # The organ named after the collaboration word, before "to ensure": the one worked with.
        (
            "Encourages UNICEF to cooperate with the Special Rapporteur on the sale of children to ensure that "
            "victims receive care;",
            "en",
            "SR-SALE",
        ),
    ],
)
def test_an_organ_that_collaborates_itself_stays_a_party(text: str, lang: str, organ: str) -> None:
    analysis = analyze_sentence(text, lang)
    assert analysis.collaboration == "called_for"
    assert organ in analysis.participants


# --- French "États" capitalised is a party; "états" in lower case (statements, a federation's
# states) is not. ---


def test_lower_case_etats_name_no_party() -> None:
    analysis = analyze_sentence(
        "Le PNUD a coopéré avec l'UNICEF pour établir les états financiers du programme commun.", "fr"
    )
    assert analysis.collaboration == "reported"
    assert {"UNDP", "UNICEF"} <= set(analysis.participants)
    assert "OTHER" not in analysis.participants


@pytest.mark.parametrize(
    "text",
    [
        "Le PNUD a coopéré avec l'UNICEF et les États de la région pour établir un programme commun.",
        "Le PNUD a coopéré avec l'UNICEF et les Etats membres pour établir un programme commun.",
    ],
)
def test_capitalised_etats_are_a_party(text: str) -> None:
    analysis = analyze_sentence(text, "fr")
    assert analysis.collaboration == "reported"
    assert "OTHER" in analysis.participants
