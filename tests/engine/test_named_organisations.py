"""Organisations named by a proper name that no list of non-UN parties holds: found from their
capitals and head nouns (``name_heads`` in ``[other_parties]`` of each cues.toml), and then read
by the rules of participants as a listed party is."""

from __future__ import annotations

import pytest

from cpcollab.engine.analyze import analyze_sentence
from cpcollab.engine.model import Span
from cpcollab.engine.recognize.language import recognizer
from cpcollab.engine.recognize.organisations import named_organisations


def _names(text: str, lang: str) -> list[str]:
    """The named organisations of ``text``, beside what the recogniser already found."""
    found = recognizer(lang).find(text)
    taken = [
        Span(h.start, h.end, h.form.kind, h.form.value, text[h.start : h.end], h.form.rule)
        for h in [*found.actors, *found.countries]
    ]
    taken += [c for c in found.cues if c.kind in ("cue.other", "cue.government")]
    return [span.text for span in named_organisations(text, lang, taken)]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "en",
            "In 2022 UNICEF worked with the Andean Federation of Paediatric Nurses on newborn care.",
            "Andean Federation of Paediatric Nurses",
        ),
        (
            "en",
            "UNDP and the Nordic Resilience Network organized a joint course for planners.",
            "Nordic Resilience Network",
        ),
        (
            "en",
            "WHO signed a memorandum with Health Volunteers International in 2021.",
            "Health Volunteers International",
        ),
        (
            "fr",
            "Le HCR a travaillé avec la Fédération sud-américaine des infirmières pédiatriques en 2022.",
            "Fédération sud-américaine des infirmières pédiatriques",
        ),
        (
            "fr",
            "Le PNUD et le Réseau nordique de résilience ont organisé un cours commun.",
            "Réseau nordique de résilience",
        ),
        (
            "es",
            "El PNUD y la Red Nórdica de Resiliencia organizaron un curso conjunto para planificadores.",
            "Red Nórdica de Resiliencia",
        ),
        (
            "es",
            "El ACNUR colaboró con la Federación Andina de Enfermeras Pediátricas en 2022.",
            "Federación Andina de Enfermeras Pediátricas",
        ),
        (
            "ru",
            "В 2022 году ПРООН совместно с Северной сетью устойчивости организовала курс для специалистов.",
            "Северной сетью устойчивости",
        ),
        ("ru", "УВКБ сотрудничало с Андской федерацией детских медсестер.", "Андской федерацией детских медсестер"),
    ],
)
def test_a_named_organisation_is_found(lang: str, text: str, name: str) -> None:
    assert name in _names(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # A bare title of a body named before, a verb after it, a sentence-opening capital.
        ("en", "Union members met UNICEF officials in Geneva last week."),
        ("fr", "Le Groupe souligne que le HCR doit coopérer davantage avec les États."),
        ("es", "La Comisión examinó el informe del UNICEF sobre el terreno."),
        ("ru", "В этой связи Группа приветствует сотрудничество с ЮНИСЕФ."),
        # Titles of programmes, plans and conferences, and quoted titles.
        ("en", "UNDP supported the Regional Strategy for Coastal Network Planning in 2023."),
        ("fr", "Le PNUD a appuyé le Programme régional de l'Alliance côtière."),
        ("ru", "ЮНЭЙДС выступила на конференции «Глобальный альянс за здоровье» в Берлине."),
        # Bodies of the United Nations that the name says are the Organization's.
        ("en", "UNICEF worked with the Staff Union of the United Nations on the survey."),
        ("es", "El UNICEF colaboró con el Grupo de Trabajo Interinstitucional sobre el tema."),
        ("ru", "ЮНИСЕФ сотрудничал с Целевой группой по стране."),
    ],
)
def test_no_name_is_read_where_none_is_written(lang: str, text: str) -> None:
    assert _names(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "UNFPA, in partnership with the Andean Federation of Paediatric Nurses, trained 300 midwives."),
        ("en", "UN-Women and the Nordic Resilience Network helped Fiji to draft its first gender report."),
        ("fr", "Le FNUAP, en partenariat avec la Confédération andine des sages-femmes, a formé 300 sages-femmes."),
        ("es", "El UNFPA, en colaboración con la Federación Andina de Parteras, capacitó a 300 parteras."),
        ("ru", "ЮНФПА совместно с Андской конфедерацией акушерок провел обучение 300 акушерок."),
    ],
)
def test_a_named_organisation_takes_part(lang: str, text: str) -> None:
    analysis = analyze_sentence(text, lang)

    assert analysis.collaboration != "none"
    assert "OTHER" in analysis.participants


@pytest.mark.parametrize(
    ("lang", "text", "state"),
    [
        ("en", "UNODC trained staff of the National Drug Control Agency of Kyrgyzstan in 2023.", "KGZ"),
        ("fr", "L'ONUDC a formé le personnel de l'Agence nationale de contrôle des drogues du Kirghizistan.", "KGZ"),
        ("es", "La UNODC capacitó al personal de la Agencia Nacional de Control de Drogas de Kirguistán.", "KGZ"),
        (
            "ru",
            "ЮНОДК провело обучение сотрудников Национального агентства по контролю над наркотиками Кыргызстана.",
            "KGZ",
        ),
    ],
)
def test_a_body_of_a_named_state_is_the_state(lang: str, text: str, state: str) -> None:
    analysis = analyze_sentence(text, lang)

    assert state in analysis.participants
    assert "OTHER" not in analysis.participants


def test_an_international_name_is_no_body_of_the_state_named() -> None:
    text = "UNODC and the World Customs Agency trained customs officers of Ecuador in 2023."

    analysis = analyze_sentence(text, "en")

    assert {"ECU", "OTHER", "UNODC"} <= set(analysis.participants)


def test_a_listed_form_against_a_name_stands_for_it() -> None:
    # "States" is a listed party: "the Group of Andean States" is not read twice.
    assert _names("UNICEF briefed the Group of Andean States on its work.", "en") == []


def test_the_actors_found_are_unchanged() -> None:
    text = "UNFPA has been working with the Andean Federation of Paediatric Nurses since 2008."

    assert analyze_sentence(text, "en").actors == ["UNFPA"]
