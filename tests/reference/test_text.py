from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cpcollab.reference.languages import data_language
from cpcollab.reference.text import fold


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Côte d’Ivoire", "COTE D'IVOIRE"),
        ("ЮНИСЕФ", "юнисеф"),
        ("Объединённых", "Объединенных"),
        ("الْأُمَمِ الْمُتَّحِدَة", "الأمم المتحدة"),
        ("联合国儿童基金会", "联合国儿童基金会"),
        ("Fondo de las Naciones Unidas para la Infancia", "fondo de las naciones unidas para la infancia"),
    ],
)
def test_fold_makes_spellings_of_one_name_equal(a: str, b: str) -> None:
    assert fold(a) == fold(b)


def test_fold_keeps_different_words_different() -> None:
    assert fold("UNICEF") != fold("UNFPA")


@given(st.text())
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@pytest.mark.parametrize(
    ("code", "expected"), [("zh-hans", "zh"), ("fr-CH", "fr"), ("ar", "ar"), ("de", "en"), (None, "en"), ("", "en")]
)
def test_data_language(code: str | None, expected: str) -> None:
    assert data_language(code) == expected
