"""Spanish cue forms and party rules: "conjunto" after any noun and not as a noun, other forms
of the verbs of sharing and exchanging, co-financing and sums contributed, the contraction "del"
in cue phrases, the first person and the perfect tenses of the call verbs, phrases that
hold a cue word but are none (the noun "conjunto", costs charged to a budget, children associated
with armed groups), other parties described (networks of people, regional human rights
mechanisms), the State's ombudsman as the State, and a State sharing its experience as a party.
The sentences are written for these tests."""

from __future__ import annotations

import pytest

from cpcollab.engine.analyze import analyze_sentence
from cpcollab.engine.recognize.language import recognizer


def _es(text: str):
    return analyze_sentence(text, "es")


def _cues(text: str, kind: str) -> dict[str, str]:
    """Cue text → value, for the cues of ``kind`` recognised in ``text``."""
    return {c.text: c.value for c in recognizer("es").find(text).cues if c.kind == kind}


# --- Collaboration words. ---


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("El Gobierno y la Misión firmaron un comunicado conjunto.", "conjunto", "joint_activity"),
        ("Ambos organismos celebraron una reunión consultiva conjunta.", "conjunta", "joint_activity"),
        (
            "Pide a la Misión que celebre consultas estrechas con las autoridades;",
            "consultas estrechas",
            "joint_activity",
        ),
        ("Los médicos de la OMS trabajaron junto a los equipos locales.", "trabajaron junto a", "joint_activity"),
        ("La reunión se organizó con la participación del Gobierno.", "con la participación del", "joint_activity"),
        (
            "Alienta al Grupo a que siga intercambiando información con la Misión;",
            "intercambiando información",
            "data_research",
        ),
        (
            "Invita al Instituto a que comparta los resultados con los Estados;",
            "comparta los resultados",
            "data_research",
        ),
        ("El proyecto está cofinanciado por la Unión Europea.", "cofinanciado", "funding"),
        ("En 2020, el Canadá aportó 3 millones de dólares al fondo.", "aportó", "funding"),
        ("La escuela se reconstruyó con la ayuda del PNUD.", "con la ayuda del", "technical_assistance"),
        ("La OMS publicó una nota orientativa para los ministerios.", "nota orientativa", "technical_assistance"),
    ],
)
def test_collaboration_forms_are_recognised(text: str, word: str, kind: str) -> None:
    assert _cues(text, "cue.kind").get(word) == kind


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # "conjunto" as a noun: a set, the whole, a combined total.
        ("La Comisión aprobó un conjunto de medidas de austeridad.", "conjunto"),
        ("El sistema en su conjunto necesita más recursos.", "conjunto"),
        ("Los tres llamamientos sumaron un total conjunto de 900 millones de dólares.", "conjunto"),
        # Costs charged to a budget: no party pays.
        ("Los gastos de la Oficina se sufragarán con cargo al presupuesto ordinario.", "sufragarán"),
        # Children associated with armed groups, and those associated with a sanctioned group.
        ("La Misión documentó la asociación con grupos armados de 300 niños.", "asociación con"),
        ("Tomando nota de la lista de personas y entidades asociadas con el grupo,", "entidades asociadas"),
    ],
)
def test_phrases_holding_a_cue_word_are_not_cues(text: str, word: str) -> None:
    assert word not in _cues(text, "cue.kind")


# --- Calls. ---


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Recomiendo a los Estados que cooperen con la UNODC.", "Recomiendo"),
        ("Aliento al Gobierno a que colabore con el UNICEF.", "Aliento"),
        ("Pido a las partes que cooperen con la Misión.", "Pido"),
        ("El Gobierno ha solicitado la asistencia técnica de la OIT.", "ha solicitado"),
        ("Los ministros han pedido apoyo al PNUD.", "han pedido"),
        ("Subraya la importancia del diálogo con las autoridades,", "importancia del"),
    ],
)
def test_call_forms_are_recognised(text: str, word: str) -> None:
    assert word in _cues(text, "cue.call")


def test_requested_assistance_is_a_call() -> None:
    result = _es(
        "El Sr. Pérez (Honduras) dice que su Gobierno ha solicitado a la OIT asistencia técnica en materia de empleo."
    )
    assert result.collaboration == "called_for"
    assert {"HND", "ILO"} <= set(result.participants)


# --- Other parties. ---


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("El ONUSIDA colabora con redes de personas que viven con el VIH.", "redes de personas"),
        (
            "Invita al ACNUDH a que coopere con los mecanismos regionales de derechos humanos;",
            "mecanismos regionales de derechos humanos",
        ),
        (
            "Alienta al Subcomité a que trabaje con los mecanismos nacionales de prevención;",
            "mecanismos nacionales de prevención",
        ),
        ("El PNUD asesoró a 40 cooperativas de mujeres.", "cooperativas"),
    ],
)
def test_other_parties_are_recognised(text: str, words: str) -> None:
    assert words in _cues(text, "cue.other")


@pytest.mark.parametrize(
    "text",
    [
        "La Misión verificó la separación de niños asociados a grupos armados.",
        "El equipo documentó casos de vinculación con grupos armados en tres provincias.",
        "La Misión cuenta con 40 funcionarios de contratación nacional.",
    ],
)
def test_no_other_party_in(text: str) -> None:
    assert not _cues(text, "cue.other")


# --- Parties. ---


def test_ombudsman_of_a_state_is_that_state() -> None:
    result = _es("La Defensoría del Pueblo del Perú y la oficina del ACNUDH verificaron conjuntamente 50 denuncias.")
    assert result.collaboration == "reported"
    assert set(result.participants) == {"OHCHR", "PER"}


def test_state_sharing_its_experience_is_a_party() -> None:
    result = _es(
        "Con el apoyo de la OIT, Chile compartió con el Paraguay su experiencia en materia de seguridad social."
    )
    assert result.collaboration == "reported"
    assert {"CHL", "ILO", "PRY"} <= set(result.participants)


def test_state_sharing_a_concern_is_no_party() -> None:
    result = _es("Chile compartió la preocupación del Comité y alentó al Paraguay a cooperar con el ACNUDH.")
    assert "CHL" not in result.participants
