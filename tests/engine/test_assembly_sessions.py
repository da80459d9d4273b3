"""In a document of the General Assembly's series, "at its seventieth session" with no name is
the Assembly's session: the Assembly is named. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from cpcollab.engine.sentences import judge

_REPORT = {
    "en": "Requests the Secretary-General to report to it on the matter at its seventieth session.",
    "fr": "Prie le Secrétaire général de lui faire rapport sur la question à sa soixante-dixième session.",
    "es": "Solicita al Secretario General que le informe sobre la cuestión en su septuagésimo período de sesiones.",
    "ru": "Просит Генерального секретаря представить ей доклад по этому вопросу на ее семидесятой сессии.",
    "ar": "تطلب إلى الأمين العام أن يقدم إليها تقريرا عن هذه المسألة في دورتها السبعين.",
    "zh": "决定将儿童权利问题列入其第七十届会议临时议程，并请秘书长就此问题提出报告。",
}


def _actors(text: str, lang: str, source: str | None) -> list[str]:
    record = {"id": "s", "lang": lang, "text": text, **({"source": source} if source else {})}
    return judge(record)["actors"]


@pytest.mark.parametrize("lang", sorted(_REPORT))
def test_an_own_session_in_an_assembly_document_is_the_assembly(lang: str) -> None:
    assert _actors(_REPORT[lang], lang, "A/RES/69/250") == ["GA", "SG"]
    assert _actors(_REPORT[lang], lang, "2015/a/69/695") == ["GA", "SG"]  # a committee's report to it


@pytest.mark.parametrize("lang", sorted(_REPORT))
def test_elsewhere_or_alone_the_session_names_no_one(lang: str) -> None:
    assert _actors(_REPORT[lang], lang, None) == ["SG"]
    assert _actors(_REPORT[lang], lang, "E/CN.6/2015/3") == ["SG"]  # a commission's session


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # A body named right before owns the session.
        (
            "Prend note des conclusions adoptées par la Commission de la condition de la femme, à sa "
            "cinquante-neuvième session.",
            "fr",
        ),
        (
            "Takes note of the conclusions adopted by the Commission on the Status of Women at its "
            "fifty-ninth session.",
            "en",
        ),
        # A session numbered as only smaller bodies number theirs.
        ("Le Comité préparatoire a adopté son rapport à sa troisième session.", "fr"),
    ],
)
def test_a_session_of_another_body_is_not_the_assemblys(text: str, lang: str) -> None:
    assert "GA" not in _actors(text, lang, "A/CONF.224/PC(III)/1")
