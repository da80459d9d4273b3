"""Names that share their head noun, written once in the plural ("the Departments of Peacekeeping
Operations and Field Support"), name each department, in every language that writes them so;
the list ends where its items are no names the lists know. The sentences are written for these
tests."""

from __future__ import annotations

import pytest

from cpcollab.engine.analyze import analyze_sentence


@pytest.mark.parametrize(
    ("lang", "text", "actors"),
    [
        (
            "en",
            "Guidance was sent to the Departments of Peacekeeping Operations, Field Support and Political Affairs.",
            ["DPO", "DPPA", "UN-OTHER"],
        ),
        (
            "en",
            "The Departments of Political and Peacebuilding Affairs and Peace Operations briefed the Council.",
            ["DPO", "DPPA"],
        ),
        (
            "fr",
            "Les Départements des opérations de maintien de la paix et de l'appui aux missions ont publié une directive.",
            ["DPO", "UN-OTHER"],
        ),
        (
            "es",
            "Los Departamentos de Operaciones de Mantenimiento de la Paz y de Apoyo a las Actividades sobre el Terreno publicaron una directriz.",
            ["DPO", "UN-OTHER"],
        ),
        (
            "ru",
            "Сотрудники Департаментов операций по поддержанию мира и полевой поддержки прошли подготовку.",
            ["DPO", "UN-OTHER"],
        ),
        (
            "ar",
            "ووجهت بيانات لموظفي إدارات عمليات حفظ السلام والدعم الميداني والشؤون السياسية في المقر.",
            ["DPO", "DPPA", "UN-OTHER"],
        ),
    ],
)
def test_each_department_of_a_shared_head_is_named(lang: str, text: str, actors: list[str]) -> None:
    assert analyze_sentence(text, lang).actors == actors


@pytest.mark.parametrize(
    ("lang", "text", "actors"),
    [
        # National departments are no UN actors.
        ("en", "The Departments of Health and Education of Kenya trained 300 teachers.", []),
        # The list stops at what is no department's name: "Member States" is not "Department of Member States".
        (
            "en",
            "The Departments of Peacekeeping Operations and Member States discussed the budget and Field Support staff.",
            ["DPO"],
        ),
    ],
)
def test_a_shared_head_names_only_what_its_list_holds(lang: str, text: str, actors: list[str]) -> None:
    assert analyze_sentence(text, lang).actors == actors
