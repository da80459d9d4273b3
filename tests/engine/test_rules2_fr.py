"""French names and wording: United Nations names that put their purpose after "des Nations
Unies", the other wordings of a mandate, bodies of States and of other organisations named like
United Nations ones, "engage le … à" as a call, requesting States, counted countries as a
party, sources named with an elided article, and names or endorsements that hold a cue word.
The sentences are written for these tests."""

from __future__ import annotations

import pytest

from cpcollab.engine.analyze import analyze_sentence
from cpcollab.engine.recognize.language import recognizer


def _fr(text: str):
    return analyze_sentence(text, "fr")


def _cues(text: str, kind: str) -> list[str]:
    """The cues of ``kind`` recognised in ``text`` outside the names of actors."""
    found = recognizer("fr").find(text)
    return [
        c.text
        for c in found.cues
        if c.kind == kind and not any(a.start <= c.start and c.end <= a.end for a in found.actors)
    ]


# --- Names of the United Nations. ---


@pytest.mark.parametrize(
    "text",
    [
        "Le Bureau des Nations Unies pour la coopération Sud-Sud a publié son rapport annuel en mai.",
        "Le Bureau des Nations Unies pour les partenariats a changé de directeur en 2022.",
        "Le Fonds d'affectation spéciale des Nations Unies à l'appui des actions visant à éliminer la pauvreté a "
        "publié ses comptes.",
    ],
)
def test_a_purpose_after_des_nations_unies_is_part_of_the_name(text: str) -> None:
    analysis = _fr(text)
    assert analysis.actors == ["UN-OTHER"]
    assert not _cues(text, "cue.kind")
    assert analysis.collaboration == "none"


def test_a_named_entity_with_a_purpose_still_collaborates() -> None:
    analysis = _fr("Le Bureau des Nations Unies pour les partenariats collabore avec le PNUD depuis 2019.")
    assert analysis.collaboration == "reported"
    assert {"UN-OTHER", "UNDP"} <= set(analysis.participants)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Le Fonds des Nations Unies pour la population et les autorités locales ont ouvert six maternités.", "UNFPA"),
        ("Le rapport du Fonds des Nations Unies pour l'enfance visant les écoles rurales a été publié.", "UNICEF"),
        ("Le Programme des Nations Unies pour le développement et le FNUAP ont ouvert un bureau commun.", "UNDP"),
    ],
)
def test_a_known_name_is_not_swallowed_by_the_purpose_pattern(text: str, code: str) -> None:
    assert code in _fr(text).actors


def test_the_special_representative_on_violence_under_another_wording() -> None:
    analysis = _fr(
        "La Représentante spéciale du Secrétaire général chargée de la question de la violence à l'encontre des "
        "enfants a présenté son rapport annuel."
    )
    assert analysis.actors == ["SRSG-VAC"]


def test_formed_police_units_are_peacekeepers() -> None:
    assert _fr("Deux unités de police constituées ont été déployées à Bangui en 2021.").actors == ["DPO"]


# --- Bodies of States and of other organisations named like United Nations ones. ---


@pytest.mark.parametrize(
    "text",
    [
        "Le Comité des droits de l'enfant de l'Assemblée nationale a adopté le projet de loi.",
        "La Division de statistique du Ministère du plan a publié les chiffres du recensement.",
        "Le Conseil économique et social du Sénégal a rendu un avis sur le budget.",
        "L'Assemblée générale de l'Union interparlementaire s'est tenue à Genève.",
        "Le Coordonnateur spécial du Gouvernement pour la transition a présenté son calendrier.",
    ],
)
def test_a_body_of_a_state_or_of_another_organisation_is_no_un_actor(text: str) -> None:
    assert _fr(text).actors == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Le Comité des droits de l'enfant de l'ONU a adopté ses observations finales.", "CRC"),
        ("Le Comité des droits de l'enfant a salué les efforts du Ministère de la santé.", "CRC"),
        ("Le Département des affaires économiques et sociales du Secrétariat a publié une étude.", "UN-OTHER"),
    ],
)
def test_a_un_body_keeps_its_code(text: str, code: str) -> None:
    assert code in _fr(text).actors


