"""The United Nations human rights machinery in general (mechanisms, organs, its "system") is
UN-OTHER by the guideline; the United Nations system as a whole stays UN-SYSTEM."""

import pytest

from cpcollab.engine.analyze import analyze_sentence

MACHINERY = [
    ("en", "The Government cooperates closely with the United Nations human rights system."),
    ("en", "Cooperate fully with the UN human rights system and its special procedures."),
    ("fr", "Le Gouvernement coopère étroitement avec le système des droits de l'homme des Nations Unies."),
    ("es", "El Gobierno coopera estrechamente con el sistema de derechos humanos de las Naciones Unidas."),
    ("ru", "Правительство тесно сотрудничает с правозащитной системой Организации Объединенных Наций."),
    ("ar", "تتعاون الحكومة تعاوناً وثيقاً مع منظومة الأمم المتحدة لحقوق الإنسان."),
    ("zh", "政府与联合国人权系统密切合作。"),
]

WHOLE_SYSTEM = [
    ("en", "The Government cooperates closely with the United Nations system."),
    ("fr", "Le Gouvernement coopère étroitement avec le système des Nations Unies."),
    ("es", "El Gobierno coopera estrechamente con el sistema de las Naciones Unidas."),
    ("ru", "Правительство тесно сотрудничает с системой Организации Объединенных Наций."),
    ("ar", "تتعاون الحكومة تعاوناً وثيقاً مع منظومة الأمم المتحدة."),
    ("zh", "政府与联合国系统密切合作。"),
]


@pytest.mark.parametrize(("lang", "text"), MACHINERY)
def test_the_human_rights_system_is_the_machinery(lang: str, text: str) -> None:
    analysis = analyze_sentence(text, lang)
    assert analysis.actors == ["UN-OTHER"]
    assert "UN-SYSTEM" not in analysis.participants


@pytest.mark.parametrize(("lang", "text"), WHOLE_SYSTEM)
def test_the_system_as_a_whole_stays_the_system(lang: str, text: str) -> None:
    assert analyze_sentence(text, lang).actors == ["UN-SYSTEM"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Commission on Science and Technology for Development reviewed the progress made."),
        ("fr", "La Commission de la science et de la technique au service du développement a examiné les progrès."),
        ("es", "El Centro Latinoamericano y Caribeño de Demografía publicó las estimaciones."),
        (
            "ru",
            "Подготовительная комиссия Организации по Договору о всеобъемлющем запрещении ядерных испытаний провела сессию.",
        ),
        ("en", "The Global Focal Point for Police, Justice and Corrections deployed experts to the mission."),
    ],
)
def test_smaller_un_bodies_are_un_actors_not_outside_organisations(lang: str, text: str) -> None:
    analysis = analyze_sentence(text, lang)
    assert analysis.actors == ["UN-OTHER"]