# --- Calls. ---


@pytest.mark.parametrize(
    "text",
    [
        "Engage le Gouvernement à coopérer étroitement avec l'UNICEF pour libérer les enfants détenus ;",
        "J'engage l'équipe de pays des Nations Unies à collaborer avec les autorités locales.",
    ],
)
def test_engage_le_a_is_a_call(text: str) -> None:
    assert _fr(text).collaboration == "called_for"


def test_the_organ_that_urges_takes_no_part() -> None:
    analysis = _fr("Le Conseil de sécurité engage le PNUD à coopérer avec la MINUSMA pour le désarmement.")
    assert analysis.collaboration == "called_for"
    assert "SC" not in analysis.participants
    assert {"DPO", "UNDP"} <= set(analysis.participants)


@pytest.mark.parametrize(
    "text",
    [
        "Le Gouvernement s'engage la même année à coopérer avec l'UNICEF.",
        "En 2020, l'ONUDC a aidé les États qui en ont fait la demande à former leurs procureurs.",
        "Les crédits demandés au titre des voyages s'élèvent à 2 millions de dollars.",
    ],
)
def test_commitments_requesting_states_and_budget_requests_are_no_call(text: str) -> None:
    assert not _cues(text, "cue.call")


# --- Parties and sources. ---


def test_a_review_whose_recommendations_are_followed_takes_no_part() -> None:
    analysis = _fr(
        "Invite le PNUD à aider les États à appliquer les recommandations issues de l'Examen périodique universel ;"
    )
    assert analysis.collaboration == "called_for"
    assert "HRC" in analysis.actors
    assert "HRC" not in analysis.participants


def test_the_african_unions_council_is_a_non_un_party() -> None:
    analysis = _fr(
        "Prie la Commission de consolidation de la paix de se coordonner avec le Conseil de paix et de sécurité ;"
    )
    assert analysis.collaboration == "called_for"
    assert "OTHER" in analysis.participants
    assert "SC" not in analysis.actors


def test_countries_counted_take_part_but_not_where_they_are_places() -> None:
    assert _cues("En 2021, le PNUD a aidé 14 pays à réviser leurs lois électorales.", "cue.other") == ["14 pays"]
    assert not _cues("Le PAM est présent dans plus de 80 pays d'Afrique.", "cue.other")


@pytest.mark.parametrize(
    "text",
    [
        "Réaffirme son ferme soutien à l'Envoyé spécial du Secrétaire général pour la Syrie ;",
        "La délégation appuie la proposition du Secrétaire général relative au budget.",
        "Le Centre d'analyse conjointe de la Mission a produit 30 notes de synthèse.",
    ],
)
def test_endorsements_and_names_hold_no_kind_cue(text: str) -> None:
    assert not _cues(text, "cue.kind")


def test_close_work_with_a_partner_is_a_word_of_collaboration() -> None:
    # « étroitement avec », « étroite avec » as "closely with".
    assert _cues("Le Fonds a travaillé étroitement avec le PNUD au Mali.", "cue.kind")
    assert _cues("l'engagement du Fonds en faveur d'une coordination étroite avec les Nations Unies", "cue.kind") == [
        "coordination",
        "étroite avec",
    ]


@pytest.mark.parametrize(
    ("text", "reports_to_a_body"),
    [
        ("Prie le Secrétaire général de lui rendre compte de l'application de la présente résolution.", True),
        ("Le Comité a décidé de faire rapport à l'Assemblée générale.", True),
        ("L'UNICEF rendra compte au Conseil d'administration de ses travaux.", True),
        # Reporting results in one's next reports is no report to a body.
        ("et de rendre compte dans ses prochains rapports des résultats auxquels il sera parvenu;", False),
    ],
)
def test_reporting_to_a_body_is_what_makes_no_collaboration(text: str, reports_to_a_body: bool) -> None:
    assert bool(_cues(text, "cue.none")) is reports_to_a_body
